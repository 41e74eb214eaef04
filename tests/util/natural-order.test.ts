import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../src/util/natural-order.js';

describe('naturalCompare', () => {
  it('counts as people do: 青石1镇, 青石2镇 … 青石10镇, 青石11镇', () => {
    const names = Array.from({ length: 12 }, (_, i) => `青石${i + 1}镇.yaml`);
    expect([...names].reverse().sort(naturalCompare)).toEqual(names);
    expect(['a10', 'a9', 'a1b2', 'a1b10', 'b', 'a'].sort(naturalCompare)).toEqual(['a', 'a1b2', 'a1b10', 'a9', 'a10', 'b']);
  });

  it('keeps code-unit order where there are no digits, and long runs of digits do not overflow', () => {
    expect(['雁泉街道', '白河乡', '青石镇'].sort(naturalCompare)).toEqual(['白河乡', '雁泉街道', '青石镇'].sort());
    expect(naturalCompare('x99999999999999999999999', 'x100000000000000000000000')).toBeLessThan(0);
  });

  it('is a total order: antisymmetric, zero only for equal strings, transitive', () => {
    const name = fc.stringMatching(/^[a青0-9]{0,6}$/);
    fc.assert(
      fc.property(name, name, name, (a, b, c) => {
        expect(Math.sign(naturalCompare(a, b)) + Math.sign(naturalCompare(b, a))).toBe(0);
        expect(naturalCompare(a, b) === 0).toBe(a === b);
        if (naturalCompare(a, b) <= 0 && naturalCompare(b, c) <= 0) expect(naturalCompare(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});
