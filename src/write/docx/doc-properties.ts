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

export function appXml(): string {
  return DECLARATION + el('Properties', { xmlns: NS.ep, 'xmlns:vt': NS.vt });
}
