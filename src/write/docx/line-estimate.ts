/**
 * How many lines a paragraph takes on the 28-a-line measure, estimated the way
 * Word and LibreOffice break Chinese text, so the writer can see where pages
 * will end (pagination.ts) without a layout engine. An estimate: a reader's
 * font can make digits wider or narrower than assumed here; the decisions made
 * from it leave a margin for that.
 *
 * Widths are in character cells (one 三号 Chinese character). Rules:
 * - a Chinese character or full-width mark is one cell; a run of Latin letters
 *   and digits is never broken and each takes LATIN_CELL; where Chinese meets
 *   Latin, readers add a little space (AUTOSPACE);
 * - a closing mark that may hang (、，。．) stays on a full line, past its end
 *   (both readers hang it by default);
 * - any other mark that may not start a line (）》”；：？！…) takes the
 *   character before it to the next line; an opening mark (（《“) that would
 *   end a line goes to the next one.
 */

/** Cells on a full line of body text (§5.2.3). */
export const LINE_CELLS = 28;
/** A Latin letter or digit, in cells: half in 仿宋_GB2312, wider in the fonts readers substitute. */
export const LATIN_CELL = 0.6;
/** The space readers put where Chinese and Latin text meet, in cells. */
export const AUTOSPACE = 0.2;

const HANGING = new Set('、，。．');
const NO_START = new Set('、，。．；：？！）》」』】〕〉”’…—·');
const NO_END = new Set('（《「『【〔〈“‘');
/** Narrow Latin punctuation, in cells. */
const NARROW = new Set('.,:;!\'|()[] ');
const latinWidth = (run: string) => [...run].reduce((w, ch) => w + (NARROW.has(ch) ? LATIN_CELL / 2 : LATIN_CELL), 0);

const isWide = (ch: string) => (ch.codePointAt(0) ?? 0) >= 0x2e80;

interface Token {
  text: string;
  width: number;
}

/** Chinese characters one by one, Latin runs whole, with the space where the two meet. */
function tokens(line: string): Token[] {
  const out: Token[] = [];
  let latin = '';
  const flush = () => {
    if (latin === '') return;
    const gap = out.length > 0 && /^[A-Za-z0-9]/.test(latin) ? AUTOSPACE : 0;
    out.push({ text: latin, width: latinWidth(latin) + gap });
    latin = '';
  };
  for (const ch of line) {
    if (isWide(ch) || HANGING.has(ch) || NO_START.has(ch) || NO_END.has(ch)) {
      // Readers space Chinese from Latin letters and digits, not from Latin punctuation (“3.引导”).
      const afterLatin = /[A-Za-z0-9]$/.test(latin);
      flush();
      out.push({ text: ch, width: (isWide(ch) ? 1 : LATIN_CELL) + (afterLatin && isWide(ch) ? AUTOSPACE : 0) });
    } else latin += ch;
  }
  flush();
  return out;
}

/** Width in cells of text set on one line, Latin runs and the space around them included. */
export function lineCells(text: string): number {
  return tokens(text).reduce((w, t) => w + t.width, 0);
}

/** Lines of one line of text (no `\n`), the first with `first` cells, the others with `rest`. */
function linesOf(text: string, first: number, rest: number): number {
  const ts = tokens(text);
  if (ts.length === 0) return 1;
  let lines = 1;
  let cap = first;
  let used = 0;
  let previous: Token | undefined;
  for (const t of ts) {
    const start = t.text[0] ?? '';
    if (used === 0 || used + t.width <= cap + 1e-9) {
      used += t.width;
    } else if (t.text.length === 1 && HANGING.has(start)) {
      used = cap; // hangs past the end; the next token starts a new line
    } else {
      lines += 1;
      cap = rest;
      // A mark that may not start a line takes the character before it along; an opening mark left at the end follows.
      const carried = previous && (NO_START.has(start) || NO_END.has(previous.text.at(-1) ?? '')) ? previous.width : 0;
      used = carried + t.width;
    }
    previous = t;
  }
  return lines;
}

/**
 * Lines a paragraph takes: `indent` cells taken from its first line (two for
 * body text), `\n` a line break (the next line starts at the margin).
 */
export function estimateLines(text: string, indent = 2, cells = LINE_CELLS): number {
  return text.split('\n').reduce((n, line, i) => n + linesOf(line, cells - (i === 0 ? indent : 0), cells), 0);
}
