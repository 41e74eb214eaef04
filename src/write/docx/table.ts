/**
 * Table blocks (w:tbl, ECMA-376 §17.4): a title line above (centred, 黑体),
 * the table in 四号 with an exact line of its own (so rows don't clip under the
 * body's exact 28.95 pt lines, layout pitfall 2), and an optional note below.
 */
import type { Block } from '../../document/model.js';
import { LINE, TABLE, TEXT_WIDTH } from './layout.js';
import { estimateLines } from './line-estimate.js';
import { paragraphXml, type ParagraphProps } from './paragraph.js';
import { textRuns } from './run.js';
import type { TextCleaner } from './sanitize-text.js';
import { STYLE, tableTextStyle } from './styles.js';
import { headerLines, tableLayout } from './table-layout.js';
import { CUT_LINE, tablePages } from './table-pages.js';
import { el } from './xml.js';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Column widths in twips (table-layout.ts), kept for callers that only want the widths. */
export function columnWidths(header: string[], rows: string[][]): number[] {
  return tableLayout(header, rows).widths;
}

type Merge = 'restart' | 'continue' | undefined;

/**
 * For each row and column of one page's piece: start a merged run, continue
 * one, or neither. Computed per piece, so a category that runs on over a cut
 * starts again, named, on the next page.
 */
function merges(rows: readonly string[][], mergeColumns: readonly number[], count: number): Merge[][] {
  const cols = new Set(mergeColumns);
  return rows.map((row, r) =>
    Array.from({ length: count }, (_, c): Merge => {
      if (!cols.has(c)) return undefined;
      const v = row[c] ?? '';
      const same = (other: string[] | undefined) => other !== undefined && v !== '' && (other[c] ?? '') === v;
      if (same(rows[r - 1])) return 'continue';
      return same(rows[r + 1]) ? 'restart' : undefined;
    }),
  );
}

const SINGLE = { 'w:val': 'single', 'w:sz': 4, 'w:color': 'auto' } as const;
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => el(`w:${side}`, SINGLE)).join('')}</w:tblBorders>`;

/** CT_TblPr: width, centred, single borders, fixed layout, cell margins once for the table (not on every cell). */
function tablePropertiesXml(): string {
  const margin = (side: string, w: number) => el(`w:${side}`, { 'w:w': w, 'w:type': 'dxa' });
  const margins =
    margin('top', TABLE.cellMarginTopBottom) +
    margin('left', TABLE.cellMarginLeftRight) +
    margin('bottom', TABLE.cellMarginTopBottom) +
    margin('right', TABLE.cellMarginLeftRight);
  return `<w:tblPr>${el('w:tblW', { 'w:w': TEXT_WIDTH, 'w:type': 'dxa' })}<w:jc w:val="center"/>${BORDERS}<w:tblLayout w:type="fixed"/><w:tblCellMar>${margins}</w:tblCellMar></w:tblPr>`;
}

function cellXml(text: string, width: number, cleaner: TextCleaner, p: ParagraphProps, bold: boolean, merge: Merge): string {
  const tcPr = `<w:tcPr>${el('w:tcW', { 'w:w': width, 'w:type': 'dxa' })}${merge === undefined ? '' : `<w:vMerge w:val="${merge}"/>`}<w:vAlign w:val="center"/></w:tcPr>`;
  return `<w:tc>${tcPr}${paragraphXml(p, merge === 'continue' ? [] : textRuns(text, cleaner, { bold }))}</w:tc>`;
}

/** The note's exact line and the space above it (styles.ts GwTableNote). */
const NOTE = { line: TABLE.line, before: 60 } as const;

/** Twips the note takes under the table. */
const noteHeight = (note: string) => (note === '' ? 0 : NOTE.before + estimateLines(note, 0, TEXT_WIDTH / (TABLE.fontSize * 10)) * NOTE.line);

/**
 * The table's XML: its title line (carrying the page break), the table (in
 * pieces, one a page, when `firstPage` — the twips free above it on its page —
 * is known: table-pages.ts), and its note.
 */
export function tableXml(block: TableBlock, cleaner: TextCleaner, pageBreakBefore: boolean, firstPage?: number): string {
  const layout = tableLayout(block.header, block.rows);
  const { widths, size } = layout;
  const count = widths.length;
  const pad = (r: readonly string[]) => widths.map((_, i) => r[i] ?? '');
  let out = '';
  const title = block.title === undefined ? '' : cleaner.clean(block.title).trim();
  if (title !== '' || pageBreakBefore) {
    // A table row cannot carry pageBreakBefore, so the break rides on the title line.
    out += paragraphXml({ style: STYLE.tableTitle, pageBreakBefore: pageBreakBefore || undefined }, textRuns(title, cleaner));
  }
  // Cleaned once: what was removed is counted once (the text cleaned again loses nothing more).
  const note = block.note === undefined ? '' : cleaner.clean(block.note).trim();
  const header = pad(block.header).map((h, i) => headerLines(h, widths[i] ?? 0, size));
  const pages =
    firstPage === undefined
      ? { pieces: [block.rows.map((_, i) => i)], line: 0, styleLine: 0 }
      : tablePages({ header, rows: block.rows, widths, size, firstPage: firstPage - (title === '' ? 0 : LINE), note: noteHeight(note) });
  // A tightened table says its line on every cell; otherwise the style's line holds.
  const cell: ParagraphProps = { style: tableTextStyle(size), ...(pages.line !== pages.styleLine && { spacing: { line: pages.line, lineRule: 'exact' } }) };
  const cells = (row: readonly string[], bold: boolean, merge: (i: number) => Merge) =>
    pad(row).map((t, i) => cellXml(t, widths[i] ?? 0, cleaner, cell, bold, merge(i))).join('');
  const grid = `<w:tblGrid>${widths.map((w) => el('w:gridCol', { 'w:w': w })).join('')}</w:tblGrid>`;
  pages.pieces.forEach((piece, p) => {
    // Each piece after the first starts a page; the paragraph that must stand between two tables carries the break, one CUT_LINE high.
    if (p > 0) out += paragraphXml({ pageBreakBefore: true, spacing: { before: 0, after: 0, line: CUT_LINE, lineRule: 'exact' } });
    const rows = piece.map((i) => block.rows[i] as string[]);
    const merged = merges(rows, block.mergeRepeats ?? [], count);
    // The header row repeats at the top of every page the table runs onto (w:tblHeader); no row splits.
    let xml = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells(header, true, () => undefined)}</w:tr>`;
    rows.forEach((r, ri) => {
      xml += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells(r, false, (i) => merged[ri]?.[i])}</w:tr>`;
    });
    out += `<w:tbl>${tablePropertiesXml()}${grid}${xml}</w:tbl>`;
  });
  if (note !== '') out += paragraphXml({ style: STYLE.tableNote }, textRuns(note, cleaner));
  return out;
}
