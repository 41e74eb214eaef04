/**
 * A county of 40 offices, as a county office would send its roll-up: one
 * column's total has seven digits, two files failed. Checked: no number
 * breaks inside itself in LibreOffice's PDF, no ASCII code or file path in the
 * text, the signature and date from the options (never the clock), offices
 * in pinyin order (or the batch file's), the same in .docx and .csv,
 * and every part valid against ECMA-376.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficeBuildResult } from '../../src/office/types.js';
import type { Block } from '../../src/document/model.js';
import type { KeyNumbers } from '../../src/model/key-numbers.js';
import { rollupDocument } from '../../src/rollup/rollup-document.js';
import { parseCsv } from '../../src/rollup/rollup-csv.js';
import { orderOffices, writeRollup } from '../../src/rollup/write-rollup.js';
import { LATIN_EM, PADDING, tableLayout } from '../../src/write/docx/table-layout.js';
import { convertToPdf, pdfText, requireReader, validateOoxml } from '../support/readers/readers.js';

const TOWNS = [
  '太平', '东岭', '云峰', '凤凰', '白河', '青石', '柳溪', '桃源', '长乐', '永安', '新华', '黄龙', '石门', '龙潭', '清泉', '安宁', '双河', '金鸡', '马鞍', '红岩',
  '高桥', '梅林', '望江', '三星', '福田', '兴隆', '大坪', '和平', '朝阳', '广福', '沙坝', '铁佛', '宝塔', '白鹤', '莲花', '石桥', '文昌', '万寿', '天池', '雁泉',
];

const numbers = (i: number): KeyNumbers => ({
  members: 12 + (i % 17), meetings: 4 + (i % 9), studies: 3 + (i % 5), inspections: 2 + (i % 4), proposals: i % 6,
  proposalsAdopted: i % 3, opinions: 10 + i, visits: i === 7 ? 1_204_567 : 20 + i * 3, activities: 5 + (i % 8),
});

/** 38 built offices and two whose files failed, in the order a batch file listed them. */
const results: OfficeBuildResult[] = TOWNS.map((t, i): OfficeBuildResult => {
  const township = t.endsWith('泉') ? `${t}街道` : `${t}镇`;
  if (i === 0) return { input: `记录/${township}.yaml`, status: 'invalid', office: `${township}政协联络工作委员会`, township, year: 2024, diagnostics: [{ code: 'WRONG_TYPE', severity: 'error', message: '应为数字', file: `记录/${township}.yaml`, line: 68, column: 16 }] };
  if (i === 1) return { input: `记录/东岭镇.yaml`, status: 'invalid', diagnostics: [{ code: 'YAML_SYNTAX', severity: 'error', message: '语法错误', file: '记录/东岭镇.yaml', line: 3, column: 1 }] };
  return { input: `记录/${township}.yaml`, status: 'built', office: `${township}政协联络工作委员会`, township, year: 2024, diagnostics: [], emptySections: [], numbers: numbers(i) };
});

const SUPERIOR = '青山县政协办公室';
const DATE = new Date(Date.UTC(2025, 0, 10));

const table = (blocks: Block[]) => blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')!;
const texts = (blocks: Block[]) =>
  blocks.map((b) => (b.type === 'table' ? [b.title, ...b.header, ...b.rows.flat(), b.note].join(' ') : 'text' in b ? b.text : b.type === 'signature' ? `${b.name} ${b.date}` : '')).join('\n');

let dir: string;
let written: Awaited<ReturnType<typeof writeRollup>>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rollup-county-'));
  written = await writeRollup(results, { outDir: dir, year: 2024, county: '青山县', superior: SUPERIOR, date: DATE, force: false });
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a 40-office county', async () => {
  const ordered = await orderOffices(results);
  const doc = rollupDocument(ordered, { year: 2024, county: '青山县', superior: SUPERIOR, date: DATE });

  it('says nothing a county office would have to edit out: no code, no path, no tool word', () => {
    const all = texts(doc.blocks);
    expect(all).toContain('太平镇：数据未通过检查，未计入汇总。');
    // No name could be read from 东岭镇.yaml: named by the file, and said so.
    expect(all).toContain('东岭镇（按文件名；文件中未能读出单位名称）：数据未通过检查，未计入汇总。');
    expect(all).not.toMatch(/[A-Z]{2,}_[A-Z_]+/); // WRONG_TYPE and its kin
    expect(all).not.toMatch(/\.ya?ml|记录\/|:\d+:\d+/);
    expect(all).not.toMatch(/已生成|校验|失败/);
  });

  it('signs with the superior and the given date, never the clock', () => {
    const sig = doc.blocks.find((b) => b.type === 'signature');
    expect(sig).toEqual({ type: 'signature', name: SUPERIOR, date: '2025年1月10日' });
    expect(written.diagnostics.map((d) => d.code)).toEqual([]);
  });

  it('lists offices in pinyin order, place names read as places (长乐 cháng), stable, the same in the .docx and the .csv', async () => {
    const names = table(doc.blocks).rows.map((r) => r[0] ?? '').filter((n) => n !== '合计');
    expect(names.slice(0, 4)).toEqual(['安宁镇', '白河镇', '白鹤镇', '宝塔镇']);
    // 长乐 is cháng lè: between 沙坝 (shā) … no: after 测 and before 朝阳 (cháo); ICU's collation put it with zh.
    expect(names.indexOf('长乐镇')).toBe(names.indexOf('朝阳镇') - 1);
    expect((await orderOffices([...results].reverse())).map((r) => r.input)).toEqual(ordered.map((r) => r.input));
    const csv = parseCsv(await readFile(written.value!.csv!, 'utf8'));
    const csvNames = csv.slice(1).map((r) => r[0]).filter((n) => n !== '合计' && n !== '太平镇政协联络工作委员会' && !n!.startsWith('东岭镇'));
    expect(csvNames.map((n) => n!.replace('政协联络工作委员会', ''))).toEqual(names);
    expect((await orderOffices(results, 'input')).map((r) => r.input)).toEqual(results.map((r) => r.input));
  });

  it('sizes every column to hold its widest number (1204567 and the seven-digit total)', () => {
    const t = table(doc.blocks);
    const layout = tableLayout(t.header, t.rows);
    expect(layout.overflow).toBe(false);
    const col = t.header.indexOf('走访委员');
    const widest = Math.max(...t.rows.map((r) => (r[col] ?? '').length));
    expect(widest).toBe(7);
    // 7 digits at LATIN_EM of the chosen size, plus the cell's left and right margins.
    expect(layout.widths[col]).toBeGreaterThanOrEqual(Math.ceil(7 * LATIN_EM * layout.size * 10) + PADDING);
  });

  it('LibreOffice: every number of the table is whole in the PDF, on one line', async (ctx) => {
    if (!(await requireReader(['soffice', 'pdftotext'], ctx))) return;
    const pdf = await convertToPdf(written.value!.docx!, path.join(dir, 'pdf'));
    const text = await pdfText(pdf);
    const t = table(doc.blocks);
    const figures = new Set(t.rows.flatMap((r) => r.slice(1)).filter((c) => /^\d{3,}$/.test(c)));
    expect(figures.has('1204567')).toBe(true);
    const lines = text.split('\n');
    // A number broken in its cell shows as its head on one line and its tail on the next.
    for (const f of figures) expect(lines.some((l) => new RegExp(`(^|\\D)${f}(\\D|$)`).test(l)), f).toBe(true);
    const total = t.rows.find((r) => r[0] === '合计')!;
    expect(total[t.header.indexOf('走访委员')]!.length).toBe(7);
    expect(text).toContain(SUPERIOR);
    // pdftotext spaces the Latin digits off the Chinese: compare without spaces.
    expect(text.replace(/\s+/g, '')).toContain('2025年1月10日');
  });

  it('ECMA-376 validator: the roll-up validates', async (ctx) => {
    if (!(await requireReader(['ooxml-validator'], ctx))) return;
    const v = await validateOoxml([written.value!.docx!]);
    expect(v.ok, v.report).toBe(true);
  });
});

describe('the roll-up date', () => {
  it('comes from SOURCE_DATE_EPOCH when no --date is given', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'rollup-epoch-'));
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2025, 1, 3) / 1000);
    try {
      const w = await writeRollup(results.slice(2, 5), { outDir: out, year: 2024, superior: SUPERIOR, force: false });
      expect(w.diagnostics).toEqual([]);
      const { readWithPythonDocx } = await import('../support/readers/readers.js');
      if (!(await import('../support/readers/readers.js').then((m) => m.haveReader('python-docx')))) return;
      const r = await readWithPythonDocx(w.value!.docx!);
      expect(r.paragraphs.map((p) => p.text)).toContain('2025年2月3日');
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
      await rm(out, { recursive: true, force: true });
    }
  });

  it('is never guessed from the clock: without --date the date line is left out and a warning says why; no superior is a warning too', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'rollup-today-'));
    const before = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    try {
      const w = await writeRollup(results.slice(2, 5), { outDir: out, year: 2024, superior: SUPERIOR, force: false });
      expect(w.diagnostics.map((d) => [d.code, d.severity])).toEqual([['BATCH_ROLLUP_NO_DATE', 'warning']]);
      expect(w.diagnostics[0]!.hint).toContain('--date');
      const { unzipSync } = await import('fflate');
      const xml = new TextDecoder().decode(unzipSync(await readFile(w.value!.docx!))['word/document.xml']);
      expect(xml).toContain(SUPERIOR);
      expect(xml).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
      const none = await writeRollup(results.slice(2, 5), { outDir: path.join(out, 'b'), year: 2024, force: false });
      expect(none.diagnostics.map((d) => d.code)).toEqual(['BATCH_ROLLUP_NO_SIGNATURE']);
      expect(none.diagnostics[0]!.message).toContain('没有落款和成文日期');
      // A date given without a signature is not printed either, and the message says so rather than asking for --date.
      const dated = await writeRollup(results.slice(2, 5), { outDir: path.join(out, 'c'), year: 2024, date: new Date(Date.UTC(2024, 11, 30)), force: false });
      expect(dated.diagnostics.map((d) => d.code)).toEqual(['BATCH_ROLLUP_NO_SIGNATURE']);
      expect(dated.diagnostics[0]!.message).toContain('成文日期写在落款下面，没有落款也就没有印出');
      expect(dated.diagnostics[0]!.hint).not.toContain('--date');
    } finally {
      if (before !== undefined) process.env.SOURCE_DATE_EPOCH = before;
      await rm(out, { recursive: true, force: true });
    }
  });
});
