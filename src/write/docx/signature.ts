/**
 * §7.3.5.2, a signature without a seal: one blank line under the body; the
 * unit's name two characters in from the right; the date on the next line, its
 * first character two characters right of the name's first character. When the
 * date is the longer of the two, the date is placed two characters in from the
 * right and the name's right space grows to match (“相应增加发文机关署名右空字数”).
 *
 * Both lines are left-aligned at computed indents, so the date's first
 * character sits two cells right of the name's whatever width the reader's
 * font gives the date's digits (issue 20: right-aligned, a substituted font
 * with wider digits pushed the date's start left of the name's). A wider date
 * runs into the two characters of right space instead, which it never fills
 * (it would need each of its digits a third of a cell wider). Automatic space
 * between Chinese and digits is off on these lines, as it would widen the date
 * beyond its cell count.
 */
import { CHAR, RENDERED_CHAR, TEXT_WIDTH } from './layout.js';
import { lineCells } from './line-estimate.js';
import { paragraphXml, type Spacing } from './paragraph.js';
import { STYLE } from './styles.js';

/**
 * Width of a line in twips as rendered on the 28-a-line measure, by the
 * estimate pages are planned with (line-estimate.ts): Chinese a cell, Latin
 * digits a little over half of one, and the space readers put between the two
 * (LibreOffice puts it there even where autoSpaceDN says not to). Wider than
 * 仿宋_GB2312 draws a date, so the date never wraps; with the real font it
 * only ends a little further from the margin.
 */
export function renderedWidth(text: string): number {
  return Math.round(lineCells(text) * RENDERED_CHAR);
}

export interface SignatureIndents {
  /** Left indent of the name's line, in twips from the text block's left edge. */
  name: number;
  /** Left indent of the date's line. */
  date: number;
}

/** Where the name and the date start. */
export function signatureIndents(name: string, date: string): SignatureIndents {
  const rightSpace = 2 * CHAR;
  const twoCells = Math.round(2 * RENDERED_CHAR);
  let nameStart = TEXT_WIDTH - rightSpace - renderedWidth(name);
  let dateStart = nameStart + twoCells;
  const dateEnd = dateStart + renderedWidth(date);
  if (dateEnd > TEXT_WIDTH - rightSpace) {
    // The date is the longer: it keeps the two characters of right space, the name moves left with it.
    dateStart = TEXT_WIDTH - rightSpace - renderedWidth(date);
    nameStart = dateStart - twoCells;
  }
  return { name: Math.max(0, nameStart), date: Math.max(0, dateStart) };
}

function line(text: string, leftIndent: number, keepNext: boolean): string {
  return paragraphXml(
    { style: STYLE.signature, keepNext: keepNext || undefined, autoSpaceDN: false, indent: { left: leftIndent, right: 0, firstLine: 0 } },
    [{ text }],
  );
}

/**
 * The blank line (carrying the page break when the signature starts a page,
 * narrowed by `blankSpacing` when the ending plan squeezes), the name and the date. The blank line and the name keep with what follows,
 * so the three stay together; the date does not: the next paragraph is the
 * attachment's, on a page of its own, and a keep there pulled the signature
 * (and the 附件 note kept with it) onto a page of their own.
 */
export function signatureXml(name: string, date: string, pageBreakBefore: boolean, blankSpacing?: Spacing): string {
  const indents = signatureIndents(name, date);
  const blank = paragraphXml({ style: STYLE.signature, keepNext: true, pageBreakBefore: pageBreakBefore || undefined, spacing: blankSpacing });
  // Without a date (a roll-up nobody dated: write-rollup.ts) the name ends the signature.
  if (date.trim() === '') return blank + line(name, indents.name, false);
  return blank + line(name, indents.name, true) + line(date, indents.date, false);
}
