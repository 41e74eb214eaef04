/**
 * word/styles.xml. Body text has a style of its own rather than living in the
 * document defaults, because defaults leak into footers, table cells and the
 * title (layout pitfall 1: the even page number moved two characters right in
 * LibreOffice). The defaults only carry what is true everywhere: the 三号仿宋
 * font, zh-CN and no paragraph spacing.
 *
 * The title is Word's built-in Title, the headings its built-in heading 1-4,
 * and 公文正文 is based on the built-in Normal, each with the official fonts
 * and sizes: readers that know Word's styles (pandoc, mammoth, the navigation
 * pane) then see a title, headings and body text. Normal itself stays plain,
 * so nothing based on it picks up the body's indent.
 */
import { runFont, type Fonts } from './fonts.js';
import { CHAR_SCALE, FIRST_LINE_INDENT, LINE, PAGE_NUMBER_LINE, SIZE, TABLE } from './layout.js';
import { paragraphPropertiesXml, type Indent, type ParagraphProps, type Spacing } from './paragraph.js';
import { runPropertiesXml, type RunProps } from './run.js';
import { TABLE_SIZES, type TableSize } from './table-layout.js';
import { DECLARATION, el, NS, onOff, val } from './xml.js';

/** One w:style, its children named as in CT_Style. */
export interface StyleDef {
  type: 'paragraph' | 'table';
  id: string;
  name: string;
  /** The style applied where nothing else is (Normal, Normal Table). */
  isDefault?: boolean;
  /** Not one of Word's built-in styles (w:customStyle): Word lists it under the document's own styles. */
  custom?: boolean;
  basedOn?: string;
  next?: string;
  uiPriority?: number;
  semiHidden?: boolean;
  unhideWhenUsed?: boolean;
  /** Shown in Word's style gallery. */
  quickFormat?: boolean;
  paragraph?: ParagraphProps;
  run?: RunProps;
  /** A table style's default cell margins, in twips. */
  tableCellMargins?: { top: number; left: number; bottom: number; right: number };
}

/** The cell style for a table's text size: GwTableText at 四号, GwTableText24 etc. when shrunk. */
export function tableTextStyle(size: TableSize): string {
  return size === TABLE.fontSize ? 'GwTableText' : `GwTableText${size}`;
}

export const STYLE = {
  body: 'GwBody',
  /** Word's built-in Title: pandoc, mammoth and Word's navigation pane read it as the title. */
  title: 'Title',
  heading: { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' },
  attachmentLabel: 'GwAttachmentLabel',
  signature: 'GwSignature',
  tableTitle: 'GwTableTitle',
  tableNote: 'GwTableNote',
  pageNumber: 'GwPageNumber',
} as const;

/** zh-CN for Chinese text (spell check, line breaking rules), en-US for the odd Latin word. */
export const LANGUAGE = { val: 'en-US', eastAsia: 'zh-CN' } as const;

/** §5.2.3: exact 28.95 pt lines, nothing before or after, so a page holds exactly 22. */
const EXACT_LINES: Spacing = { before: 0, after: 0, line: LINE, lineRule: 'exact' };

/** Indent cleared where body rules don't apply. */
const NO_INDENT: Indent = { left: 0, right: 0, firstLine: 0, firstLineChars: 0 };

const SIZE_NAMES: Record<TableSize, string> = { 28: '四号', 24: '小四', 21: '五号', 18: '小五' };

/** Runs on the 28-a-line measure: 三号, drawn at 98 % width (layout.ts CHAR_SCALE). */
function measureRun(font: string, bold = false): RunProps {
  return { fonts: runFont(font), bold, scale: CHAR_SCALE, size: SIZE.sanhao, lang: LANGUAGE };
}

/** A heading style: indented like body text (§7.3.3), kept with what follows it. */
function heading(level: 1 | 2 | 3 | 4, font: string, bold = false): StyleDef {
  return {
    type: 'paragraph',
    id: STYLE.heading[level],
    name: `heading ${level}`,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    // outlineLevel is what Word's navigation pane and LibreOffice's navigator read.
    paragraph: { keepNext: true, keepLines: true, spacing: EXACT_LINES, indent: FIRST_LINE_INDENT, outlineLevel: level - 1 },
    run: { ...measureRun(font, bold), color: '000000' },
  };
}

function tableText(size: TableSize, fonts: Fonts): StyleDef {
  return {
    type: 'paragraph',
    id: tableTextStyle(size),
    custom: true,
    name: size === TABLE.fontSize ? '表格文字' : `表格文字（${SIZE_NAMES[size]}）`,
    // Exact rows whatever the font's own line height (20 pt for 四号, in proportion
    // for the smaller sizes): the 25-odd rows of the statistics table then fit one
    // page in Word and LibreOffice alike.
    paragraph: {
      spacing: { before: 0, after: 0, line: Math.round((TABLE.line * size) / TABLE.fontSize), lineRule: 'exact' },
      indent: NO_INDENT,
      jc: 'center',
    },
    run: { fonts: runFont(fonts.body), size, lang: LANGUAGE },
  };
}

/** Every style the document uses, in the order styles.xml lists them. */
export function styleDefs(fonts: Fonts): StyleDef[] {
  return [
    {
      // Word's Normal, on the page's grid: what a clerk types into the document in Word or WPS
      // falls on the 22 exact lines and the 28-a-line measure. No indent or alignment, so
      // nothing based on it (the title) picks up the body's.
      type: 'paragraph',
      id: 'Normal',
      name: 'Normal',
      isDefault: true,
      quickFormat: true,
      paragraph: { spacing: EXACT_LINES },
      run: measureRun(fonts.body),
    },
    {
      type: 'table',
      id: 'TableNormal',
      name: 'Normal Table',
      isDefault: true,
      uiPriority: 99,
      semiHidden: true,
      unhideWhenUsed: true,
      tableCellMargins: { top: 0, left: 108, bottom: 0, right: 108 },
    },
    {
      // §7.3.1: 二号小标宋, centred, not bold; one blank line (one 28.95 pt line) under it.
      type: 'paragraph',
      id: STYLE.title,
      name: 'Title',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      paragraph: { keepNext: true, spacing: { before: 0, after: LINE, line: LINE, lineRule: 'exact' }, indent: NO_INDENT, jc: 'center' },
      // Full width (w:w 100): the title is not on the 28-a-line measure (title-lines.ts).
      run: { fonts: runFont(fonts.title), bold: false, color: '000000', scale: 100, size: SIZE.erhao, lang: LANGUAGE },
    },
    heading(1, fonts.heading1),
    heading(2, fonts.heading2),
    heading(3, fonts.body, true),
    heading(4, fonts.body),
    {
      type: 'paragraph',
      id: STYLE.body,
      custom: true,
      name: '公文正文',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: EXACT_LINES, indent: FIRST_LINE_INDENT, jc: 'both' },
      run: measureRun(fonts.body),
    },
    {
      // §7.3.5.2: each line is placed by its own left indent (signature.ts).
      type: 'paragraph',
      id: STYLE.signature,
      custom: true,
      name: '公文落款',
      basedOn: STYLE.body,
      // Which lines keep with the next is the signature's own business (signature.ts): never the date,
      // whose next paragraph is the attachment's, on its own page.
      paragraph: { spacing: EXACT_LINES, indent: NO_INDENT, jc: 'left' },
      run: measureRun(fonts.body),
    },
    {
      type: 'paragraph',
      id: STYLE.tableTitle,
      custom: true,
      name: '表格标题',
      paragraph: { keepNext: true, spacing: EXACT_LINES, indent: NO_INDENT, jc: 'center' },
      run: measureRun(fonts.heading1),
    },
    // Cells: single spacing of their own so rows never clip (layout pitfall 2), one style per size (table-layout.ts).
    ...TABLE_SIZES.map((size) => tableText(size, fonts)),
    {
      // §8: “附件” in 三号黑体 at the top left of the text block (no indent).
      type: 'paragraph',
      id: STYLE.attachmentLabel,
      custom: true,
      name: '附件标识',
      paragraph: { keepNext: true, spacing: EXACT_LINES, indent: NO_INDENT, jc: 'left' },
      run: measureRun(fonts.heading1),
    },
    {
      type: 'paragraph',
      id: STYLE.tableNote,
      custom: true,
      name: '表格注',
      // Exact lines like the cells', so the note's height is known where the table's pages are planned (table.ts).
      paragraph: { spacing: { before: 60, after: 0, line: TABLE.line, lineRule: 'exact' }, indent: NO_INDENT, jc: 'both' },
      run: { fonts: runFont(fonts.body), size: TABLE.fontSize, lang: LANGUAGE },
    },
    {
      // §7.5: 四号半角宋体; alignment and inset are set per footer (footer.ts).
      type: 'paragraph',
      id: STYLE.pageNumber,
      custom: true,
      name: '页码',
      // An exact line, so that where the number sits under the footer's bottom edge depends on
      // the font's descent alone, not on each reader's idea of its line height (layout.ts FOOTER_DISTANCE).
      paragraph: { spacing: { before: 0, after: 0, line: PAGE_NUMBER_LINE, lineRule: 'exact' }, indent: NO_INDENT },
      run: { fonts: runFont(fonts.pageNumber), size: SIZE.sihao, lang: LANGUAGE },
    },
  ];
}

/** One w:style, children in CT_Style order. */
export function styleXml(s: StyleDef): string {
  let inner = val('w:name', s.name) + val('w:basedOn', s.basedOn) + val('w:next', s.next) + val('w:uiPriority', s.uiPriority);
  inner += onOff('w:semiHidden', s.semiHidden) + onOff('w:unhideWhenUsed', s.unhideWhenUsed) + onOff('w:qFormat', s.quickFormat);
  if (s.paragraph) inner += paragraphPropertiesXml(s.paragraph);
  if (s.run) inner += runPropertiesXml(s.run);
  if (s.tableCellMargins) {
    const m = s.tableCellMargins;
    const side = (name: string, w: number) => el(`w:${name}`, { 'w:w': w, 'w:type': 'dxa' });
    inner += `<w:tblPr>${el('w:tblInd', { 'w:w': 0, 'w:type': 'dxa' })}<w:tblCellMar>${side('top', m.top)}${side('left', m.left)}${side('bottom', m.bottom)}${side('right', m.right)}</w:tblCellMar></w:tblPr>`;
  }
  return el('w:style', { 'w:type': s.type, 'w:default': s.isDefault ? '1' : undefined, 'w:customStyle': s.custom ? '1' : undefined, 'w:styleId': s.id }, inner);
}

/**
 * The document defaults: 三号 in the body font, black, zh-CN; no space before or
 * after paragraphs; widow control on, written (LibreOffice applies it when it is
 * not, Word does not, and page breaks tested in one would not predict the other);
 * characters not snapped to the grid's pitch (layout.ts GRID).
 */
function docDefaultsXml(fonts: Fonts): string {
  const run = runPropertiesXml({ fonts: runFont(fonts.body), color: '000000', size: SIZE.sanhao, lang: LANGUAGE });
  const paragraph = paragraphPropertiesXml({ widowControl: true, snapToGrid: false, spacing: { before: 0, after: 0 } });
  return `<w:docDefaults><w:rPrDefault>${run}</w:rPrDefault><w:pPrDefault>${paragraph}</w:pPrDefault></w:docDefaults>`;
}

export function stylesXml(fonts: Fonts): string {
  return `${DECLARATION}<w:styles xmlns:w="${NS.w}">${docDefaultsXml(fonts)}${styleDefs(fonts).map(styleXml).join('')}</w:styles>`;
}
