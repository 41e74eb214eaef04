// Random and deliberately nasty input never makes check throw: always diagnostics or clean data.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/diagnostics/catalogue.js';
import { formatGithub } from '../../src/diagnostics/format/github.js';
import { formatText } from '../../src/diagnostics/format/text.js';
import { loadYear } from '../../src/office/read-year.js';
import { strings } from '../../src/validate/rules/context.js';
import { INVISIBLE } from '../../src/validate/rules/text-content.js';
import { validateYear } from '../../src/validate/validate-year.js';
import { BASE, tempDir } from '../support/check-helpers.js';

const dir = tempDir();
let n = 0;

/** Write, load, validate and format one input; assert the invariants every input must keep. */
async function holds(content: string | Uint8Array): Promise<void> {
  const name = `f${n++ % 4}.yaml`;
  writeFileSync(path.join(dir, name), content);
  const loaded = await loadYear(path.join(dir, name));
  const validated = validateYear(loaded);
  const diagnostics = validated.diagnostics;
  const data = validated.value;
  for (const d of diagnostics) {
    expect(Object.keys(CATALOGUE)).toContain(d.code);
    expect(d.line).toBeGreaterThanOrEqual(0);
    expect(d.message).toMatch(/[\u4e00-\u9fff]/);
  }
  if (data === undefined) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  else {
    expect(loaded.diagnostics.some((d) => d.severity === 'error')).toBe(false);
    // Every invisible character in the data is announced, so the renderer's removal is never silent.
    const dirty = [...strings(data)].some((s) => INVISIBLE.test(s.text));
    expect(diagnostics.some((d) => d.code === 'INVISIBLE_CHARACTER')).toBe(dirty);
  }
  const input = { diagnostics, sources: loaded.value.sources, summary: { files: 1, errors: 0, warnings: 0 } };
  expect(typeof formatText(input)).toBe('string');
  expect(typeof formatGithub(input)).toBe('string');
}

/** Characters that broke YAML tools and .docx files before; plain random strings rarely hit them. */
const nastyChar = fc.oneof(
  fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\uFEFF', '\u2028'),
  fc.constantFrom('#', ' #', ': ', ':', '-', '"', "'", '\\', '[', ']', '{', '}', '&a', '*a', '!!', '%', '|', '>', '\t', '\n', '\r\n', '---', '...'),
  fc.constantFrom('青', '石', '镇', '，', '：', '＃', '𠀀', 'xx', '___', '某某', '13812345678'),
  fc.string({ maxLength: 2 }),
);
const nastyString = fc.string({ unit: nastyChar, maxLength: 30 });

const lines = BASE.split('\n');

describe('check never throws', () => {
  it('on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), holds), { numRuns: 100 });
  });

  it('on the example with a line replaced or spliced with nasty text (raw and double-quoted)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(lines.length - 1), nastyString, fc.boolean(), fc.boolean(), async (i, s, quoted, replace) => {
        const copy = [...lines];
        const line = copy[i] ?? '';
        const value = quoted ? JSON.stringify(s) : s;
        copy[i] = replace ? `${line.slice(0, line.indexOf(':') + 1)} ${value}` : `${line}${s}`;
        await holds(copy.join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('on wrong types and huge numbers in every value', async () => {
    const values = fc.constantFrom('1e400', '-1', '1.5', '123456789012345678901234567890', '.inf', '-.nan', '0x1F', '0o17', '[]', '{}', '~', 'null', 'true', '""', "'2021'", '!!binary aGVsbG8=', '!!set {a}', '2021-13-01', '&x a', '*x');
    await fc.assert(
      fc.asyncProperty(fc.nat(lines.length - 1), values, async (i, v) => {
        const copy = [...lines];
        const line = copy[i] ?? '';
        if (line.includes(':')) copy[i] = `${line.slice(0, line.indexOf(':') + 1)} ${v}`;
        await holds(copy.join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('on deep nesting (many such files in one process) and alias chains', async () => {
    const deep = fc.oneof(
      fc.integer({ min: 30, max: 30000 }).map((k) => `x: ${'['.repeat(k)}${']'.repeat(k)}\n`),
      fc.integer({ min: 30, max: 20000 }).map((k) => `x: ${'{a: '.repeat(k)}1${'}'.repeat(k)}\n`),
      fc.integer({ min: 30, max: 600 }).map((k) => Array.from({ length: k }, (_, j) => `${' '.repeat(j)}- `).join('\n') + '1\n'),
      fc.integer({ min: 1, max: 12 }).map((k) => {
        const out = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
        for (let j = 1; j <= k; j++) out.push(`a${j}: &a${j} [${Array(10).fill(`*a${j - 1}`).join(', ')}]`);
        return `${out.join('\n')}\n`;
      }),
    );
    await fc.assert(fc.asyncProperty(deep, holds), { numRuns: 40 });
  });
});
