// A whole batch through real builds in worker threads. The workers run the
// compiled code, so this needs `npm run build` first (npm test does it).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';
import { runBatch, type BatchOptions } from '../../src/batch/run-batch.js';
import { parseCsv, BOM } from '../../src/rollup/rollup-csv.js';
import { KEY_NUMBER_COLUMNS } from '../../src/model/key-numbers.js';
import { formatBatchTable } from '../../src/batch/report-table.js';
import { showFrom, showResult } from '../../src/cli/display-paths.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workerUrl = new URL('../../dist/batch/worker.js', import.meta.url);
const fx = (p: string) => path.join('tests/fixtures/batch', p);
// Results name files by the resolved path; compared as the CLI shows them.
const show = showFrom(root);

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'summary-batch-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

// The fixtures' batch files name the examples, outside their folder.
const opts = (extra: BatchOptions = {}): BatchOptions => ({ cwd: root, outDir: out, workerUrl, jobs: 2, date: new Date(2021, 11, 25), allowOutside: true, ...extra });

describe('runBatch (compiled worker)', () => {
  beforeAll(requireBuilt);
  it('builds every good office and names every bad one with its error: exit 1', async () => {
    const r = await runBatch(['examples/qingshi-2021.yaml', 'examples/yanquan-street-2021.yaml', fx('county/bad/tab-indent.yaml'), fx('county/bad/missing-text.yaml')], opts());
    expect(r.value.results.map((x) => [show(x.input), x.status])).toEqual([
      ['examples/qingshi-2021.yaml', 'built'],
      ['examples/yanquan-street-2021.yaml', 'built'],
      [fx('county/bad/tab-indent.yaml'), 'invalid'],
      [fx('county/bad/missing-text.yaml'), 'invalid'],
    ]);
    expect(r.value.results[2]?.diagnostics[0]).toMatchObject({ code: 'TAB_AS_INDENT', line: 3, column: 1 });
    expect(r.value.exitCode).toBe(1);
    expect(formatBatchTable(r.value.results.map((x) => showResult(x, show)))).toContain('TAB_AS_INDENT tests/fixtures/batch/county/bad/tab-indent.yaml:3:1');
    expect((await readdir(out)).sort()).toEqual(['2021年青石镇政协联络工作委员会工作总结.docx', '2021年雁泉街道政协联络工作委员会工作总结.docx'].sort());
  });

  it('a broken user template fails that office alone (exit 2); the batch file’s pattern, county and roll-up apply', async () => {
    const r = await runBatch([fx('county')], opts());
    expect(r.value.results.map((x) => x.status)).toEqual(['built', 'failed', 'invalid', 'invalid']);
    expect(r.value.results[1]?.diagnostics.find((d) => d.severity === 'error')?.file).toBe(path.resolve(root, fx('county/bad-templates/opening.hbs')));
    expect(r.value.exitCode).toBe(2);
    const files = (await readdir(out)).sort();
    expect(files).toContain('2021年青石镇政协工作总结.docx');
    expect(files).toContain('2021年青山县各镇（街道）政协联络工作情况汇总.docx');
    expect(r.value.rollup?.written).toHaveLength(2);
  });

  it('refuses two offices that would write one file before anything is written', async () => {
    const r = await runBatch([fx('collide')], opts());
    expect(r.value.results.map((x) => x.status)).toEqual(['invalid', 'invalid']);
    const [a, b] = r.value.results.map((x) => x.diagnostics.find((d) => d.code === 'BATCH_NAME_COLLISION'));
    expect(a?.message).toContain(fx('collide/b.yaml'));
    expect(b?.message).toContain(fx('collide/a.yaml'));
    expect((await readdir(out)).filter((f) => f.endsWith('工作总结.docx'))).toEqual([]);
    expect(r.value.exitCode).toBe(1);
  });

  it('refuses an office of another year than the batch', async () => {
    const r = await runBatch(['examples/*.yaml'], opts({ year: 2021, rollup: false }));
    const baihe = r.value.results.find((x) => show(x.input) === 'examples/baihe-counts-2022.yaml');
    expect(baihe).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'BATCH_YEAR_MISMATCH' }] });
    expect(await readdir(out)).toHaveLength(2);
  });

  it('roll-up CSV totals equal the sum of the offices’ numbers', async () => {
    const r = await runBatch(['examples/qingshi-2021.yaml', 'examples/yanquan-street-2021.yaml'], opts({ rollup: true, county: '青山县' }));
    expect(r.value.exitCode).toBe(0);
    const csv = await readFile(r.value.rollup?.csv ?? '', 'utf8');
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parseCsv(csv);
    for (const { key, label, unit } of KEY_NUMBER_COLUMNS) {
      const col = rows[0]?.indexOf(`${label}（${unit}）`) ?? -1;
      const values = r.value.results.map((x) => x.numbers?.[key]).filter((v): v is number => v !== undefined);
      expect(rows.at(-1)?.[col]).toBe(values.length ? String(values.reduce((s, v) => s + v, 0)) : '');
    }
  });

  it('a bad batch file is a usage error: nothing built, exit 2', async () => {
    const r = await runBatch([fx('bad-batch.batch.yaml')], opts());
    expect(r.value.results).toEqual([]);
    expect(r.value.exitCode).toBe(2);
    expect(r.diagnostics.map((d) => d.code)).toContain('UNKNOWN_KEY');
  });
});
