/**
 * The GB/T 9704-2012 page, in the units Word uses: twips (1/20 pt, 1/1440 inch)
 * for lengths and half-points for font sizes. Every number carries the clause it
 * comes from, so a reviewer can check it against the standard rather than
 * against this code. See docs/layout.md for how each one was verified.
 */

/** Twips in one millimetre (1440 / 25.4). Only used to document the numbers below. */
const TWIPS_PER_MM = 1440 / 25.4;

/** §5.1: A4, 210 × 297 mm. */
export const PAGE = { width: 11906, height: 16838 } as const;

/**
 * §5.2.1: top 37 mm, bottom 35 mm, left (binding) 28 mm, right 26 mm, written
 * as the project's layout spec gives them (2097.6, 1984.3, 1587.4, 1474.0
 * twips exactly), each to the nearest twip but the left, which is taken up
 * to 1588 so that left and right sum to 3062 and the text block is 8844
 * twips (156.0 mm) wide.
 */
export const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;

/** §5.2.1: the text block is 156 × 225 mm. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 8844

/** §5.2.2 / §5.2.4: font sizes in half-points (二号 22 pt, 三号 16 pt, 四号 14 pt). */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28 } as const;

/**
 * §5.2.3: 22 lines a page. 225 mm / 22 = 28.95 pt = 579 twips, as an exact
 * line height. 580 twips (29 pt) fits only 21 lines: measured in LibreOffice.
 */
export const LINE = 579;

/**
 * §5.2.3: 28 characters a line. 28 × 16 pt = 448 pt is wider than the 442 pt
 * text block, so every character on the measure is drawn at 98 % of its width
 * (w:w, 15.68 pt): 28 fit, a 29th does not.
 *
 * Not by negative character spacing, as before issue 20: with −5 twips on every
 * character, LibreOffice drops a closing mark (、，) that hangs at a line's end
 * (“陈秀英、王志强⏎周海燕” lost its 、 in 11 of 18 reports; the character is in
 * document.xml and missing from the PDF). Scaling draws the same 28 a line and
 * loses nothing (tests/e2e/page-layout.test.ts compares every character).
 */
export const CHAR_SCALE = 98;

/**
 * The document grid (§5.2.3 as Word and WPS show it: 页面设置 → 文档网格),
 * declared on the section: 22 lines (the line pitch, the exact 28.95 pt line).
 * The 28 characters a line are made by CHAR_SCALE in every reader, not by a
 * character grid: with a character grid (linesAndChars, charSpace −848 for
 * 8844 / 28 twips a cell) LibreOffice dropped a full-width comma hanging at a
 * line's end (qingshi's “（6月29日，” printed without its “，”, measured by
 * tests/e2e/page-layout.test.ts), the same loss as issue 20's dropped 、; with
 * the lines alone it prints it. Paragraphs do not snap to the grid (snapToGrid
 * off in the document defaults): LibreOffice would lay a 16 pt character over
 * two cells.
 */
export const GRID = { linePitch: 579 } as const;

/** One 三号 character cell: the unit of "indent two characters" (§7.3.3). */
export const CHAR = 320;

/** One character cell as rendered, at CHAR_SCALE. */
export const RENDERED_CHAR = (CHAR * CHAR_SCALE) / 100; // 313.6

/** §7.3.3: first line of every paragraph indented two characters. */
export const FIRST_LINE_INDENT = { firstLine: 2 * CHAR, firstLineChars: 200 } as const;

/** The page number's exact line: 18 pt for 四号 (14 pt) text, room for any font's ascent. */
export const PAGE_NUMBER_LINE = 360;

/**
 * §7.5: the page number sits under the text block, the top of its dash 7 mm
 * below the block's bottom edge (the dash, not the glyph box: the box starts
 * at the font's ascent, a few millimetres above the dash). Word and
 * LibreOffice put the footer's last line at this distance above the page's
 * bottom edge; the line is exact (PAGE_NUMBER_LINE), so the dash's place in it
 * depends only on the font's descent and the dash's height above the baseline.
 * Measured in LibreOffice's PDF (tests/e2e/page-layout.test.ts finds the dash's
 * pixels): 6.99 mm on every example's first two pages.
 */
export const FOOTER_DISTANCE = 1429;

/** Header distance: there is no header, so Word's usual 15 mm is harmless. */
export const HEADER_DISTANCE = Math.round(15 * TWIPS_PER_MM); // 850

/**
 * §7.5: odd page numbers one character in from the right edge of the text
 * block, even ones one character in from the left. "One character" is read as
 * one character of the page number's own size (四号 = 14 pt = 280 twips).
 */
export const PAGE_NUMBER_INSET = 280;

/**
 * Table cells: a smaller size (四号) and their own, single line spacing, so
 * rows neither clip under the body's exact 28.95 pt nor waste a page
 * (layout pitfall 2). Cell margins in twips.
 */
export const TABLE = {
  fontSize: SIZE.sihao,
  /** Exact line of a cell, in twips (20 pt for 14 pt text). */
  line: 400,
  // No top/bottom margin: the exact 20 pt line already leaves room above and below 14 pt text, and
  // the statistics attachment (附件, a blank line, its title, 27 rows) then fits one page.
  cellMarginTopBottom: 0,
  cellMarginLeftRight: 80,
} as const;
