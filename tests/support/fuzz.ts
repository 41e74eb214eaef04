/**
 * What every fuzzed input must keep, whatever it is (tests/e2e/fuzz-*.test.ts):
 * the run ends in diagnostics from the catalogue, never a throw; no message
 * shows a JavaScript value or type name (issue 21 #2, repro 26); every output
 * format keeps the data from starting a line or a terminal sequence (repro
 * 27); and every .docx built opens in python-docx.
 *
 * Runs are seeded: FUZZ_SEED (default below) fixes the cases, FUZZ_SCALE
 * multiplies their number (`FUZZ_SCALE=10 npx vitest run tests/e2e/fuzz`).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { CATALOGUE } from '../../src/diagnostics/catalogue.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatGithub } from '../../src/diagnostics/format/github.js';
import { formatJson } from '../../src/diagnostics/format/json.js';
import { formatText } from '../../src/diagnostics/format/text.js';
import { SYSTEM_PYTHON } from './readers/readers.js';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_251_205);
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);
/** The number of cases a suite runs: its share of the CI run, times FUZZ_SCALE. */
export const fuzzRuns = (n: number): number => Math.max(1, Math.round(n * FUZZ_SCALE));

/** Every case counted, per suite, so the file can say how many ran (≥ 2,000 in all per CI run). */
export const casesRun = new Map<string, number>();
export const countCase = (suite: string): void => void casesRun.set(suite, (casesRun.get(suite) ?? 0) + 1);

/**
 * A JavaScript value or type name leaking into words meant for a person
 * (“写的是“undefined””, repro 26). A word the user wrote themselves may be
 * quoted back, so a match counts only when the input does not hold it.
 */
const LEAKS = [/undefined/g, /\bnull\b/g, /NaN/g, /\[object \w+\]/g, /Infinity/g, /\b(?:string|number|boolean|object|function|symbol|bigint|Uint8Array|Buffer)\b/g];
/** Never the data's: a parameter left unfilled. */
const UNFILLED = /‹\w+›|%\{\w+\}/;

export function leakIn(d: Pick<Diagnostic, 'message' | 'hint'>, input = ''): string | undefined {
  for (const text of [d.message, d.hint ?? '']) {
    if (UNFILLED.test(text)) return `unfilled parameter in “${text}”`;
    for (const re of LEAKS) for (const m of text.matchAll(re)) if (!input.includes(m[0])) return `${m[0]} in “${text}”`;
  }
  return undefined;
}

// A line break or a terminal sequence from the data, in a line the tool prints (tab is fine).
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** The invariants of one run's diagnostics, in every format the CLI prints. */
/** `input`: everything the user wrote for this run (its files' text), which messages may quote back. */
export function expectSound(diagnostics: readonly Diagnostic[], input: string, sources: ReadonlyMap<string, string> = new Map(), label = ''): void {
  for (const d of diagnostics) {
    expect(d.code in CATALOGUE, `${label} ${d.code}`).toBe(true);
    expect(d.message, `${label} ${d.code}`).toMatch(/[\u4e00-\u9fff]/);
    expect(leakIn(d, input), `${label} ${d.code}`).toBeUndefined();
    expect(d.line, `${label} ${d.code}`).toBeGreaterThanOrEqual(0);
  }
  const summary = { files: 1, errors: 0, warnings: 0 };
  const text = formatText({ diagnostics, sources, summary });
  for (const line of text.split('\n')) expect(RAW_CONTROL.test(line), `${label} text line ${JSON.stringify(line.slice(0, 200))}`).toBe(false);
  // GitHub Actions runs any line of the log that starts with ::: only the tool's own annotations may.
  const github = formatGithub({ diagnostics, summary });
  const lines = github.split('\n').filter((l) => l !== '');
  expect(lines, label).toHaveLength(diagnostics.length);
  for (const line of lines) expect(line, label).toMatch(/^::(error|warning) file=/);
  const json = JSON.parse(formatJson({ diagnostics, summary })) as { diagnostics: Diagnostic[] };
  for (const d of json.diagnostics) expect(leakIn(d, input), `${label} json ${d.code}`).toBeUndefined();
}

const run = promisify(execFile);

/** Opens every file with python-docx in one call: the path of each that it refused, with why. */
export async function pythonDocxRefuses(files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const script = [
    'import json, sys, docx',
    'bad = []',
    'for p in sys.argv[1:]:',
    '    try:',
    '        d = docx.Document(p)',
    '        [x.text for x in d.paragraphs]',
    '    except Exception as e:',
    '        bad.append(p + ": " + repr(e))',
    'print(json.dumps(bad))',
  ].join('\n');
  const { stdout } = await run(SYSTEM_PYTHON, ['-c', script, ...files], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as string[];
}
