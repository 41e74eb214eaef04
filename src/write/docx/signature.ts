/**
 * §7.3.5.2, a signature without a seal: one blank line under the body; the
 * unit's name right-aligned, two characters in from the right; the date on the
 * next line, its first character two characters right of the name's first
 * character. When the date is the longer of the two, the date is placed two
 * characters in from the right and the name's right space grows to match
 * (“相应增加发文机关署名右空字数”).
 *
 * Both lines are right-aligned, with right indents computed from the text's
 * width in character cells. (A left-aligned date at "name start + two cells"
 * was tried: with a substituted font whose digits are wider than half a cell
 * the date wrapped onto a second line, which is worse than a date a little
 * off its cell.) Automatic space between Chinese and digits is turned off on
 * these lines, as it would widen the date beyond its cell count.
 */
import { CHAR, RENDERED_CHAR } from './layout.js';
import { paragraphXml } from './paragraph.js';
import { STYLE } from './styles.js';

/**
 * Width of a line in twips as rendered on the 28-a-line measure: full-width
 * (CJK) characters take a cell, ASCII digits and letters half of one
 * (仿宋_GB2312's Latin glyphs are half-width).
 */
export function renderedWidth(text: string): number {
  let half = 0;
  for (const ch of text) half += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 1 : 2;
  return Math.round((half * RENDERED_CHAR) / 2);
}

export interface SignatureIndents {
  name: number;
  date: number;
}

/** Right indents, in twips, of the name and date lines. */
export function signatureIndents(name: string, date: string): SignatureIndents {
  const twoChars = 2 * CHAR;
  const nameWidth = renderedWidth(name);
  const dateWidth = renderedWidth(date);
  // Date starts two cells right of the name's start: its right edge is then
  // nameIndent + nameWidth − 2 cells − dateWidth from the right.
  const dateIndent = twoChars + nameWidth - 2 * RENDERED_CHAR - dateWidth;
  if (dateIndent >= twoChars) return { name: twoChars, date: dateIndent };
  // The date would reach into the last two cells: pin it there and give the
  // name more room on its right instead.
  const nameIndent = twoChars + dateWidth + 2 * RENDERED_CHAR - nameWidth;
  return { name: Math.max(0, nameIndent), date: twoChars };
}

function line(text: string, rightIndent: number): string {
  return paragraphXml(
    { style: STYLE.signature, autoSpaceDN: false, indent: { left: 0, right: rightIndent, firstLine: 0 } },
    [{ text }],
  );
}

/** The blank line (its break before it when the signature starts a page), the name and the date. */
export function signatureXml(name: string, date: string, pageBreakBefore: boolean): string {
  const indents = signatureIndents(name, date);
  return paragraphXml({ style: STYLE.signature, pageBreakBefore: pageBreakBefore || undefined }) + line(name, indents.name) + line(date, indents.date);
}
