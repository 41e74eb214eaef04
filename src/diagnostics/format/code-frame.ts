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
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) {
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

export function codeFrame(source: string, line: number, column: number, endLine?: number, endColumn?: number, opts: FrameOptions = {}): string {
  const lines = source.split(/\r?\n|\r/);
  if (line < 1 || line > lines.length) return '';
  const above = opts.above ?? 2;
  const below = opts.below ?? 1;
  const first = Math.max(1, line - above);
  const last = Math.min(lines.length, line + below);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const { text, colAt } = displayLine(lines[n - 1] ?? '');
    const mark = n === line ? '>' : ' ';
    out.push(`${mark} ${String(n).padStart(gutter)} | ${text}`.trimEnd());
    if (n !== line) continue;
    const raw = lines[n - 1] ?? '';
    const startIdx = Math.min(Math.max(column - 1, 0), raw.length);
    const endIdx = endLine === line && endColumn !== undefined ? Math.min(Math.max(endColumn - 1, startIdx), raw.length) : startIdx;
    const start = colAt[startIdx] ?? 0;
    const width = Math.max(1, (colAt[endIdx] ?? start) - start);
    out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(start)}${'^'.repeat(Math.min(width, 80))}`);
  }
  return out.join('\n');
}
