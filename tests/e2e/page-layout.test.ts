/**
 * The printed page (issue 20), measured on LibreOffice's PDF of every example,
 * a --previous build, the roll-up of a 44-office county, and generated years
 * with long tables, many points (with the annex and without) and thin records:
 * - every character of document.xml's text is in pdftotext's output (no reader
 *   drops a line-end 、 again);
 * - the signature has at least four lines of body above it on its page (or is
 *   on the report's only page), and the page before is not left with more than
 *   MAX_GAP empty lines;
 * - each page of a table holds the rows the writer put on it (never the header
 *   and one row), and a category running on over a page is named again;
 * - the page number's dash is 7 mm under the text block, odd pages' numbers one
 *   character in from the right edge and even pages' from the left.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, ReportDocument } from '../../src/document/model.js';
import type { KeyNumbers } from '../../src/model/key-numbers.js';
import { buildModel } from '../../src/model/build-model.js';
import { prepareOffice } from '../../src/office/prepare.js';
import { renderOffice } from '../../src/office/render.js';
import type { OfficeBuildResult } from '../../src/office/types.js';
import type { YearModel } from '../../src/model/types.js';
import { renderReport } from '../../src/render/render-report.js';
import { rollupDocument } from '../../src/rollup/rollup-document.js';
import { YearSchema } from '../../src/schema/year.js';
import { renderDocx } from '../../src/write/docx/write-docx.js';
import { yearRecord } from '../support/arbitraries.js';
import { exampleNames, loadExample } from '../support/example-data.js';
import { BLOCK, convertAll, dashTopMm, gridLine, pageWords, textLines, type Word } from '../support/readers/pdf-layout.js';
import { haveReader } from '../support/readers/readers.js';
import { findAll, parseXml, wordText, type XmlElement } from '../support/readers/xml-tree.js';

/** The most empty lines left at the foot of the page before the signature's. */
const MAX_GAP = 5;
/** One 四号 character: the page number's inset from the text block's edge (layout.ts PAGE_NUMBER_INSET). */
const INSET_PT = 14;

interface Printed {
  name: string;
  doc: ReportDocument;
  docx: string;
  pdf?: string;
  xml?: XmlElement;
  pages?: Word[][];
}

const CJK = '委员会议学习调研提案走访联谊民主监督乡村振兴基层治理服务群众协商议事产业发展生态环境';
/** A Chinese sentence of about `n` characters, with digits and the marks that test line ends (、，。). */
const sentence = (seed: number, n: number) => {
  let s = '';
  for (let i = 0; s.length < n; i += 1) s += CJK[(seed * 7 + i * 13) % CJK.length] + (i % 5 === 4 ? '、' : i % 9 === 8 ? '，' : i % 17 === 16 ? `${seed + i}次` : '');
  return `${s}。`;
};

function generated(): { name: string; doc: ReportDocument }[] {
  const out: { name: string; doc: ReportDocument }[] = [];
  const render = (name: string, raw: unknown, annex = true) => {
    const parsed = YearSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${name}: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
    // The statistics annex is the office's choice (off by default, as the examples print); the long tables and the generated
    // years are measured with it on, the many points as an office prints them by default.
    const model = buildModel(parsed.data);
    const rendered = renderReport(annex ? withAnnex(model) : model);
    if (!rendered.value) throw new Error(`${name}: ${JSON.stringify(rendered.diagnostics.slice(0, 2))}`);
    out.push({ name, doc: rendered.value });
  };
  const sections = ['leadership', 'members', 'supervision', 'liaison'] as const;
  // Long tables: a counts-only year with many other numbers (the statistics table runs over pages).
  for (const [i, extra] of [24, 40].entries()) {
    const base = loadExample('baihe-counts-2022') as unknown as Record<string, unknown> & { counts: Record<string, unknown> };
    const other = Array.from({ length: extra }, (_, k) => ({ name: sentence(k + i, 6 + (k % 7)).slice(0, -1), value: k + 1, unit: '次', section: sections[k % 4] }));
    render(`long-table-${extra}`, { ...base, counts: { ...base.counts, other } });
  }
  // Many points: every section with several long points of its own.
  for (const [i, n] of [4, 7].entries()) {
    const base = loadExample('qingshi-2021') as unknown as Record<string, unknown>;
    const report = { sections: Object.fromEntries(sections.map((s, k) => [s, { points: Array.from({ length: n }, (_, j) => sentence(i * 31 + k * 7 + j, 40 + ((j * 37) % 120))) }])) };
    render(`many-points-${n}`, { ...base, report }, false);
    // And with the annex on (`--annex`): the table's page break must not leave the body's last page short before the signature.
    render(`many-points-${n}-annex`, { ...base, report });
  }
  // Thin years, and generated ones with the strings that broke writers before.
  const thin = loadExample('qingshi-2021') as unknown as Record<string, unknown>;
  render('thin', { year: thin.year, office: thin.office, text: { shortcomings: [sentence(3, 30)], plans: [sentence(5, 20)] } });
  for (const [k, raw] of fc.sample(yearRecord, { numRuns: 3, seed: 20 }).entries()) render(`generated-${k}`, raw);
  return out;
}

/** A model with the statistics annex turned on (report.statistics / --annex). */
const withAnnex = (model: YearModel): YearModel => ({ ...model, report: { ...model.report, statistics: true } });

/** A county of 44 offices: the roll-up's table runs over two pages. */
function county(): ReportDocument {
  const towns = '太平东岭云峰凤凰白河青石柳溪桃源长乐永安新华黄龙石门龙潭清泉安宁双河金鸡马鞍红岩高桥梅林望江三星福田兴隆大坪和平朝阳广福沙坝铁佛宝塔白鹤莲花石桥文昌万寿天池雁泉长岭平安仁和永兴';
  const results: OfficeBuildResult[] = Array.from({ length: 44 }, (_, i) => {
    const township = `${towns.slice(2 * i, 2 * i + 2)}镇`;
    const numbers: KeyNumbers = { members: 12 + (i % 17), meetings: 4 + (i % 9), studies: 3 + (i % 5), inspections: 2 + (i % 4), proposals: i % 6, proposalsAdopted: i % 3, opinions: 10 + i, visits: 20 + i * 3, activities: 5 + (i % 8) };
    return { input: `${township}.yaml`, status: 'built', office: `${township}政协联络工作委员会`, township, year: 2024, diagnostics: [], emptySections: [], numbers };
  });
  return rollupDocument(results, { year: 2024, county: '青山县', superior: '青山县政协办公室', date: new Date(Date.UTC(2025, 0, 10)) });
}

let dir: string;
const printed: Printed[] = [];
let skipped = false;

beforeAll(async () => {
  if (!(await haveReader('soffice')) || !(await haveReader('pdftotext'))) {
    if (process.env.CI === 'true') throw new Error('LibreOffice and poppler are needed for the page-layout test');
    skipped = true;
    return;
  }
  dir = await mkdtemp(path.join(tmpdir(), 'page-layout-'));
  const docs: { name: string; doc: ReportDocument }[] = exampleNames().map((name) => ({ name, doc: renderReport(buildModel(loadExample(name))).value! }));
  const root = process.cwd();
  const previous = await prepareOffice(path.join(root, 'tests/fixtures/previous/qingshi-2022.yaml'), { cwd: root, previous: path.join(root, 'examples/qingshi-2021.yaml') });
  docs.push({ name: 'previous', doc: renderOffice(previous.value!).value!.document });
  docs.push({ name: 'rollup-44', doc: county() }, ...generated());
  for (const d of docs) {
    const docx = path.join(dir, `${d.name}.docx`);
    const { buffer } = await renderDocx(d.doc);
    await writeFile(docx, buffer);
    const xml = parseXml(new TextDecoder().decode(unzipSync(new Uint8Array(buffer))['word/document.xml']));
    printed.push({ ...d, docx, xml });
  }
  const pdfs = await convertAll(printed.map((p) => p.docx), dir);
  for (const [i, p] of printed.entries()) {
    p.pdf = pdfs[i];
    p.pages = await pageWords(p.pdf as string);
  }
}, 600_000);

afterAll(async () => {
  // KEEP_PAGE_LAYOUT=1 keeps the .docx and PDFs to look at (the folder is printed).
  if (dir && process.env.KEEP_PAGE_LAYOUT) console.log(`page-layout: kept ${dir}`);
  else if (dir) await rm(dir, { recursive: true, force: true });
});

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('the printed page, in LibreOffice', () => {
  it('has the documents it measures: examples, --previous, a roll-up and generated years', (ctx) => {
    if (skipped) return ctx.skip();
    expect(printed.length).toBeGreaterThanOrEqual(16);
    // Tables: the two long ones, the two many-points with the annex, the thin and the three generated years with the annex on, and the roll-up.
    expect(printed.filter((p) => p.doc.blocks.filter((b) => b.type === 'table').length > 0).length).toBeGreaterThanOrEqual(9);
  });

  it('loses no character: every character of document.xml is in the PDF', (ctx) => {
    if (skipped) return ctx.skip();
    for (const p of printed) {
      const pdfChars = new Map<string, number>();
      for (const ch of squash((p.pages ?? []).flat().map((w) => w.text).join(''))) pdfChars.set(ch, (pdfChars.get(ch) ?? 0) + 1);
      const body = findAll(p.xml!, 'w:body')[0]!;
      const needed = new Map<string, number>();
      const where = new Map<string, string>();
      for (const para of findAll(body, 'w:p')) {
        const text = squash(wordText(para));
        for (const ch of text) {
          needed.set(ch, (needed.get(ch) ?? 0) + 1);
          if (!where.has(ch)) where.set(ch, text.slice(0, 40));
        }
      }
      const missing = [...needed].filter(([ch, n]) => (pdfChars.get(ch) ?? 0) < n).map(([ch, n]) => `${ch} ×${n - (pdfChars.get(ch) ?? 0)} (in “${where.get(ch)}”)`);
      expect(missing, p.name).toEqual([]);
    }
  });

  it('puts at least four lines of body above the signature, and leaves the page before it nearly full', (ctx) => {
    if (skipped) return ctx.skip();
    let measured = 0;
    for (const p of printed) {
      const sig = p.doc.blocks.find((b): b is Extract<Block, { type: 'signature' }> => b.type === 'signature');
      if (!sig) continue;
      const pages = (p.pages ?? []).map(textLines);
      const at = pages.findIndex((lines) => lines.some((l) => squash(l.text) === squash(sig.name)));
      expect(at, `${p.name}: signature not found`).toBeGreaterThanOrEqual(0);
      const lines = pages[at]!;
      const nameY = lines.find((l) => squash(l.text) === squash(sig.name))!.y;
      if (sig.date !== '') expect(lines.some((l) => squash(l.text) === squash(sig.date)), `${p.name}: the date on the name's page`).toBe(true);
      const body = lines.filter((l) => l.y < nameY && !l.text.startsWith('附件：'));
      if (at > 0) {
        expect(body.length, `${p.name}: body lines above the signature on page ${at + 1}`).toBeGreaterThanOrEqual(4);
        const before = pages[at - 1]!.filter((l) => gridLine(l.words[0]!) !== undefined);
        const last = Math.max(...before.map((l) => gridLine(l.words[0]!) ?? 0));
        expect(21 - last, `${p.name}: empty lines at the foot of page ${at}`).toBeLessThanOrEqual(MAX_GAP);
      }
      measured += 1;
    }
    expect(measured).toBeGreaterThanOrEqual(10);
  });

  it('holds on each page of a table the rows planned for it, never the header and one row, and names a category again over a page', (ctx) => {
    if (skipped) return ctx.skip();
    let cut = 0;
    for (const p of printed) {
      const tables = findAll(findAll(p.xml!, 'w:body')[0]!, 'w:tbl');
      if (tables.length === 0) continue;
      // Pieces of one table: each starts a page (table-pages.ts); the header's first cell marks its pages in the PDF.
      const headerText = (t: XmlElement) => findAll(findAll(t, 'w:tr')[0]!, 'w:tc').map((c) => squash(wordText(c)));
      const pages = p.pages ?? [];
      let from = 0;
      for (const t of tables) {
        const header = headerText(t);
        const rows = findAll(t, 'w:tr').slice(1);
        const firstColumn = rows.map((r) => findAll(r, 'w:tc')[0]!);
        const grid = findAll(t, 'w:gridCol').map((g) => Number(g.attrs['w:w']) / 20);
        const x = (i: number) => BLOCK.left + grid.slice(0, i).reduce((a, b) => a + b, 0);
        const isHeader = (l: { text: string }) => squash(l.text).startsWith(header[0]! + header[1]!);
        // Each piece starts a page (table-pages.ts): the next page, from the last piece's, that shows the header.
        const page = pages.findIndex((words, i) => i >= from && textLines(words).some(isHeader));
        expect(page, `${p.name}: a page with the table's header`).toBeGreaterThanOrEqual(0);
        from = page + 1;
        const words = pages[page]!;
        const headerY = textLines(words).find(isHeader)!.y;
        // The table's rows: under the header, above the note (注：…) and the page's foot.
        const noteY = Math.min(BLOCK.bottom, ...words.filter((w) => w.y0 > headerY && w.text.startsWith('注')).map((w) => w.y0));
        const inColumn = (c: number) => words.filter((w) => (w.y0 + w.y1) / 2 > headerY + 8 && w.y1 <= noteY && (w.x0 + w.x1) / 2 > x(c) && (w.x0 + w.x1) / 2 < x(c + 1));
        const distinctY = (ws: Word[]) => new Set(ws.map((w) => Math.round((w.y0 + w.y1) / 4))).size;
        expect(distinctY(inColumn(1)), `${p.name}: rows on page ${page + 1}`).toBe(rows.length);
        expect(rows.length, `${p.name}: rows on page ${page + 1}`).toBeGreaterThanOrEqual(Math.min(3, rows.length));
        if (tables.length > 1) cut += 1;
        // A category cell is named at the start of every run on the page, the first one included.
        const merged = firstColumn.some((c) => findAll(c, 'w:vMerge').length > 0);
        if (merged) {
          const runs = firstColumn.filter((c) => findAll(c, 'w:vMerge')[0]?.attrs['w:val'] !== 'continue').length;
          expect(wordText(firstColumn[0]!), `${p.name}: the first category on page ${page + 1}`).not.toBe('');
          expect(inColumn(0).length, `${p.name}: category names on page ${page + 1}`).toBe(runs);
        }
      }
    }
    expect(cut).toBeGreaterThanOrEqual(2);
  });

  it('puts the page number’s dash 7 mm under the text block, one character in: odd pages right, even pages left', async (ctx) => {
    if (skipped) return ctx.skip();
    for (const p of printed) {
      const pages = p.pages ?? [];
      for (const n of [1, 2]) {
        if (n > pages.length) continue;
        const top = await dashTopMm(p.pdf as string, n);
        expect(top, `${p.name} page ${n}`).toBeDefined();
        expect(Math.abs((top as number) - 7), `${p.name} page ${n}: dash ${top} mm under the block`).toBeLessThanOrEqual(0.3);
        const footer = pages[n - 1]!.filter((w) => w.y0 > BLOCK.bottom);
        const [left, right] = [Math.min(...footer.map((w) => w.x0)), Math.max(...footer.map((w) => w.x1))];
        if (n % 2 === 1) expect(Math.abs(BLOCK.right - INSET_PT - right), `${p.name}: odd page number's right end`).toBeLessThanOrEqual(1.5);
        else expect(Math.abs(left - (BLOCK.left + INSET_PT)), `${p.name}: even page number's left end`).toBeLessThanOrEqual(1.5);
      }
    }
  });
});
