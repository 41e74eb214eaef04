/**
 * A ledger passes check exactly when its YAML does (issue 21 item 4): every
 * example, init's new office (one file and a folder, names given or left to
 * fill in), and init --from's new year of every example are written as a
 * ledger from the same data, and both are checked: the same errors and
 * warnings by code, so the same exit code. init --from a ledger is held to
 * init --from the YAML it came from.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/check/check-inputs.js';
import { runInit, type InitRequest } from '../../src/init/run-init.js';
import { saveLedger } from '../../src/ledger/save-ledger.js';
import { convertFile } from '../../src/office/convert.js';
import { EXAMPLES_DIR, exampleNames } from '../support/example-data.js';

const TODAY = new Date(Date.UTC(2025, 11, 1));

/** What check says of a file: its diagnostics as severity and code, sorted, and whether it passes. */
async function checked(file: string): Promise<{ codes: string[]; passes: boolean }> {
  const r = await checkInputs([file], { cwd: path.dirname(file), jobs: 1 });
  const codes = r.diagnostics.map((d) => `${d.severity} ${d.code}`).sort();
  return { codes, passes: !codes.some((c) => c.startsWith('error')) };
}

/** A YAML file's (or folder's) data as written, before any check: what a ledger written from it holds. */
function rawData(input: string): Record<string, unknown> {
  const files = statSync(input).isDirectory() ? readdirSync(input).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(input, f)) : [input];
  return Object.assign({}, ...files.map((f) => parseDocument(readFileSync(f, 'utf8'), { schema: 'core' }).toJS() as Record<string, unknown>)) as Record<string, unknown>;
}

async function expectSameAsLedger(yaml: string, dir: string): Promise<void> {
  const ledger = path.join(dir, `${path.basename(yaml).replace(/\.ya?ml$/, '')}-ledger.xlsx`);
  const saved = await saveLedger(ledger, rawData(yaml));
  expect(saved.diagnostics).toEqual([]);
  const fromYaml = await checked(yaml);
  const fromLedger = await checked(ledger);
  expect(fromLedger).toEqual(fromYaml);
}

const fresh = (): string => mkdtempSync(path.join(tmpdir(), 'ledger-parity-'));

const init = (dir: string, req: Partial<InitRequest>) => runInit({ cwd: dir, show: (f) => f, today: TODAY, ...req });

describe('a ledger passes check exactly when its YAML does', () => {
  for (const name of exampleNames()) {
    it(`example ${name}`, async () => {
      const dir = fresh();
      await expectSameAsLedger(path.join(EXAMPLES_DIR, `${name}.yaml`), dir);
    });

    it(`init --from ${name}: its new year as YAML, and as a ledger from the example's own ledger`, async () => {
      const dir = fresh();
      const rolled = await init(dir, { from: path.join(EXAMPLES_DIR, `${name}.yaml`), file: 'next.yaml' });
      expect(rolled.exitCode).toBe(0);
      await expectSameAsLedger(path.join(dir, 'next.yaml'), dir);

      // A ledger in gives a ledger out, checked as the YAML rolled from the same year is.
      expect((await convertFile(path.join(EXAMPLES_DIR, `${name}.yaml`), path.join(dir, 'last.xlsx'))).value).toBeDefined();
      const fromLedger = await init(dir, { from: path.join(dir, 'last.xlsx'), file: 'next.xlsx' });
      expect(fromLedger.exitCode).toBe(0);
      expect(await checked(path.join(dir, 'next.xlsx'))).toEqual(await checked(path.join(dir, 'next.yaml')));
    });
  }

  it.each([
    ['a new office with its names given', { file: 'new.yaml', name: '青石镇政协联络工作委员会', township: '青石镇', superior: '青山县政协', year: 2025 }],
    ['a new office left to fill in', { file: 'blank.yaml', year: 2025 }],
    ['a new office as a folder', { file: '青石镇2025', folder: true, name: '青石镇政协联络工作委员会', township: '青石镇', superior: '青山县政协' }],
  ] as const)('init: %s', async (_what, req) => {
    const dir = fresh();
    expect((await init(dir, req)).exitCode).toBe(0);
    await expectSameAsLedger(path.join(dir, req.file), dir);
  });
});
