// A whole batch through real builds in worker threads. The workers run the
// compiled code, so this needs `npm run build` first (npm test does it).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
// On two workers: a batch this small would be built in this thread (tests/batch/crew.test.ts holds that path to this one).
const opts = (extra: BatchOptions = {}): BatchOptions => ({ cwd: root, outDir: out, workerUrl, workers: 2, date: new Date(2021, 11, 25), allowOutside: true, ...extra });

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
    expect((await readdir(out)).sort()).toEqual(['.summary-outputs.json', '2021年青石镇政协联络工作委员会工作总结.docx', '2021年雁泉街道政协联络工作委员会工作总结.docx'].sort());
  });

  it('a broken user template fails that office alone (exit 2); the batch file’s pattern, county and roll-up apply', async () => {
    const r = await runBatch([fx('county')], opts());
    expect(r.value.results.map((x) => x.status)).toEqual(['built', 'failed', 'invalid', 'invalid']);
    expect(r.value.results[1]?.diagnostics.find((d) => d.severity === 'error')?.file).toBe(path.resolve(root, fx('county/bad-templates/opening.hbs')));
    expect(r.value.exitCode).toBe(2);
    const files = (await readdir(out)).sort();
    expect(files).toContain('2021年青石镇政协工作总结.docx');
    expect(files).toContain('2021年青山县各镇（街道）政协联络工作情况汇总.docx');
    expect(r.value.rollup?.files.map((f) => f.outcome)).toEqual(['written', 'written']);
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
    // The 2021 examples: qingshi, yanquan and binhe.
    expect((await readdir(out)).filter((f) => f.endsWith('.docx'))).toHaveLength(3);
  });

  it('an office of another year is refused on a re-run too, when its report is already there', async () => {
    await runBatch(['examples/baihe-counts-2022.yaml'], opts({ rollup: false }));
    const r = await runBatch(['examples/baihe-counts-2022.yaml'], opts({ year: 2021, rollup: false }));
    expect(r.value.results[0]).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'BATCH_YEAR_MISMATCH' }] });
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

  it('a re-run of the same data writes nothing: reports and roll-up 未变 (exit 0), the output folder’s record names each file', async () => {
    const two = ['examples/qingshi-2021.yaml', 'examples/yanquan-street-2021.yaml'];
    const settings = { rollup: true, county: '青山县', superior: '青山县政协办公室' };
    const first = await runBatch(two, opts(settings));
    expect(first.value.exitCode).toBe(0);
    const record = JSON.parse(await readFile(path.join(out, '.summary-outputs.json'), 'utf8')) as { files: Record<string, { sha256: string }> };
    expect(Object.keys(record.files).sort()).toEqual((await readdir(out)).filter((f) => !f.startsWith('.')).sort());
    const before = await readFile(first.value.rollup?.docx ?? '');
    const again = await runBatch(two, opts(settings));
    expect(again.value.results.map((x) => x.status)).toEqual(['unchanged', 'unchanged']);
    expect(again.value.exitCode).toBe(0);
    const table = formatBatchTable(again.value.results.map((x) => showResult(x, show)));
    expect(table).toMatch(/青石镇政协联络工作委员会\s+未变\s+\d+\s+\S*2021年青石镇政协联络工作委员会工作总结\.docx/);
    expect(table).toContain('共 2 个单位：已生成 0 个，未变 2 个；警告');
    expect(again.value.rollup?.files.map((f) => f.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(await readFile(first.value.rollup?.docx ?? '')).toEqual(before);
  });

  it('new data rewrites the tool’s own roll-up (no --force); a roll-up edited since is left and named (OUTPUT_EDITED, exit 2), replaced with --force', async () => {
    const settings = { rollup: true, county: '青山县' };
    const first = await runBatch(['examples/qingshi-2021.yaml'], opts(settings));
    const csv = first.value.rollup?.csv ?? '';
    // Another office joins: the same roll-up names, other numbers; the roll-up is the tool's own, untouched.
    const more = await runBatch(['examples/qingshi-2021.yaml', 'examples/yanquan-street-2021.yaml'], opts(settings));
    expect(more.value.results.map((x) => x.status)).toEqual(['unchanged', 'built']);
    expect(more.value.rollup?.files.map((f) => f.outcome)).toEqual(['replaced', 'replaced']);
    expect(more.value.exitCode).toBe(0);
    expect(parseCsv(await readFile(csv, 'utf8')).map((row) => row[0])).toContain('雁泉街道政协联络工作委员会');
    // The county edits the CSV by hand; then the data changes again (one office fewer).
    const edited = `${await readFile(csv, 'utf8')}备注,,\n`;
    await writeFile(csv, edited);
    const fewer = await runBatch(['examples/qingshi-2021.yaml'], opts(settings));
    expect(fewer.value.rollup?.files.map((f) => f.outcome)).toEqual(['replaced', 'refused']);
    const refused = fewer.diagnostics.filter((d) => d.code === 'OUTPUT_EDITED');
    expect(refused.map((d) => d.file)).toEqual([csv]);
    expect(refused[0]?.message).toContain('改过');
    expect(fewer.value.exitCode).toBe(2);
    expect(await readFile(csv, 'utf8')).toBe(edited);
    const forced = await runBatch(['examples/qingshi-2021.yaml'], opts({ ...settings, force: true }));
    expect(forced.value.exitCode).toBe(0);
    expect(parseCsv(await readFile(csv, 'utf8')).map((row) => row[0])).not.toContain('雁泉街道政协联络工作委员会');
  });

  it('tells the progress an office has started when a worker takes it, not when it is queued', async () => {
    const events: string[] = [];
    const progress = { phase() {}, started: (n: string) => events.push(`start ${show(n)}`), finished: (r: { input: string }) => events.push(`end ${show(r.input)}`), done() {} };
    const three = ['examples/qingshi-2021.yaml', 'examples/yanquan-street-2021.yaml', 'examples/fenglin-2022.yaml'];
    await runBatch(three, opts({ workers: 1, rollup: false, progress }));
    // One worker: the third is taken only after the first is done (the second is taken as the first ends).
    expect(events.indexOf(`start ${three[2]}`)).toBeGreaterThan(events.indexOf(`end ${three[0]}`));
    expect(events.filter((e) => e.startsWith('start'))).toHaveLength(3);
  });

  it('a bad batch file is a usage error: nothing built, exit 2', async () => {
    const r = await runBatch([fx('bad-batch.batch.yaml')], opts());
    expect(r.value.results).toEqual([]);
    expect(r.value.exitCode).toBe(2);
    expect(r.diagnostics.map((d) => d.code)).toContain('UNKNOWN_KEY');
  });

  it('the roll-up names a broken office by its own name, lists another year’s office as such, and its CSV has names and Chinese reasons, no paths or codes', async () => {
    const inputs = ['examples/qingshi-2021.yaml', fx('county/bad/missing-text.yaml'), fx('county/bad/tab-indent.yaml'), 'examples/baihe-counts-2022.yaml'];
    const r = await runBatch(inputs, opts({ rollup: true, county: '青山县', superior: '青山县政协办公室' }));
    const { unzipSync } = await import('fflate');
    const docx = new TextDecoder().decode(unzipSync(await readFile(r.value.rollup!.docx!))['word/document.xml']);
    const text = docx.replace(/<[^>]+>/g, '');
    // The schema failed, but the name in the file was readable: named by it (its township, as the table does).
    expect(text).toContain('缺文字镇：数据未通过检查，未计入汇总。');
    // No name could be read from a file that is not YAML: its file name, said so.
    expect(text).toContain('tab-indent（按文件名；文件中未能读出单位名称）：数据未通过检查，未计入汇总。');
    expect(text).toContain('柏禾乡：报送的是2022年的记录，未计入2021年汇总。');
    expect(text).not.toMatch(/[A-Z]{2,}_[A-Z_]+|\.ya?ml|tests\/fixtures/);
    const csv = await readFile(r.value.rollup!.csv!, 'utf8');
    const rows = parseCsv(csv);
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      // In pinyin order: bǎi, qīng, quē, then the Latin file name.
      ['单位', '计入汇总', '说明'],
      ['柏禾乡政协联络办公室', '否', '报送的是2022年的记录，未计入2021年汇总'],
      ['青石镇政协联络工作委员会', '是', ''],
      ['缺文字镇政协联络办', '否', '数据未通过检查，未计入汇总'],
      ['tab-indent（按文件名；文件中未能读出单位名称）', '否', '数据未通过检查，未计入汇总'],
      ['合计', '', ''],
    ]);
    expect(csv).not.toMatch(/\.ya?ml|\/|[A-Z]{2,}_[A-Z_]+|:\d+:\d+/);
    // The roll-up's own warnings (another year's office) count in the last line.
    const warned = r.diagnostics.filter((d) => d.severity === 'warning').length;
    expect(warned).toBeGreaterThanOrEqual(1);
    const table = formatBatchTable(r.value.results.map((x) => showResult(x, show)), undefined, { otherWarnings: warned });
    const officeWarnings = r.value.results.reduce((n, x) => n + x.diagnostics.filter((d) => d.severity === 'warning').length, 0);
    expect(table).toContain(`警告 ${officeWarnings + warned} 条。`);
  });
});
