/**
 * Whether a cost grows linearly, without timing anything against a clock
 * budget: the same work at n and at 4n, each the fastest of five runs and at
 * least 5 ms (the noise of a loaded machine running other test files). A linear
 * cost grows ×4, a quadratic one ×16; GROWTH_BOUND sits between them with room
 * for a noisy run, so the ratio tells the two apart on a busy machine too.
 */
export const GROWTH_BOUND = 8;

function cost(fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.max(5, best);
}

export function growth(make: (n: number) => () => unknown, n: number): number {
  make(n)(); // warm up the JIT
  return cost(make(4 * n)) / cost(make(n));
}
