// The docxtemplater peer: the same report's text (its Markdown preview, as the
// docx-library peer takes it) poured into a .docx template with docxtemplater
// and PizZip — the other way JavaScript tools write Word files — and written
// to disk, N times in one process. With N = 1 it is the cold peer: Node's
// start, the two packages' load, one template read, rendered and zipped.
//
// docxtemplater is not a dependency of summary: bench/run.mjs installs it from
// the npm registry into its temp folder (PEERS_DIR) at bench time, refusing a
// version whose engines do not accept this Node, and makes the template first:
//   node bench/docxtemplater-peer.mjs --template TEMPLATE.docx COLUMNS
//   node bench/docxtemplater-peer.mjs PEERS_DIR TEMPLATE.docx OUT_DIR N report1.md [report2.md …]
// Prints one JSON line: per-report median ms inside the loop.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { reportOfMarkdown } from './report-text.mjs';

const args = process.argv.slice(2);
if (args[0] === '--template') await writeTemplate(args[1], Number(args[2]));
else await renderAll(...args);

/**
 * The template, written with the docx library (a devDependency's dependency
 * here, not timed): the same page, fonts and footer as the docx-library peer,
 * a loop over headings and paragraphs, a table whose row repeats.
 */
async function writeTemplate(file, columns) {
  const { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const cm = (x) => Math.round((x / 2.54) * 1440);
  const p = (text, more = {}) => new Paragraph({ ...more, children: [new TextRun({ text, font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman' }, size: 32 })] });
  const cell = (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, size: 24 })] })] });
  const row = Array.from({ length: columns }, (_, i) => `${i === 0 ? '{#rows}' : ''}{c${i}}${i === columns - 1 ? '{/rows}' : ''}`);
  const doc = new Document({
    creator: 'bench',
    styles: { default: { document: { run: { font: '仿宋_GB2312', size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: cm(21), height: cm(29.7) }, margin: { top: cm(3.7), bottom: cm(3.5), left: cm(2.8), right: cm(2.6) } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })] }) },
      children: [
        p('{title}', { alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE }),
        p('{#blocks}'), p('{#h}'), p('{h}', { heading: HeadingLevel.HEADING_1 }), p('{/h}'),
        p('{#p}'), p('{p}', { indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' } }), p('{/p}'), p('{/blocks}'),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: row.map(cell) })] }),
      ],
    }],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
}

async function renderAll(peersDir, template, outDir, nArg, ...mdFiles) {
  const require = createRequire(path.join(peersDir, 'peers.cjs'));
  const PizZip = require('pizzip');
  const Docxtemplater = require('docxtemplater');
  const N = Number(nArg);
  const reports = mdFiles.map((f) => reportOfMarkdown(readFileSync(f, 'utf8')));
  const templateBytes = readFileSync(template);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const ms = [];
  for (let i = 0; i < N; i++) {
    const start = process.hrtime.bigint();
    const r = reports[i % reports.length];
    // A number that differs per report, as in the docx-library peer and the batch.
    const blocks = r.blocks.map((b) => (b.p ? { p: b.p.replace(/\d+人参加/, `${i % 50}人参加`) } : b));
    const rows = r.table.map((cells) => Object.fromEntries(cells.map((c, k) => [`c${k}`, c])));
    const doc = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
    doc.render({ title: r.title, blocks, rows });
    writeFileSync(path.join(outDir, `report-${i}.docx`), doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  console.log(JSON.stringify({ n: N, median: ms[Math.floor(ms.length / 2)], paragraphs: reports[0].blocks.length, tableRows: reports[0].table.length }));
}
