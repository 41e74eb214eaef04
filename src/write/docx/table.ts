/**
 * Table blocks: a title line above (centred, 黑体), the table in 四号 with
 * single spacing of its own (so rows don't clip under the body's exact
 * 28.95 pt lines, layout pitfall 2), and an optional note below.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block } from '../../document/model.js';
import { TABLE, TEXT_WIDTH } from './layout.js';
import type { TextCleaner } from './sanitize-text.js';
import { STYLE } from './styles.js';
import { textRuns } from './text-runs.js';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Display width of a cell's longest line, in half cells (CJK = 2, ASCII = 1). */
function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) {
    let w = 0;
    for (const ch of line) w += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 1 : 2;
    widest = Math.max(widest, w);
  }
  return widest;
}

/**
 * Column widths proportional to each column's widest text, clamped so a long
 * column cannot squeeze the others to nothing, and summing to the text block.
 */
export function columnWidths(header: string[], rows: string[][]): number[] {
  const count = Math.max(header.length, ...rows.map((r) => r.length), 1);
  const weights: number[] = [];
  for (let c = 0; c < count; c += 1) {
    // A header may wrap onto two lines; a number in the body should not break at all.
    const body = Math.max(0, ...rows.map((r) => displayWidth(r[c] ?? '')));
    const head = Math.ceil(displayWidth(header[c] ?? '') / 2);
    weights.push(Math.min(24, Math.max(5, body + 1, head)));
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w * TEXT_WIDTH) / total));
  // Give the rounding remainder to the last column so the table fills the block exactly.
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(text: string, width: number, cleaner: TextCleaner, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ style: STYLE.tableText, children: textRuns(text, cleaner, { bold }) })],
  });
}

export function tableBlocks(
  block: TableBlock,
  cleaner: TextCleaner,
  pageBreakBefore: boolean,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const widths = columnWidths(block.header, block.rows);
  const pad = (r: string[]) => widths.map((_, i) => r[i] ?? '');
  const title = block.title === undefined ? '' : cleaner.clean(block.title).trim();
  if (title !== '' || pageBreakBefore) {
    // A table row cannot carry pageBreakBefore, so the break rides on the title line.
    out.push(new Paragraph({ style: STYLE.tableTitle, pageBreakBefore, children: textRuns(title, cleaner) }));
  }
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: pad(block.header).map((t, i) => cell(t, widths[i] ?? 0, cleaner, true)),
    }),
    ...block.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: pad(r).map((t, i) => cell(t, widths[i] ?? 0, cleaner, false)),
        }),
    ),
  ];
  out.push(
    new Table({
      rows,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      // Cell margins once for the table (w:tblCellMar), not on every cell.
      margins: {
        top: TABLE.cellMarginTopBottom,
        bottom: TABLE.cellMarginTopBottom,
        left: TABLE.cellMarginLeftRight,
        right: TABLE.cellMarginLeftRight,
      },
    }),
  );
  if (block.note !== undefined && cleaner.clean(block.note).trim() !== '') {
    out.push(new Paragraph({ style: STYLE.tableNote, children: textRuns(block.note, cleaner) }));
  }
  return out;
}
