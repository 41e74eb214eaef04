/**
 * word/settings.xml (CT_Settings, children in schema order): odd and even
 * footers differ (§7.5 puts odd page numbers right, even ones left, and Word
 * only reads the even footer with evenAndOddHeaders on); a line break must not
 * stretch a justified line across the page (doNotExpandShiftReturn); Word 2013+
 * layout (compatibility mode 15).
 */
import { DECLARATION, NS } from './xml.js';

export function settingsXml(): string {
  return (
    `${DECLARATION}<w:settings xmlns:w="${NS.w}">` +
    '<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders/>' +
    '<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}
