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
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { Block } from '../../../src/document/model.js';
import { TABLE, TEXT_WIDTH } from './layout.js';
import { tableLayout } from './table-layout.js';
import type { TextCleaner } from './sanitize-text.js';
import { STYLE, tableTextStyle } from './styles.js';
import { textRuns } from './text-runs.js';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Column widths in twips (table-layout.ts), kept for callers that only want the widths. */
export function columnWidths(header: string[], rows: string[][]): number[] {
  return tableLayout(header, rows).widths;
}

type Merge = 'restart' | 'continue' | undefined;

function cell(text: string, width: number, cleaner: TextCleaner, style: string, bold: boolean, merge: Merge): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(merge === undefined ? {} : { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
    children: [new Paragraph({ style, children: merge === 'continue' ? [] : textRuns(text, cleaner, { bold }) })],
  });
}

/** For each row and column: start a merged run, continue one, or neither. */
function merges(block: TableBlock, count: number): Merge[][] {
  const cols = new Set(block.mergeRepeats ?? []);
  return block.rows.map((row, r) =>
    Array.from({ length: count }, (_, c): Merge => {
      if (!cols.has(c)) return undefined;
      const v = row[c] ?? '';
      const same = (other: string[] | undefined) => other !== undefined && v !== '' && (other[c] ?? '') === v;
      if (same(block.rows[r - 1])) return 'continue';
      return same(block.rows[r + 1]) ? 'restart' : undefined;
    }),
  );
}

export function tableBlocks(
  block: TableBlock,
  cleaner: TextCleaner,
  pageBreakBefore: boolean,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const layout = tableLayout(block.header, block.rows);
  const widths = layout.widths;
  const style = tableTextStyle(layout.size);
  const merged = merges(block, widths.length);
  const pad = (r: string[]) => widths.map((_, i) => r[i] ?? '');
  const title = block.title === undefined ? '' : cleaner.clean(block.title).trim();
  if (title !== '' || pageBreakBefore) {
    // A table row cannot carry pageBreakBefore, so the break rides on the title line.
    out.push(new Paragraph({ style: STYLE.tableTitle, pageBreakBefore, children: textRuns(title, cleaner) }));
  }
  const rows = [
    new TableRow({
      // Repeated at the top of every page the table runs onto (w:tblHeader).
      tableHeader: true,
      cantSplit: true,
      children: pad(block.header).map((t, i) => cell(t, widths[i] ?? 0, cleaner, style, true, undefined)),
    }),
    ...block.rows.map(
      (r, ri) =>
        new TableRow({
          cantSplit: true,
          children: pad(r).map((t, i) => cell(t, widths[i] ?? 0, cleaner, style, false, merged[ri]?.[i])),
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
