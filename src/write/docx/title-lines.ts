/**
 * GB/T 9704 §7.3.1: a title too long for one line breaks “词意完整，排列对称，
 * 长短适宜” — into lines of whole words, shaped as a trapezoid. Word and
 * LibreOffice would otherwise wrap wherever the line ends (“……工作情 / 况汇总”).
 *
 * A title the office broke itself (a `\n` in report.title) is left as written.
 */

import { AUTOSPACE, LATIN_CELL } from './line-estimate.js';

/** 二号 (22 pt) characters in the 156 mm text block: 156 / 7.76 ≈ 20. */
export const TITLE_CAPACITY = 20;

/**
 * Places a title may break before: the words that begin the parts of an
 * office's or a roll-up's title (year | place | office | what it is).
 */
const BREAK_BEFORE = ['政协', '工作总结', '工作情况', '各镇', '关于', '年度'];
/** …and after: the ends of a place or a bracket. */
const BREAK_AFTER = ['）', '镇', '乡', '街道', '年'];

/**
 * Width in character cells as readers draw a title: CJK and full-width 1; a
 * Latin digit or letter LATIN_CELL (half a cell in 小标宋, wider in the fonts
 * readers substitute); and the space readers put where Chinese meets Latin
 * (AUTOSPACE). “2021年雁泉街道政协联络工作委员会工作总结” counted digits as ½ and
 * no space: 20 cells, so one line, which LibreOffice wrapped before its last 结.
 */
export function cells(text: string): number {
  const w = prefixWidths(text);
  return w[w.length - 1] ?? 0;
}

/** Lines a title may take; a title wider than this many full lines is left to the word processor. */
export const MAX_TITLE_LINES = 3;

const CLOSING = new Set('）》」』”’、，。；：！？');
const OPENING = new Set('（《「『“‘');

function breakPoints(text: string): number[] {
  const points = new Set<number>();
  for (const word of BREAK_BEFORE) for (let i = text.indexOf(word, 1); i > 0; i = text.indexOf(word, i + 1)) points.add(i);
  for (const word of BREAK_AFTER) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const at = i + word.length;
      if (at < text.length) points.add(at);
    }
  }
  // Never start a line with closing punctuation, nor end one with opening punctuation; and a bracket
  // belongs to the word before it (“各镇（街道）”), so no line starts with one either.
  return [...points].filter((i) => !CLOSING.has(text.charAt(i)) && !OPENING.has(text.charAt(i - 1)) && !OPENING.has(text.charAt(i))).sort((a, b) => a - b);
}

const isWide = (code: number) => code >= 0x2e80;
const isLatinWord = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * widths[i] = cells(text.slice(0, i)), for every UTF-16 index: a line's width is
 * then one subtraction (the space between a line's last and the next line's
 * first character, where a break falls, is counted on the first line: a line
 * may be a fifth of a cell narrower than measured, never wider).
 */
function prefixWidths(text: string): number[] {
  const widths = [0];
  let w = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The low half of a surrogate pair adds nothing; the pair counts once (it is ≥ U+2E80, so 1).
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0)) {
      if (previous >= 0 && ((isWide(previous) && isLatinWord(code)) || (isLatinWord(previous) && isWide(code)))) w += AUTOSPACE;
      w += isWide(code) ? 1 : LATIN_CELL;
      previous = code;
    }
    widths.push(w);
  }
  return widths;
}

/**
 * The title's lines: one when it fits, else two (or three) of whole words and
 * near-equal length. A title wider than three full lines has no such split, so
 * it is returned whole before any pair of break points is tried: the search
 * below then runs over at most a few dozen points, whatever the input (a name
 * of 政协 × 2000 once took 90 s here).
 */
export function titleLines(title: string, capacity = TITLE_CAPACITY): string[] {
  if (title.includes('\n')) return [title];
  const total = cells(title);
  if (total <= capacity) return [title];
  if (total > capacity * MAX_TITLE_LINES) return [title];
  const points = breakPoints(title);
  const w = prefixWidths(title);
  const width = (from: number, to: number) => (w[to] ?? 0) - (w[from] ?? 0);
  const end = title.length;
  let best: { cuts: number[]; score: number } | undefined;
  const consider = (cuts: number[]) => {
    const bounds = [0, ...cuts, end];
    const widths = bounds.slice(1).map((b, i) => width(bounds[i] ?? 0, b));
    if (widths.some((x) => x > capacity)) return;
    // Lines of near-equal length (a trapezoid either way up is allowed), and as few as will do.
    const spread = Math.max(...widths) - Math.min(...widths);
    const score = spread + widths.length * 3;
    if (!best || score < best.score) best = { cuts, score };
  };
  for (const a of points) {
    if (width(0, a) > capacity) break;
    consider([a]);
    for (const b of points) if (b > a && width(a, b) <= capacity) consider([a, b]);
  }
  // No word boundary fits: leave the wrapping to the word processor rather than cut a word.
  if (!best) return [title];
  const bounds = [0, ...best.cuts, end];
  return bounds.slice(1).map((b, i) => title.slice(bounds[i] ?? 0, b));
}
