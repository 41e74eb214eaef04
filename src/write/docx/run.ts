/**
 * Runs (w:r) and their properties (w:rPr), ECMA-376 §17.3.2. The properties
 * are written in the order of the schema's sequence (EG_RPrBase), which Word
 * requires and LibreOffice forgives, so the order is a property of this code,
 * not something to sort afterwards.
 *
 * Text → runs: a `\n` written inside one run shows as a space in Word
 * (reliability row 14), so each line after the first becomes a run that
 * starts with a real line break (<w:br/>). Every string goes through the
 * cleaner first, so nothing Office refuses reaches the XML (reliability row 10).
 * Body runs carry no properties but bold: font, size and language come from the
 * paragraph's style and the document defaults, once (issue 7: half of
 * document.xml was repeated run properties).
 */
import type { TextCleaner } from './sanitize-text.js';
import { el, onOff, text, val } from './xml.js';

/** w:rFonts: one font name per script slot, and the hint for characters several slots could claim. */
export interface RunFonts {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
  hint?: 'eastAsia' | 'default' | 'cs';
}

/** The run properties this writer uses, named as in the schema. */
export interface RunProps {
  fonts?: RunFonts;
  bold?: boolean;
  color?: string;
  /** Character spacing in twips (w:spacing). */
  spacing?: number;
  /** Horizontal scale in percent (w:w): 98 narrows every 三号 character for the 28-a-line measure (layout.ts CHAR_SCALE). */
  scale?: number;
  /** Size in half-points (w:sz and w:szCs alike). */
  size?: number;
  /** w:lang: the language of Latin and of East Asian text. */
  lang?: { val: string; eastAsia: string };
}

/** `<w:rPr>` in schema order (CT_RPr: rFonts, b, bCs, color, spacing, w, sz, szCs, lang); empty string when nothing is set. */
export function runPropertiesXml(p: RunProps): string {
  let inner = '';
  if (p.fonts) {
    const f = p.fonts;
    inner += el('w:rFonts', { 'w:ascii': f.ascii, 'w:hAnsi': f.hAnsi, 'w:eastAsia': f.eastAsia, 'w:cs': f.cs, 'w:hint': f.hint });
  }
  inner += onOff('w:b', p.bold) + onOff('w:bCs', p.bold);
  inner += val('w:color', p.color) + val('w:spacing', p.spacing) + val('w:w', p.scale) + val('w:sz', p.size) + val('w:szCs', p.size);
  if (p.lang) inner += el('w:lang', { 'w:val': p.lang.val, 'w:eastAsia': p.lang.eastAsia });
  return inner === '' ? '' : `<w:rPr>${inner}</w:rPr>`;
}

/** One run of text: `<w:r>[rPr][<w:br/>]<w:t xml:space="preserve">…</w:t></w:r>`. */
export interface Run {
  text: string;
  /** Starts with a line break (the run after a `\n`). */
  breakBefore?: boolean;
  bold?: boolean;
}

export function runXml(r: Run): string {
  const rPr = r.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  return `<w:r>${rPr}${r.breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${text(r.text)}</w:t></w:r>`;
}

export interface RunLook {
  bold?: boolean;
}

/** The text as runs, one per line; cleaned of what Office cannot read. */
export function textRuns(s: string, cleaner: TextCleaner, look: RunLook = {}): Run[] {
  const lines = cleaner.clean(s).split('\n');
  return lines.map((line, i) => ({ text: line, breakBefore: i > 0, bold: look.bold }));
}

/** The runs as XML, one after another. */
export const runsXml = (runs: readonly Run[]): string => runs.map(runXml).join('');
