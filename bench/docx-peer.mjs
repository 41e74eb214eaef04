// The peer for a batch: the `docx` library's own loop, in one process, making
// the same kind of report — the same offices' text (their Markdown previews:
// a title, numbered headings, ~30 paragraphs, one table), A4 with GB/T 9704
// margins, Chinese fonts, a page-number footer — through Packer.toBuffer and
// onto disk, N times. It does no loading, validation or templating: that is
// the point, it is the cost of the .docx alone.
// The docx library is a devDependency for this peer alone (the tool itself no longer
// uses it), pinned to 9.7.1: docx ≥ 9.7.2 depends on nanoid 6, whose engines
// (^22 || ^24 || >=26) make `npm ci` warn EBADENGINE on the Node 20 we support.
// Usage: node bench/docx-peer.mjs OUT_DIR N report1.md [report2.md …]
// With N = 1 it is the cold peer: Node's start, docx's load and one report.
// Prints one JSON line: per-report median ms inside the loop.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { reportOfMarkdown } from './report-text.mjs';

const [outDir, nArg, ...mdFiles] = process.argv.slice(2);
const N = Number(nArg);
const reports = mdFiles.map((f) => reportOfMarkdown(readFileSync(f, 'utf8')));

const cm = (x) => Math.round((x / 2.54) * 1440);
const body = (text) => new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' }, children: [new TextRun({ text, font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman' }, size: 32 })] });

function documentOf(r, i) {
  const children = [new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, children: [new TextRun({ text: r.title, font: { eastAsia: '方正小标宋简体' }, size: 44 })] })];
  // A number that differs per report, so no two documents are alike (as in the batch).
  for (const b of r.blocks) children.push(b.h ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: b.h, font: { eastAsia: '黑体' }, size: 32 })] }) : body(b.p.replace(/\d+人参加/, `${i % 50}人参加`)));
  // The same report's text: since issue 19 the statistics table is attached only on request, so most reports have none.
  if (r.table.length > 0) children.push(new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: r.table.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, size: 24 })] })] })) })),
  }));
  return new Document({
    creator: 'bench', title: r.title,
    styles: { default: { document: { run: { font: '仿宋_GB2312', size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: cm(21), height: cm(29.7) }, margin: { top: cm(3.7), bottom: cm(3.5), left: cm(2.8), right: cm(2.6) } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })] }) },
      children,
    }],
  });
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const ms = [];
for (let i = 0; i < N; i++) {
  const start = process.hrtime.bigint();
  const buf = await Packer.toBuffer(documentOf(reports[i % reports.length], i));
  writeFileSync(path.join(outDir, `report-${i}.docx`), buf);
  ms.push(Number(process.hrtime.bigint() - start) / 1e6);
}
ms.sort((a, b) => a - b);
console.log(JSON.stringify({ n: N, median: ms[Math.floor(ms.length / 2)], paragraphs: reports[0].blocks.length, tableRows: reports[0].table.length }));
