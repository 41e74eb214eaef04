/**
 * Where a table's pages end, decided by the writer rather than left to the
 * reader, for a table whose start on its page is known: an attachment's table
 * starts on the fourth line of a fresh page (附件, a blank line, the title).
 * Left to the reader, the statistics table's 27th row went over alone with the
 * repeated header, its 类别 cell empty because the merged cell began on the
 * page before (issue 20).
 *
 * So: a table that fits its page stays whole; one that overruns by a little has
 * its rows tightened to fit (down to MIN_LINE_SHARE of the exact line); a
 * longer one is cut into pages here, each a table of its own with the header
 * repeated, the last holding at least MIN_LAST_ROWS rows, and a category that
 * runs on over a cut is named again at the top of the next page.
 *
 * Row heights: every cell has an exact line (styles.ts) and no top or bottom
 * margin, so a row is its lines × that line, plus its border. LibreOffice draws
 * a 20 pt row 20.5 pt apart; ROW_EXTRA is counted as twice that, for readers
 * that draw borders thicker.
 */
import { estimateLines, LATIN_CELL } from './line-estimate.js';
import { LINE, TABLE } from './layout.js';
import { PADDING, type TableSize } from './table-layout.js';

/** Twips a row takes beyond its lines (its border; see the module comment). */
export const ROW_EXTRA = 20;
/** A tightened table's line is never below this share of its exact line (20 pt → 17 pt at 四号). */
export const MIN_LINE_SHARE = 0.85;
/** The last page of a cut table holds at least this many rows (or all, when there are fewer). */
export const MIN_LAST_ROWS = 3;
/** The paragraph between two pieces of a cut table carries the page break: an exact line this high. */
export const CUT_LINE = 20;
/** A page's text block, in twips. */
export const PAGE_HEIGHT = 22 * LINE;

export interface TablePages {
  /** Rows (indexes into the block's rows) of each page's piece. */
  pieces: number[][];
  /** The cells' exact line, in twips: the style's, or tightened to fit one page. */
  line: number;
  /** The style's line, to tell whether `line` was tightened. */
  styleLine: number;
}

/** Lines of a cell's text in a column `width` twips wide at `size` half-points. */
export function cellLines(text: string, width: number, size: TableSize): number {
  const ems = Math.max(1, (width - PADDING) / (size * 10));
  return text.split('\n').reduce((n, line) => n + estimateLines(line, 0, Math.max(ems, LATIN_CELL)), 0);
}

const rowLines = (row: readonly string[], widths: readonly number[], size: TableSize) =>
  Math.max(1, ...widths.map((w, i) => cellLines(row[i] ?? '', w, size)));

export interface TablePageInput {
  header: readonly string[];
  rows: readonly string[][];
  widths: readonly number[];
  size: TableSize;
  /** Twips free on the table's first page, below whatever precedes it. */
  firstPage: number;
  /** Twips the note under the table takes (0 without one): it stays on the table's last page. */
  note: number;
}

/** The table's pages, as the module comment says. */
export function tablePages(t: TablePageInput): TablePages {
  const styleLine = Math.round((TABLE.line * t.size) / TABLE.fontSize);
  const header = rowLines(t.header, t.widths, t.size);
  const lines = t.rows.map((r) => rowLines(r, t.widths, t.size));
  const allLines = header + lines.reduce((a, b) => a + b, 0);
  const extra = (t.rows.length + 1) * ROW_EXTRA;
  const all = t.rows.map((_, i) => i);
  if (allLines * styleLine + extra + t.note <= t.firstPage) return { pieces: [all], line: styleLine, styleLine };
  const tight = Math.floor((t.firstPage - extra - t.note) / allLines);
  if (tight >= Math.ceil(styleLine * MIN_LINE_SHARE)) return { pieces: [all], line: tight, styleLine };

  // Cut into pages: fill each, the last also holding the note.
  const height = (n: number) => n * styleLine + ROW_EXTRA;
  const pieces: number[][] = [];
  let piece: number[] = [];
  let used = height(header);
  let room = t.firstPage;
  for (const [i, n] of lines.entries()) {
    if (piece.length > 0 && used + height(n) > room) {
      pieces.push(piece);
      piece = [];
      used = height(header);
      room = PAGE_HEIGHT - CUT_LINE;
    }
    piece.push(i);
    used += height(n);
  }
  // The note needs its room on the last page; else the last rows go over to a page of their own with it.
  if (used + t.note > room && piece.length > 1) {
    const carried: number[] = [];
    while (used + t.note > room && piece.length > 1) {
      const moved = piece.pop() as number;
      carried.unshift(moved);
      used -= height(lines[moved] ?? 1);
    }
    pieces.push(piece);
    piece = carried;
  }
  pieces.push(piece);
  // The last page holds a few rows, not one: take them from the page before (which then ends a little early).
  const last = pieces[pieces.length - 1] as number[];
  const before = pieces[pieces.length - 2];
  while (before && last.length < MIN_LAST_ROWS && before.length > MIN_LAST_ROWS) last.unshift(before.pop() as number);
  return { pieces: pieces.filter((p) => p.length > 0), line: styleLine, styleLine };
}
