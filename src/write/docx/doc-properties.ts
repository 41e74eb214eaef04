/**
 * docProps/core.xml (title, author, the one fixed date: fixed-time.ts) and
 * docProps/app.xml (the extended properties).
 */
import { w3cdtf } from './fixed-time.js';
import { DECLARATION, el, NS, text } from './xml.js';

export interface CoreProperties {
  title: string;
  creator: string;
  /** created and modified: the same fixed time, never the clock. */
  time: Date;
}

export function coreXml(p: CoreProperties): string {
  const stamp = w3cdtf(p.time);
  const ns = { 'xmlns:cp': NS.cp, 'xmlns:dc': NS.dc, 'xmlns:dcterms': NS.dcterms, 'xmlns:xsi': NS.xsi };
  const inner =
    `<dc:title>${text(p.title)}</dc:title><dc:creator>${text(p.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${text(p.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`;
  return DECLARATION + el('cp:coreProperties', ns, inner);
}

/**
 * The extended properties Word and WPS show under 文件 → 属性 and read on
 * opening: the application that wrote the file, its company (单位: the office),
 * and that nothing in it is protected, scaled, linked or shared. Page, word
 * and line counts are left out: only a reader that lays the text out knows
 * them, and Word recounts them.
 */
export function appXml(company: string): string {
  const inner =
    '<Application>cppcc-summary</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<Company>${text(company)}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>`;
  return DECLARATION + el('Properties', { xmlns: NS.ep, 'xmlns:vt': NS.vt }, inner);
}
