/**
 * Mutation fuzz of the examples' YAML over the whole pipeline (issue 22):
 * every mutated file goes through `check` (read, parse, validate, model, as
 * the worker does) and, for a share, through `build` to a .docx that
 * python-docx must open. Seeded (tests/support/fuzz.ts): the same cases every
 * run; FUZZ_SCALE=10 runs ten times as many.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOffice } from '../../src/office/build-office.js';
import { prepareOffice } from '../../src/office/prepare.js';
import { EXAMPLES_DIR, exampleNames } from '../support/example-data.js';
import { countCase, expectSound, FUZZ_SEED, fuzzRuns, pythonDocxRefuses } from '../support/fuzz.js';
import { haveReader } from '../support/readers/readers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fuzz-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXAMPLES = exampleNames().map((n) => readFileSync(path.join(EXAMPLES_DIR, `${n}.yaml`), 'utf8'));

/** Text the data can hold that broke tools before: line breaks, terminal and bidi controls, workflow commands, markup, lone surrogates. */
const PAYLOADS = [
  'x\n::error file=README.md,line=1::伪造\n::stop-commands::x',
  '\u001b]0;title\u0007\u001b[2J',
  '\u202Ecod.exe',
  '\u2028分段\u2029',
  '\uD800\uD800',
  '\uFE0F\uFE0F',
  '\u200B\u200B',
  '{{office.name}}',
  '<w:p>伪造</w:p>',
  '，、；：,;:. '.repeat(40),
  'undefined',
  'null',
  '[object Object]',
  '青石镇',
  '2021-13-45',
  '  ',
  '',
];
/** Values of another shape than the field's: the misreports of repro 26 and 36 came from these. */
const SHAPES = ['{a: 1}', '[1, 2]', '~', '.nan', '.inf', '-.inf', '!!binary aGVsbG8=', '!!float 18', '!!timestamp 2021-01-01', '!foo x', '&a 1', '*a', '*nowhere', '|\n  两行\n  文字', '""', '0x1F', '1e400', "'   '", 'true', '-1', '2021-02-30'];

/** A YAML scalar for a payload: plain, double-quoted with escapes (how a \n or \u2028 gets into data), or single-quoted. */
const asScalar = (s: string, how: number): string =>
  how === 0 ? s.replace(/\n/g, ' ') : how === 1 ? JSON.stringify(s).replace(/\\u2028/g, '\\L').replace(/\\u2029/g, '\\P') : `'${s.replace(/'/g, "''").replace(/\n/g, ' ')}'`;

type Op = { kind: 'value' | 'shape' | 'delete' | 'duplicate' | 'indent' | 'insert' | 'truncate' | 'bytes' | 'dropKind'; at: number; pick: number; how: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('value', 'value', 'shape', 'shape', 'delete', 'duplicate', 'indent', 'insert', 'truncate', 'bytes', 'dropKind'),
  at: fc.nat(),
  pick: fc.nat(),
  how: fc.nat({ max: 2 }),
});

/** Apply one mutation to the lines of a file. */
function mutate(lines: string[], o: Op): string[] {
  const i = o.at % Math.max(lines.length, 1);
  const line = lines[i] ?? '';
  const valueAt = /^(\s*(?:- )?[A-Za-z][\w]*:)\s*(.*)$/.exec(line);
  const out = [...lines];
  switch (o.kind) {
    case 'value':
      if (valueAt) out[i] = `${valueAt[1]} ${asScalar(PAYLOADS[o.pick % PAYLOADS.length]!, o.how)}`;
      break;
    case 'shape':
      if (valueAt) out[i] = `${valueAt[1]} ${SHAPES[o.pick % SHAPES.length]}`;
      break;
    case 'delete':
      out.splice(i, 1);
      break;
    case 'duplicate':
      out.splice(i, 0, line);
      break;
    case 'indent':
      out[i] = o.how === 0 ? `  ${line}` : line.replace(/^ {1,2}/, '');
      break;
    case 'insert':
      out.splice(i, 0, `${' '.repeat((o.pick % 3) * 2)}${['foo', 'kind', 'date', 'topic', 'office', 'year'][o.pick % 6]}: ${asScalar(PAYLOADS[o.pick % PAYLOADS.length]!, o.how)}`);
      break;
    case 'truncate':
      out[i] = line.slice(0, o.pick % Math.max(line.length, 1));
      out.length = i + 1;
      break;
    case 'bytes':
      out[i] = `${line.slice(0, o.pick % (line.length + 1))}${['\uFEFF', '\u0000', '\r', '\t', '\u00A0'][o.pick % 5]}${line.slice(o.pick % (line.length + 1))}`;
      break;
    case 'dropKind': {
      const k = out.findIndex((l, n) => n >= i && /^\s+kind:/.test(l));
      if (k >= 0) out.splice(k, 1);
      break;
    }
  }
  return out;
}

const mutantOf = (ops: fc.Arbitrary<Op[]>) =>
  fc.record({ example: fc.nat(), ops }).map(({ example, ops: list }) => {
    let lines = EXAMPLES[example % EXAMPLES.length]!.split('\n');
    for (const o of list) lines = mutate(lines, o);
    return lines.join('\n');
  });
/** Any mutation: most stop in the parser or the schema. */
const mutant = mutantOf(fc.array(op, { minLength: 1, maxLength: 3 }));
/** A value changed to a payload: most still validate, so the fuzz reaches the renderer and the writer. */
const valueMutant = mutantOf(fc.array(op.map((o) => ({ ...o, kind: 'value' as const })), { minLength: 1, maxLength: 2 }));

let n = 0;

describe('YAML mutations of the examples', () => {
  it('through check: diagnostics from the catalogue in every format, nothing leaked, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(mutant, async (text) => {
        const file = path.join(dir, `c${n++ % 8}.yaml`);
        writeFileSync(file, text);
        const prepared = await prepareOffice(file, { cwd: dir });
        if (prepared.status !== 'built') expect(prepared.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        expectSound(prepared.diagnostics, text, prepared.sources, text.slice(0, 80));
        countCase('yaml → check');
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(1500) },
    );
  });

  it('through build: a report, or the data’s own errors; every .docx opens in python-docx', async () => {
    const built: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.oneof(valueMutant, valueMutant, mutant), async (text) => {
        const i = n++;
        const file = path.join(dir, `b${i}.yaml`);
        writeFileSync(file, text);
        const { result } = await buildOffice(file, { cwd: dir, outDir: path.join(dir, 'out'), fileName: `b${i}.docx`, format: 'docx', force: true });
        expect(result.diagnostics.map((d) => d.code), text.slice(0, 200)).not.toContain('TOOL_BUG');
        expectSound(result.diagnostics, text, new Map(), text.slice(0, 80));
        if (result.status === 'built') built.push(result.output as string);
        else expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        countCase('yaml → build');
      }),
      { seed: FUZZ_SEED + 1, numRuns: fuzzRuns(150) },
    );
    // Most mutants still build: the fuzz reaches the writer, not only the parser.
    expect(built.length).toBeGreaterThan(fuzzRuns(150) / 5);
    if (await haveReader('python-docx')) expect(await pythonDocxRefuses(built)).toEqual([]);
  });
});
