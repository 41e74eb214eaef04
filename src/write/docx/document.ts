/**
 * word/document.xml: the body (blocks.ts), then the one section's properties:
 * A4 and the GB/T 9704 margins (layout.ts), the odd and even page-number
 * footers (footer.ts), the document grid.
 */
import type { Block } from '../../document/model.js';
import { blocksXml } from './blocks.js';
import { FOOTER_DISTANCE, GRID, HEADER_DISTANCE, MARGIN, PAGE } from './layout.js';
import type { TextCleaner } from './sanitize-text.js';
import { DECLARATION, el, NS } from './xml.js';

/** Relationship ids of the parts the section refers to (package.ts assigns them). */
export interface SectionParts {
  oddFooter: string;
  evenFooter: string;
}

function sectionXml(parts: SectionParts): string {
  return (
    '<w:sectPr>' +
    el('w:footerReference', { 'w:type': 'default', 'r:id': parts.oddFooter }) +
    el('w:footerReference', { 'w:type': 'even', 'r:id': parts.evenFooter }) +
    el('w:pgSz', { 'w:w': PAGE.width, 'w:h': PAGE.height, 'w:orient': 'portrait' }) +
    el('w:pgMar', {
      'w:top': MARGIN.top,
      'w:right': MARGIN.right,
      'w:bottom': MARGIN.bottom,
      'w:left': MARGIN.left,
      'w:header': HEADER_DISTANCE,
      'w:footer': FOOTER_DISTANCE,
      'w:gutter': 0,
    }) +
    // Word's 页面设置 shows the grid as 22 lines; the 28 characters are CHAR_SCALE's (layout.ts GRID says why no character grid).
    el('w:docGrid', { 'w:type': 'lines', 'w:linePitch': GRID.linePitch }) +
    '</w:sectPr>'
  );
}

export function documentXml(blocks: readonly Block[], cleaner: TextCleaner, parts: SectionParts): string {
  return `${DECLARATION}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${blocksXml(blocks, cleaner)}${sectionXml(parts)}</w:body></w:document>`;
}
