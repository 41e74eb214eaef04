/**
 * A code frame under a diagnostic: numbered lines around the node and a caret
 * under it. Chinese characters take two columns in a terminal, so the caret is
 * placed by display width, not by character count.
 */

export interface FrameOptions {
  /** Lines shown before and after the marked line. */
  above?: number;
  below?: number;
}

/** Terminal width of one code point: 2 for CJK and full-width forms, else 1. */
export function charWidth(cp: number): number {
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Bidi controls and the line and paragraph separators: shown raw they turn a line around or break it. */
const isLayoutControl = (code: number): boolean =>
  code === 0x061c || (code >= 0x200b && code <= 0x200f) || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || code === 0x2060 || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;

/**
 * Make one source line safe to print: tabs become spaces, invisible characters
 * a visible stand-in (printing a raw control character could garble the
 * terminal). Returns the shown text and the display column of each UTF-16 index.
 */
function displayLine(line: string): { text: string; colAt: number[] } {
  let text = '';
  const colAt: number[] = [];
  let col = 0;
  for (let i = 0; i < line.length; i++) {
    colAt[i] = col;
    const code = line.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const next = line.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      const cp = line.codePointAt(i)!;
      text += String.fromCodePoint(cp);
      colAt[i + 1] = col;
      col += charWidth(cp);
      i++;
      continue;
    }
    if (line[i] === '\t') {
      text += '  ';
      col += 2;
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff) || isLayoutControl(code)) {
      text += '�';
      col += 1;
    } else {
      text += line[i];
      col += charWidth(code);
    }
  }
  colAt[line.length] = col;
  return { text, colAt };
}

/** Characters of a long line shown before and after the marked column: a minified line is 2 MB. */
const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 80;

/** The lines of the last source framed: a file with many diagnostics is split once, not once per diagnostic. */
let cache: { source: string; lines: string[] } | undefined;
function linesOf(source: string): string[] {
  if (cache?.source !== source) cache = { source, lines: source.split(/\r?\n|\r/) };
  return cache.lines;
}

/** A window of `line` around UTF-16 index `at`, never splitting a surrogate pair; `offset` is where it starts. */
function windowOf(line: string, at: number): { text: string; offset: number; cutStart: boolean; cutEnd: boolean } {
  let from = Math.max(0, at - CONTEXT_BEFORE);
  let to = Math.min(line.length, at + CONTEXT_AFTER);
  const low = (i: number) => i > 0 && i < line.length && line.charCodeAt(i) >= 0xdc00 && line.charCodeAt(i) <= 0xdfff;
  if (low(from)) from--;
  if (low(to)) to++;
  return { text: line.slice(from, to), offset: from, cutStart: from > 0, cutEnd: to < line.length };
}

export function codeFrame(source: string, line: number, column: number, endLine?: number, endColumn?: number, opts: FrameOptions = {}): string {
  const lines = linesOf(source);
  if (line < 1 || line > lines.length) return '';
  const above = opts.above ?? 2;
  const below = opts.below ?? 1;
  const first = Math.max(1, line - above);
  const last = Math.min(lines.length, line + below);
  const gutter = String(last).length;
  const out: string[] = [];
  const markedRaw = lines[line - 1] ?? '';
  const startIdx = Math.min(Math.max(column - 1, 0), markedRaw.length);
  for (let n = first; n <= last; n++) {
    const raw = lines[n - 1] ?? '';
    // Every line is cut to the same window as the marked one, so the columns still line up.
    const win = windowOf(raw, n === line ? startIdx : Math.min(startIdx, raw.length));
    const lead = win.cutStart ? '…' : '';
    const { text, colAt } = displayLine(win.text);
    const mark = n === line ? '>' : ' ';
    out.push(`${mark} ${String(n).padStart(gutter)} | ${lead}${text}${win.cutEnd ? '…' : ''}`.trimEnd());
    if (n !== line) continue;
    const local = startIdx - win.offset;
    const endIdx = endLine === line && endColumn !== undefined ? Math.min(Math.max(endColumn - 1, startIdx), raw.length) : startIdx;
    const localEnd = Math.min(endIdx - win.offset, win.text.length);
    const start = (colAt[local] ?? 0) + lead.length;
    const width = Math.max(1, (colAt[localEnd] ?? colAt[local] ?? 0) + lead.length - start);
    out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(start)}${'^'.repeat(Math.min(width, 80))}`);
  }
  return out.join('\n');
}
