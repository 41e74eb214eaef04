/**
 * The county roll-up as users make it (`node bin/summary.js build <offices…>
 * --rollup --county 青石县`), read back by the independent readers: xmllint,
 * python-docx, LibreOffice → PDF → poppler; and its CSV (UTF-8 with BOM, CRLF).
 * Mixed years: baihe is 2022, the other two 2021; the roll-up keeps to the
 * year most offices have (docs/batch.md) while every office is still built.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';
import { convertToPdf, pdfPages, pdfText, readWithPythonDocx, requireReader, validateOoxml, xmllintAll } from '../support/readers/readers.js';

const run = promisify(execFile);
const ROOT = process.cwd();
/** The roll-up's files' name, and the document's own title (a county office's report). */
const ROLLUP = '2021年青石县各镇（街道）政协联络工作情况汇总';
const TITLE = '关于2021年度青石县各镇（街道）政协联络工作情况的报告';
const OFFICES_2021 = ['examples/qingshi-2021.yaml', 'examples/yanquan-street-2021.yaml'];
const NAMES_2021 = ['青石镇政协联络工作委员会', '雁泉街道政协联络工作委员会'];
/** The .docx table names offices by their township, which no two of them share here. */
const TOWNSHIPS_2021 = ['青石镇', '雁泉街道'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function summary(args: string[]): Run {
  const env = { ...process.env, NO_COLOR: '1' } as Record<string, string | undefined>;
  delete env.SOURCE_DATE_EPOCH;
  delete env.CI; // the progress lines differ under CI; the table and exit code do not
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/summary.js'), ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let out2021: string;
let outMixed: string;
let run2021: Run;
let runMixed: Run;
let pdf: Promise<string> | undefined;

const rollupDocx = () => path.join(out2021, `${ROLLUP}.docx`);

beforeAll(async () => {
  requireBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'rollup-readers-'));
  out2021 = path.join(dir, '2021');
  outMixed = path.join(dir, 'mixed');
  run2021 = summary(['build', ...OFFICES_2021, '--rollup', '--county', '青石县', '--out', out2021]);
  runMixed = summary(['build', 'examples/baihe-counts-2022.yaml', ...OFFICES_2021, '--rollup', '--county', '青石县', '--out', outMixed]);
});

afterAll(async () => {
  if (pdf) await pdf.catch(() => undefined);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('roll-up of the two 2021 offices', () => {
  it('builds both reports and the roll-up (.docx and .csv), exit 0', () => {
    expect(run2021.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run2021.code, run2021.stderr).toBe(0);
    expect(run2021.stdout).toContain(`已生成汇总表：`);
    expect(run2021.stdout).toContain(`${ROLLUP}.docx`);
    expect(run2021.stdout).toContain(`${ROLLUP}.csv`);
    expect(readdirSync(out2021).sort()).toEqual(
      ['.summary-outputs.json', ...NAMES_2021.map((n) => `2021年${n}工作总结.docx`), `${ROLLUP}.csv`, `${ROLLUP}.docx`].sort(),
    );
  });

  it('xmllint: every XML part of the roll-up is well-formed', async (ctx) => {
    if (!(await requireReader(['xmllint'], ctx))) return;
    const { errors, checked } = await xmllintAll(rollupDocx());
    expect(checked).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    expect(errors).toEqual({});
  });

  it('ECMA-376 validator: the roll-up and both reports validate', async (ctx) => {
    if (!(await requireReader(['ooxml-validator'], ctx))) return;
    const files = readdirSync(out2021).filter((f) => f.endsWith('.docx')).map((f) => path.join(out2021, f));
    expect(files).toContain(rollupDocx());
    const v = await validateOoxml(files);
    expect(v.ok, v.report).toBe(true);
  });

  it('python-docx: title, Heading 1 parts, a table with a row per office and a total row that adds up', async (ctx) => {
    if (!(await requireReader(['python-docx'], ctx))) return;
    const r = await readWithPythonDocx(rollupDocx());
    expect(r.title).toBe(TITLE);
    // Too long for one 二号 line: broken between whole words (GB/T 9704 §7.3.1), one paragraph.
    expect(r.paragraphs[0]!.text).toBe('关于2021年度青石县各镇（街道）\n政协联络工作情况的报告');
    expect(r.paragraphs[0]!.styleFonts?.eastAsia).toBe('方正小标宋简体');
    expect(r.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(['一、基本情况', '二、需要说明的情况']);
    expect(r.section).toMatchObject({ pageWidth: 11906, pageHeight: 16838 });

    expect(r.tables).toHaveLength(1);
    const [header, ...rows] = r.tables[0]!;
    expect(header![0]).toBe('单位');
    expect(header).toContain('委员');
    expect(rows.map((row) => row[0])).toEqual([...TOWNSHIPS_2021, '合计']);
    const members = header!.indexOf('委员');
    expect(rows.map((row) => row[members])).toEqual(['26', '31', '57']);
    // Every numeric column's total is the sum of the offices.
    for (let c = 1; c < header!.length; c += 1) {
      const values = rows.slice(0, -1).map((row) => Number(row[c]));
      if (values.some((v) => Number.isNaN(v))) continue;
      expect(Number(rows.at(-1)![c]), header![c]).toBe(values.reduce((a, b) => a + b, 0));
    }
  });

  it('LibreOffice: converts to a PDF with the title, both offices, the total and page numbers', async (ctx) => {
    if (!(await requireReader(['soffice', 'pdftotext', 'pdfinfo'], ctx))) return;
    pdf = convertToPdf(rollupDocx(), path.join(dir, 'pdf'));
    const file = await pdf;
    const pages = await pdfPages(file);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    const text = await pdfText(file);
    const flat = text.replace(/\s+/g, '');
    for (const key of [TITLE, '合计', '委员57人', '附件：2021年各镇（街道）政协联络工作主要数据表']) expect(flat).toContain(key);
    // Table cells wrap inside their column: read in content order (-raw) to find the office names whole.
    const raw = (await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])).stdout.replace(/\s+/g, '');
    for (const name of TOWNSHIPS_2021) expect(raw).toContain(name);
    expect(text.split('\f')[0]).toMatch(/—\s*1\s*—/);
  });

  it('the CSV starts with a UTF-8 BOM, has CRLF lines, a row per office and the total', () => {
    const bytes = readFileSync(path.join(out2021, `${ROLLUP}.csv`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.trimEnd().split('\r\n').map((l) => l.split(','));
    expect(lines[0]![0]).toBe('单位');
    expect(lines.slice(1).map((l) => l[0])).toEqual([...NAMES_2021, '合计']);
    const members = lines[0]!.indexOf('委员（人）');
    expect(lines.slice(1).map((l) => l[members])).toEqual(['26', '31', '57']);
  });
});

describe('a batch of mixed years (baihe is 2022)', () => {
  it('builds every office, and the roll-up keeps to 2021, the year most offices have', () => {
    expect(runMixed.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(runMixed.code, runMixed.stderr).toBe(0);
    const files = readdirSync(outMixed);
    expect(files).toContain('2022年柏禾乡政协联络办公室工作总结.docx');
    for (const n of NAMES_2021) expect(files).toContain(`2021年${n}工作总结.docx`);
    // One roll-up, of 2021 only: no 2022 roll-up; the 2022 office is listed as such, not counted into 2021's totals.
    expect(files.filter((f) => f.includes('汇总')).sort()).toEqual([`${ROLLUP}.csv`, `${ROLLUP}.docx`]);
    const csv = readFileSync(path.join(outMixed, `${ROLLUP}.csv`), 'utf8');
    expect(csv).toContain('\r\n柏禾乡政协联络办公室,否,报送的是2022年的记录，未计入2021年汇总,,');
    const total = (text: string) => text.trimEnd().split('\r\n').at(-1);
    expect(total(csv)).toBe(total(readFileSync(path.join(out2021, `${ROLLUP}.csv`), 'utf8')));
  });

  it('counts every warning it printed in its last line, the roll-up’s too', () => {
    const printed = runMixed.stderr.split('\n').filter((l) => / 警告 [A-Z_]+/.test(l)).length;
    expect(printed).toBeGreaterThanOrEqual(2); // BATCH_ROLLUP_OTHER_YEAR, BATCH_ROLLUP_NO_SIGNATURE
    expect(runMixed.stdout).toContain(`警告 ${printed} 条。`);
  });

  it('says which office was left out of the roll-up for its year', () => {
    expect(runMixed.stderr).toContain('examples/baihe-counts-2022.yaml 警告 BATCH_ROLLUP_OTHER_YEAR');
    expect(runMixed.stderr).toContain('“柏禾乡政协联络办公室”的记录是 2022 年的，没有计入 2021 年的汇总表');
  });
});

describe('a batch with an input that does not exist', () => {
  it('builds the offices it found, names the missing input, and exits 2', () => {
    const out = path.join(dir, 'missing');
    const r = summary(['build', OFFICES_2021[0] as string, 'nope.yaml', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml 错误 FILE_NOT_FOUND');
    expect(readdirSync(out).sort()).toEqual(['.summary-outputs.json', `2021年${NAMES_2021[0]}工作总结.docx`]);
    expect(r.stdout).toContain('共 1 个单位：已生成 1 个');
  });
});
