/**
 * Paragraphs (w:p) and their properties (w:pPr), ECMA-376 §17.3.1. The
 * properties are written in the schema's sequence (CT_PPrBase), so every
 * paragraph, style and footer this writer emits is in the order Word expects
 * by construction.
 */
import { runsXml, type Run } from './run.js';
import { el, onOff, val } from './xml.js';

/** w:spacing: before/after in twips, line in twips (exact) or 240ths of a line (auto). */
export interface Spacing {
  before?: number;
  after?: number;
  line?: number;
  lineRule?: 'exact' | 'auto' | 'atLeast';
}

/** w:ind in twips, and in hundredths of a character (firstLineChars: 200 = two characters). */
export interface Indent {
  left?: number;
  right?: number;
  firstLine?: number;
  firstLineChars?: number;
  hanging?: number;
}

export type Justification = 'left' | 'right' | 'center' | 'both';

/** The paragraph properties this writer uses, named as in the schema. */
export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** Widow and orphan control: no paragraph leaves a single line at a page's top or bottom. */
  widowControl?: boolean;
  /** Automatic space between Chinese and digits (w:autoSpaceDN); off on the signature lines. */
  autoSpaceDN?: boolean;
  /** Lay characters on the document grid's character pitch (layout.ts GRID says why this is off). */
  snapToGrid?: boolean;
  spacing?: Spacing;
  indent?: Indent;
  jc?: Justification;
  /** 0-based outline level: what navigation panes read as a heading's level. */
  outlineLevel?: number;
}

function spacingXml(s: Spacing | undefined): string {
  if (!s) return '';
  return el('w:spacing', { 'w:before': s.before, 'w:after': s.after, 'w:line': s.line, 'w:lineRule': s.lineRule });
}

function indentXml(i: Indent | undefined): string {
  if (!i) return '';
  return el('w:ind', { 'w:left': i.left, 'w:right': i.right, 'w:hanging': i.hanging, 'w:firstLine': i.firstLine, 'w:firstLineChars': i.firstLineChars });
}

/** The inside of a `<w:pPr>`, in CT_PPrBase order. */
export function paragraphPropertiesInner(p: ParagraphProps): string {
  return (
    val('w:pStyle', p.style) +
    onOff('w:keepNext', p.keepNext) +
    onOff('w:keepLines', p.keepLines) +
    onOff('w:pageBreakBefore', p.pageBreakBefore) +
    onOff('w:widowControl', p.widowControl) +
    onOff('w:autoSpaceDN', p.autoSpaceDN) +
    onOff('w:snapToGrid', p.snapToGrid) +
    spacingXml(p.spacing) +
    indentXml(p.indent) +
    val('w:jc', p.jc) +
    val('w:outlineLvl', p.outlineLevel)
  );
}

/** `<w:pPr>…</w:pPr>`, or nothing when no property is set. */
export function paragraphPropertiesXml(p: ParagraphProps): string {
  const inner = paragraphPropertiesInner(p);
  return inner === '' ? '' : `<w:pPr>${inner}</w:pPr>`;
}

/** A paragraph: its properties, then its runs (none for an empty line). */
export function paragraphXml(props: ParagraphProps, runs: readonly Run[] = []): string {
  return `<w:p>${paragraphPropertiesXml(props)}${runsXml(runs)}</w:p>`;
}
