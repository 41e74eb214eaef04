/**
 * The sample read back by independent readers: xmllint (every part
 * well-formed), python-docx (structure, styles, fonts), LibreOffice + poppler
 * (what a reader would see on paper). A missing reader skips its test with a
 * notice, or fails it under CI=true (readers.ts requireReader).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/write/docx/write-docx.js';
import { sampleDocument } from '../../fixtures/sample-document.js';
import { convertToPdf, pdfPages, pdfText, readWithPythonDocx, requireReader, xmllintAll } from '../../support/readers/readers.js';

let dir: string;
let docxPath: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'readers-docx-'));
  docxPath = path.join(dir, 'sample.docx');
  await writeFile(docxPath, (await renderDocx(sampleDocument)).buffer);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('independent readers', () => {
  it('xmllint: every XML part is well-formed', async (ctx) => {
    if (!(await requireReader(['xmllint'], ctx))) return;
    const { errors, checked } = await xmllintAll(docxPath);
    expect(checked).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'docProps/core.xml']));
    expect(errors).toEqual({});
  });

  it('python-docx: title, headings with outline levels, paragraphs, fonts, page', async (ctx) => {
    if (!(await requireReader(['python-docx'], ctx))) return;
    const r = await readWithPythonDocx(docxPath);
    expect(r.title).toBe(sampleDocument.title);
    expect(r.author).toBe(sampleDocument.author);
    // 14 text blocks + signature (blank, name, date) + table title and note.
    expect(r.paragraphs).toHaveLength(19);
    expect(r.paragraphs[0]).toMatchObject({ text: sampleDocument.title, styleSizePt: 22 });
    expect(r.paragraphs[0]!.styleFonts?.eastAsia).toBe('方正小标宋简体');
    const headings = r.paragraphs.filter((p) => p.outlineLevel !== null);
    expect(headings.map((h) => [h.style, h.outlineLevel, h.styleFonts?.eastAsia])).toEqual([
      ['Heading 1', 0, '黑体'],
      ['Heading 2', 1, '楷体_GB2312'],
      ['Heading 3', 2, '仿宋_GB2312'],
      ['Heading 4', 3, '仿宋_GB2312'],
      ['Heading 1', 0, '黑体'],
      ['Heading 1', 0, '黑体'],
    ]);
    const withBreaks = r.paragraphs.find((p) => p.text.startsWith('建立'))!;
    expect(withBreaks.text.split('\n')).toHaveLength(3);
    expect(r.tables[0]?.[0]).toEqual(['项目', '次数', '参与人次', '备注']);
    expect(r.section).toMatchObject({
      pageWidth: 11906,
      pageHeight: 16838,
      top: 2098,
      bottom: 1984,
      left: 1588,
      right: 1474,
      evenAndOdd: true,
    });
  });

  it('LibreOffice: converts to a PDF with the text, page numbers and 22 lines a full page', async (ctx) => {
    if (!(await requireReader(['soffice', 'pdftotext', 'pdfinfo'], ctx))) return;
    const pdf = await convertToPdf(docxPath, path.join(dir, 'pdf'));
    const pages = await pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(6);
    const text = await pdfText(pdf);
    const flat = text.replace(/\s+/g, '');
    for (const key of [sampleDocument.title, '一、坚持政治引领', '（一）加强理论学习', '青山镇政协联络组2024年12月20日', '参与人次']) {
      expect(flat).toContain(key.replace(/\s+/g, ''));
    }
    const pageTexts = text.split('\f');
    for (let n = 1; n <= pages; n += 1) expect(pageTexts[n - 1]).toMatch(new RegExp(`—\\s*${n}\\s*—`));
    // Page 2 is all body text in the sample: exactly 22 lines above the page number.
    const page2 = (pageTexts[1] ?? '').split('\n').filter((l) => l.trim() !== '' && !/—\s*2\s*—/.test(l));
    expect(page2).toHaveLength(22);
  });
});
