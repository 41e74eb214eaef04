/**
 * Column widths and text size of a table, chosen so that a number never
 * breaks inside itself (the roll-up's “112/4”).
 *
 * Each column gets at least its minimum: the widest number or Latin word in
 * its body (which must not wrap), or two header lines' worth of its header
 * (at least two characters a line), or a short Chinese cell whole (up to five
 * characters: 雁泉街道 stays on one line; longer text may wrap).
 * When the minimums do not fit the text block at 四号, the table's text
 * shrinks a step at a time (小四, 五号, 小五), the way offices shrink a wide
 * table, rather than turning it landscape; what is left over goes to each
 * column towards its natural (unwrapped) width, then in proportion.
 */
import { TABLE, TEXT_WIDTH } from './layout.js';

/** Table text sizes tried, in half-points: 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
export const TABLE_SIZES = [28, 24, 21, 18] as const;
export type TableSize = (typeof TABLE_SIZES)[number];

/**
 * A Latin character's width as a share of the font size. 仿宋_GB2312's digits
 * are half a cell, but a reader without it gets another font, whose digits
 * may be wider: LibreOffice here fell back to DejaVu Sans (0.64 em) and broke
 * a seven-digit number sized at 0.6. Numbers are sized at 0.7.
 */
export const LATIN_EM = 0.7;

/** A Chinese cell up to this many characters (a township's name) does not wrap. */
const WHOLE_CJK = 5;

const isWide = (ch: string) => (ch.codePointAt(0) ?? 0) >= 0x2e80;

/** Width in ems of text on one line. */
function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch) ? 1 : LATIN_EM;
  return w;
}

/** The widest run of characters that may not break: Latin letters, digits and their punctuation. */
function widestUnbreakable(text: string): number {
  let widest = 0;
  for (const token of text.split(/[\s\u2e80-\uffff]+/u)) widest = Math.max(widest, ems(token));
  return widest;
}

interface ColumnNeed {
  /** In ems: what the column cannot go below. */
  min: number;
  /** In ems: the width at which nothing wraps. */
  natural: number;
}

function needs(header: readonly string[], rows: readonly string[][], count: number): ColumnNeed[] {
  const out: ColumnNeed[] = [];
  for (let c = 0; c < count; c += 1) {
    const cells = rows.map((r) => r[c] ?? '');
    const head = header[c] ?? '';
    const headLines = head.split('\n');
    let min = Math.max(1, ...headLines.map((l) => Math.max(widestUnbreakable(l), Math.min(2, ems(l)), Math.ceil(ems(l) / 2))));
    let natural = Math.max(1, ...headLines.map(ems));
    for (const cell of cells) {
      for (const line of cell.split('\n')) {
        min = Math.max(min, widestUnbreakable(line), ems(line) <= WHOLE_CJK ? ems(line) : 2);
        natural = Math.max(natural, ems(line));
      }
    }
    out.push({ min, natural: Math.max(min, natural) });
  }
  return out;
}

export interface TableLayout {
  /** Column widths in twips, summing to the text block's width. */
  widths: number[];
  /** Text size in half-points. */
  size: TableSize;
  /** True when even 小五 cannot hold every column's minimum (then numbers may wrap). */
  overflow: boolean;
}

/** One em at `size` half-points, in twips. */
const emTwips = (size: number) => size * 10;
/** The cell's left and right margins, and 40 twips for its borders: without them LibreOffice wrapped 清泉街道 in a cell of exactly its width. */
export const PADDING = 2 * TABLE.cellMarginLeftRight + 40;

function distribute(min: number[], natural: number[], width: number): number[] {
  const widths = [...min];
  let spare = width - widths.reduce((a, b) => a + b, 0);
  // First towards each column's natural width, in proportion to what it lacks.
  const lack = natural.map((n, i) => Math.max(0, n - (min[i] ?? 0)));
  const totalLack = lack.reduce((a, b) => a + b, 0);
  if (totalLack > 0 && spare > 0) {
    const give = Math.min(spare, totalLack);
    lack.forEach((l, i) => (widths[i] = (widths[i] ?? 0) + Math.floor((l * give) / totalLack)));
    spare = width - widths.reduce((a, b) => a + b, 0);
  }
  // Then what is left, in proportion to the widths.
  if (spare > 0) {
    const total = widths.reduce((a, b) => a + b, 0);
    const base = [...widths];
    base.forEach((w, i) => (widths[i] = w + Math.floor((w * spare) / total)));
  }
  // The rounding remainder to the last column, so the table fills the block exactly.
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function tableLayout(header: readonly string[], rows: readonly string[][], width = TEXT_WIDTH): TableLayout {
  const count = Math.max(header.length, ...rows.map((r) => r.length), 1);
  const need = needs(header, rows, count);
  for (const size of TABLE_SIZES) {
    const min = need.map((n) => Math.ceil(n.min * emTwips(size)) + PADDING);
    if (min.reduce((a, b) => a + b, 0) > width) continue;
    const natural = need.map((n) => Math.ceil(n.natural * emTwips(size)) + PADDING);
    return { widths: distribute(min, natural, width), size, overflow: false };
  }
  // Nothing fits even at 小五: proportional to the minimums, and said so (overflow).
  const size = TABLE_SIZES[TABLE_SIZES.length - 1] as TableSize;
  const min = need.map((n) => n.min);
  const total = min.reduce((a, b) => a + b, 0);
  return { widths: distribute(min.map((m) => Math.floor((m * width) / total)), min.map(() => 0), width), size, overflow: true };
}

const NO_LINE_START = new Set('、，。；：？！）》”’');

/**
 * A header cell's text with its line breaks chosen: one line when it fits the
 * column, else lines of near-equal length (“走访/委员”, never “走访委/员” as a
 * reader wraps a four-character header in a three-character column), never
 * breaking a Latin run nor starting a line with a closing mark.
 */
export function headerLines(text: string, width: number, size: TableSize): string {
  const room = (width - PADDING) / emTwips(size);
  if (text.includes('\n') || ems(text) <= room) return text;
  const tokens = text.match(/[\x21-\x7e]+|./gu) ?? [text];
  const lines = Math.ceil(ems(text) / room);
  const target = ems(text) / lines;
  const out: string[] = [];
  let line = '';
  for (const [i, token] of tokens.entries()) {
    line += token;
    const next = tokens[i + 1];
    const breakHere = out.length < lines - 1 && ems(line) >= target - 0.01 && next !== undefined && !NO_LINE_START.has(next);
    if (breakHere) {
      out.push(line);
      line = '';
    }
  }
  if (line !== '') out.push(line);
  return out.join('\n');
}
