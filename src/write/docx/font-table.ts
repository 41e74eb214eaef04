/**
 * word/fontTable.xml: the fonts the document names.
 */
import { DECLARATION, NS } from './xml.js';

export function fontTableXml(): string {
  return `${DECLARATION}<w:fonts xmlns:w="${NS.w}"/>`;
}
