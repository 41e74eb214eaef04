/**
 * The report's statistics table as a GB/T 9704 attachment, and its styles as
 * Word's built-ins, read back by readers nobody here wrote: python-docx (附件
 * note, 附件 page, merged 类别 cells, repeated header row) and pandoc (title
 * and headings, which it finds only through Word's Title / heading styles).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { renderDocx } from '../../src/write/docx/write-docx.js';
import { exampleNames, loadExample } from '../support/example-data.js';
import { requireReader, SYSTEM_PYTHON } from '../support/readers/readers.js';
import { readFileSync } from 'node:fs';

const run = promisify(execFile);
let dir: string;
const files = new Map<string, string>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'attachment-readers-'));
  for (const name of exampleNames()) {
    // The annex is the office's choice (report.statistics, --annex); here it is on, to be read back.
    const model = buildModel(loadExample(name));
    const rendered = renderReport({ ...model, report: { ...model.report, statistics: true } });
    const file = path.join(dir, `${name}.docx`);
    await writeFile(file, (await renderDocx(rendered.value!)).buffer);
    files.set(name, file);
  }
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** python-docx: paragraphs with style and page-break flag, and the last table's first column with merge identity. */
const READ = String.raw`
import sys, json, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
paras = []
for p in d.paragraphs:
    ppr = p._p.pPr
    brk = ppr is not None and ppr.find(qn('w:pageBreakBefore')) is not None
    paras.append({"style": p.style.name, "text": p.text, "pageBreak": brk})
t = d.tables[-1]
first = [t.cell(r, 0) for r in range(len(t.rows))]
col = [{"text": c.text, "same": r > 0 and c._tc is first[r - 1]._tc} for r, c in enumerate(first)]
trpr = t.rows[0]._tr.trPr
header = trpr is not None and trpr.find(qn('w:tblHeader')) is not None
merges = [tc.tcPr.find(qn('w:vMerge')).get(qn('w:val')) if tc.tcPr is not None and tc.tcPr.find(qn('w:vMerge')) is not None else None for tc in (row._tr.tc_lst[0] for row in t.rows)]
print(json.dumps({"paragraphs": paras, "column": col, "header": header, "merges": merges}, ensure_ascii=False))
`;

interface Read {
  paragraphs: { style: string; text: string; pageBreak: boolean }[];
  column: { text: string; same: boolean }[];
  header: boolean;
  merges: (string | null)[];
}

describe.each(exampleNames())('%s', (name) => {
  it('python-docx: 附件 noted before the signature, the attachment on its own page, 类别 merged, header row repeated', async (ctx) => {
    if (!(await requireReader(['python-docx'], ctx))) return;
    const { stdout } = await run(SYSTEM_PYTHON, ['-c', READ, files.get(name)!], { maxBuffer: 16 << 20 });
    const r = JSON.parse(stdout) as Read;
    const texts = r.paragraphs.map((p) => p.text);
    const note = texts.indexOf('附件：全年工作数据统计表');
    expect(note, 'the 附件 note').toBeGreaterThan(0);
    // The signature (公文落款) comes after the note, the 附件 page after the signature.
    const signature = r.paragraphs.findIndex((p, i) => i > note && p.style === '公文落款' && p.text !== '');
    expect(signature).toBeGreaterThan(note);
    const label = r.paragraphs.findIndex((p, i) => i > signature && p.text === '附件');
    expect(label).toBeGreaterThan(signature);
    expect(r.paragraphs[label]).toMatchObject({ style: '附件标识', pageBreak: true });
    expect(texts[label + 1]).toBe('');
    expect(texts[label + 2]).toBe('全年工作数据统计表');

    expect(r.header).toBe(true);
    expect(r.column[0]!.text).toBe('类别');
    // Each run of one category is one merged cell: python-docx hands back the same cell for it.
    const body = r.column.slice(1);
    for (let i = 1; i < body.length; i += 1) expect(body[i]!.same, `row ${i + 1}`).toBe(body[i]!.text === body[i - 1]!.text);
    expect(body.filter((c) => c.same).length).toBeGreaterThan(3);
    expect(r.merges).toContain('restart');
  });

  it('pandoc: finds the title (Word\'s Title style) and the headings as in the golden', async (ctx) => {
    if (!(await requireReader(['pandoc'], ctx))) return;
    const { stdout } = await run('pandoc', ['-f', 'docx', '-t', 'markdown', '--standalone', '--wrap=none', files.get(name)!], { maxBuffer: 16 << 20 });
    const golden = readFileSync(`tests/golden/${name}.md`, 'utf8').split('\n');
    const title = golden.find((l) => l.startsWith('# '))!.slice(2);
    // A long title is set on two lines (title-lines.ts): pandoc writes the break as a YAML block with `\` line ends.
    const flat = stdout.replace(/title: \|\n\s+/, 'title: ').replace(/\\\n\s+/g, '');
    expect(flat).toMatch(new RegExp(`^---\\ntitle: ${title}\\n`, 'm'));
    const headings = (level: number) => golden.filter((l) => l.startsWith(`${'#'.repeat(level + 1)} `)).map((l) => l.slice(level + 2));
    const found = (level: number) => stdout.split('\n').filter((l) => l.startsWith(`${'#'.repeat(level)} `)).map((l) => l.slice(level + 1).replace(/\s*\{#[^}]*\}$/, '').replace(/\\/g, ''));
    // A thin year has two chapters (seed 000's 燕泉街道), the others four or more.
    expect(headings(1).length).toBeGreaterThanOrEqual(2);
    // pandoc writes the curly quotes of a heading (“委员之家”) as straight ones.
    const straight = (l: string[]) => l.map((h) => h.replace(/[“”]/g, '"'));
    expect(straight(found(1))).toEqual(straight(headings(1)));
    expect(straight(found(2))).toEqual(straight(headings(2)));
  });
});
