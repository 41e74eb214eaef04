/**
 * Paragraph styles. Body text has a style of its own rather than living in the
 * document defaults, because defaults leak into footers, table cells and the
 * title (layout pitfall 1: the even page number moved two characters right in
 * LibreOffice). The defaults only carry what is true everywhere: the 三号仿宋
 * font, zh-CN and no paragraph spacing.
 *
 * The title is Word's built-in Title, the headings its built-in heading 1-4,
 * and 公文正文 is based on the built-in Normal, each with the official fonts
 * and sizes: readers that know Word's styles (pandoc, mammoth, the navigation
 * pane) then see a title, headings and body text. Normal itself stays docx's
 * plain one, so nothing based on it picks up the body's indent.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { runFont, type Fonts } from './fonts.js';
import { CHAR_SPACING, FIRST_LINE_INDENT, LINE, SIZE, TABLE } from './layout.js';
import { TABLE_SIZES, type TableSize } from './table-layout.js';

/** The cell style for a table's text size: GwTableText at 四号, GwTableText24 etc. when shrunk. */
export function tableTextStyle(size: TableSize): string {
  return size === TABLE.fontSize ? 'GwTableText' : `GwTableText${size}`;
}

const SIZE_NAMES: Record<TableSize, string> = { 28: '四号', 24: '小四', 21: '五号', 18: '小五' };

function tableTextStyle_(size: TableSize, fonts: Fonts) {
  return {
    id: tableTextStyle(size),
    name: size === TABLE.fontSize ? '表格文字' : `表格文字（${SIZE_NAMES[size]}）`,
    paragraph: {
      alignment: AlignmentType.CENTER,
      // Exact rows whatever the font's own line height (20 pt for 四号, in proportion
      // for the smaller sizes): the 25-odd rows of the statistics table then fit one
      // page in Word and LibreOffice alike.
      spacing: { line: Math.round((TABLE.line * size) / TABLE.fontSize), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      indent: NO_INDENT,
    },
    run: { font: runFont(fonts.body), size, characterSpacing: 0, language: LANGUAGE },
  };
}

export const STYLE = {
  body: 'GwBody',
  /** Word's built-in Title: pandoc, mammoth and Word's navigation pane read it as the title. */
  title: 'Title',
  attachmentLabel: 'GwAttachmentLabel',
  signature: 'GwSignature',
  tableTitle: 'GwTableTitle',
  tableNote: 'GwTableNote',
  pageNumber: 'GwPageNumber',
} as const;

/** zh-CN for Chinese text (spell check, line breaking rules), en-US for the odd Latin word. */
export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

/** §5.2.3: exact 28.95 pt lines, nothing before or after, so a page holds exactly 22. */
const EXACT_LINES = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** Spacing and indent that must be cleared where body rules don't apply. */
const NO_INDENT = { left: 0, right: 0, firstLine: 0, firstLineChars: 0 } as const;

/** Runs on the 28-a-line measure: 三号 and narrowed by 5 twips (layout.ts CHAR_SPACING). */
function measureRun(font: string, extra: { bold?: boolean } = {}) {
  return {
    font: runFont(font),
    size: SIZE.sanhao,
    characterSpacing: CHAR_SPACING,
    bold: extra.bold ?? false,
    language: LANGUAGE,
  };
}

/** A heading style: indented like body text (§7.3.3), kept with what follows it. */
function heading(name: string, level: number, font: string, bold = false) {
  return {
    name,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    // outlineLevel is what Word's navigation pane and LibreOffice's navigator read.
    paragraph: { outlineLevel: level, keepNext: true, keepLines: true, spacing: EXACT_LINES, indent: FIRST_LINE_INDENT },
    run: { ...measureRun(font, { bold }), color: '000000' },
  };
}

export function buildStyles(fonts: Fonts): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: runFont(fonts.body), size: SIZE.sanhao, color: '000000', language: LANGUAGE },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      // §7.3.1: 二号小标宋, centred, not bold; one blank line (one 28.95 pt line) under it.
      title: {
        name: 'Title',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: LINE },
          indent: NO_INDENT,
          keepNext: true,
        },
        run: { font: runFont(fonts.title), size: SIZE.erhao, bold: false, characterSpacing: 0, color: '000000', language: LANGUAGE },
      },
      heading1: heading('heading 1', 0, fonts.heading1),
      heading2: heading('heading 2', 1, fonts.heading2),
      heading3: heading('heading 3', 2, fonts.body, true),
      heading4: heading('heading 4', 3, fonts.body),
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: '公文正文',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: EXACT_LINES, indent: FIRST_LINE_INDENT },
        run: measureRun(fonts.body),
      },
      {
        // §7.3.5.2: right-aligned; the right indent is set per paragraph (signature.ts).
        id: STYLE.signature,
        name: '公文落款',
        basedOn: STYLE.body,
        paragraph: { alignment: AlignmentType.RIGHT, spacing: EXACT_LINES, indent: NO_INDENT, keepNext: true },
        run: measureRun(fonts.body),
      },
      {
        id: STYLE.tableTitle,
        name: '表格标题',
        paragraph: { alignment: AlignmentType.CENTER, spacing: EXACT_LINES, indent: NO_INDENT, keepNext: true },
        run: measureRun(fonts.heading1),
      },
      // Cells: single spacing of their own so rows never clip (layout pitfall 2), one style per size (table-layout.ts).
      ...TABLE_SIZES.map((size) => tableTextStyle_(size, fonts)),
      {
        // §8: “附件” in 三号黑体 at the top left of the text block (no indent).
        id: STYLE.attachmentLabel,
        name: '附件标识',
        paragraph: { alignment: AlignmentType.LEFT, spacing: EXACT_LINES, indent: NO_INDENT, keepNext: true },
        run: measureRun(fonts.heading1),
      },
      {
        id: STYLE.tableNote,
        name: '表格注',
        paragraph: {
          alignment: AlignmentType.LEFT,
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 60, after: 0 },
          indent: NO_INDENT,
        },
        run: { font: runFont(fonts.body), size: TABLE.fontSize, characterSpacing: 0, language: LANGUAGE },
      },
      {
        // §7.5: 四号半角宋体; alignment and inset are set per footer (footer.ts).
        id: STYLE.pageNumber,
        name: '页码',
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, indent: NO_INDENT },
        run: { font: runFont(fonts.pageNumber), size: SIZE.sihao, characterSpacing: 0, language: LANGUAGE },
      },
    ],
  };
}
