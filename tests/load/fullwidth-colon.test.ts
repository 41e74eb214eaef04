// The full-width colon scan: only where the file did not parse, and linear in the line's length.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';

/** Fastest of five runs at n and at 2n, each at least 5 ms (noise of a loaded machine); under 3 means not quadratic. */
function growth(make: (n: number) => () => unknown, n: number): number {
  const cost = (fn: () => unknown) => {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      fn();
      best = Math.min(best, performance.now() - t0);
    }
    return Math.max(5, best);
  };
  make(n)();
  return cost(make(2 * n)) / cost(make(n));
}

describe('fullwidth colon keys', () => {
  it('a full-width colon inside text that parsed is not blamed', () => {
    const r = parseYaml('topic: 会议：第一次\nnote: |\n  key：value\n', 'x.yaml');
    expect(r.diagnostics).toEqual([]);
  });

  it('a long run of spaces inside the value costs linear time', () => {
    const make = (n: number) => () => parseYaml(`year: 2021\ntopic：a${' '.repeat(n)}b\n  bad: [\n`, 'x.yaml');
    expect(growth(make, 40_000)).toBeLessThan(3);
    const r = make(100)() as ReturnType<typeof parseYaml>;
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toContainEqual(['FULLWIDTH_COLON_KEY', 2, 6]);
  });
});
