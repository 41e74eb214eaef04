/**
 * GB/T 9704 §7.3.1: a title too long for one line breaks “词意完整，排列对称，
 * 长短适宜” — into lines of whole words, shaped as a trapezoid. Word and
 * LibreOffice would otherwise wrap wherever the line ends (“……工作情 / 况汇总”).
 *
 * A title the office broke itself (a `\n` in report.title) is left as written.
 */

/** 二号 (22 pt) characters in the 156 mm text block: 156 / 7.76 ≈ 20. */
export const TITLE_CAPACITY = 20;

/**
 * Places a title may break before: the words that begin the parts of an
 * office's or a roll-up's title (year | place | office | what it is).
 */
const BREAK_BEFORE = ['政协', '工作总结', '工作情况', '各镇', '关于', '年度'];
/** …and after: the ends of a place or a bracket. */
const BREAK_AFTER = ['）', '镇', '乡', '街道', '年'];

/** Width in character cells: CJK and full-width 1, ASCII digits and letters ½. */
export function cells(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return w;
}

function breakPoints(text: string): number[] {
  const points = new Set<number>();
  for (const word of BREAK_BEFORE) for (let i = text.indexOf(word, 1); i > 0; i = text.indexOf(word, i + 1)) points.add(i);
  for (const word of BREAK_AFTER) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const at = i + word.length;
      if (at < text.length) points.add(at);
    }
  }
  // Never start a line with closing punctuation, nor end one with opening punctuation.
  const closing = /^[）》」』”’、，。；：！？]/u;
  const opening = /[（《「『“‘]$/u;
  return [...points].filter((i) => !closing.test(text.slice(i)) && !opening.test(text.slice(0, i))).sort((a, b) => a - b);
}

/** The title's lines: one when it fits, else two (or three) of whole words and near-equal length. */
export function titleLines(title: string, capacity = TITLE_CAPACITY): string[] {
  if (title.includes('\n') || cells(title) <= capacity) return [title];
  const points = breakPoints(title);
  let best: { lines: string[]; score: number } | undefined;
  const consider = (lines: string[]) => {
    const widths = lines.map(cells);
    if (widths.some((w) => w > capacity)) return;
    // Lines of near-equal length (a trapezoid either way up is allowed), and as few as will do.
    const spread = Math.max(...widths) - Math.min(...widths);
    const score = spread + lines.length * 3;
    if (!best || score < best.score) best = { lines, score };
  };
  for (const a of points) {
    consider([title.slice(0, a), title.slice(a)]);
    for (const b of points) if (b > a) consider([title.slice(0, a), title.slice(a, b), title.slice(b)]);
  }
  // No word boundary fits: leave the wrapping to the word processor rather than cut a word.
  return best?.lines ?? [title];
}
