// The full-width colon scan: only where the file did not parse, and linear in the line's length.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { growth, GROWTH_BOUND } from '../support/growth.js';

describe('fullwidth colon keys', () => {
  it('a full-width colon inside text that parsed is not blamed', () => {
    const r = parseYaml('topic: 会议：第一次\nnote: |\n  key：value\n', 'x.yaml');
    expect(r.diagnostics).toEqual([]);
  });

  it('a long run of spaces inside the value costs linear time', () => {
    const make = (n: number) => () => parseYaml(`year: 2021\ntopic：a${' '.repeat(n)}b\n  bad: [\n`, 'x.yaml');
    expect(growth(make, 40_000)).toBeLessThan(GROWTH_BOUND);
    const r = make(100)() as ReturnType<typeof parseYaml>;
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toContainEqual(['FULLWIDTH_COLON_KEY', 2, 6]);
  });
});
