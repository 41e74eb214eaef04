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
 * twips exactly). Not computed: docx's convertMillimetersToTwip rounds down
 * (37 mm → 2097), and the left margin is taken up to 1588 so that left and
 * right sum to 3062 and the text block is 8844 twips (156.0 mm) wide.
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
 * text block, so each character is narrowed by 5 twips (−0.25 pt) of run
 * character spacing: 28 × 315 = 8820 ≤ 8844. A document grid would do the same
 * job, but LibreOffice renders the grid wrongly, and using both doubles the
 * compression, so there is deliberately no grid.
 */
export const CHAR_SPACING = -5;

/** One 三号 character cell: the unit of "indent two characters" (§7.3.3). */
export const CHAR = 320;

/** One character cell as rendered, after the −5 twip compression. */
export const RENDERED_CHAR = CHAR + CHAR_SPACING; // 315

/** §7.3.3: first line of every paragraph indented two characters. */
export const FIRST_LINE_INDENT = { firstLine: 2 * CHAR, firstLineChars: 200 } as const;

/**
 * §7.5: the page number sits under the text block, the top of its dash 7 mm
 * below the block's bottom edge. Word measures the footer from the page's
 * bottom edge to the bottom of the footer's text, so: 35 mm margin − 7 mm −
 * one 四号 line (≈ 14 pt × 1.3 = 18 pt ≈ 6.4 mm) ≈ 21.6 mm.
 */
export const FOOTER_DISTANCE = Math.round(21.6 * TWIPS_PER_MM); // 1225

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
