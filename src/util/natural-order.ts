/**
 * Names in the order people count them (issue 21 item 9): a run of digits is
 * compared by its value, so 青石2镇 comes before 青石10镇 (by code unit, 青石10镇
 * and 青石11镇 would come between 青石1镇 and 青石2镇); everything else by code
 * unit, as before, so the order does not depend on the machine's locale.
 * Equal by that measure (青石01镇 and 青石1镇), the code units decide: a total order.
 */
const RUNS = /(\d+)/;

/** The value of a run of digits as a comparable string: no leading zeros, longer is larger (no overflow, however long). */
const magnitude = (digits: string): string => digits.replace(/^0+(?=\d)/, '');

export function naturalCompare(a: string, b: string): number {
  const x = a.split(RUNS);
  const y = b.split(RUNS);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i] as string, y[i] as string];
    if (p === q) continue;
    // split with a capturing group puts the digit runs at the odd places.
    if (i % 2 === 1) {
      const [m, n] = [magnitude(p), magnitude(q)];
      if (m.length !== n.length) return m.length - n.length;
      if (m !== n) return m < n ? -1 : 1;
      continue;
    }
    return byCodeUnit(p, q);
  }
  return x.length - y.length || byCodeUnit(a, b);
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
