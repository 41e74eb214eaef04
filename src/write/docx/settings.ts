/**
 * word/settings.xml (CT_Settings, children in schema order), with what Chinese
 * Word writes into a document of its own:
 * - evenAndOddHeaders: §7.5 puts odd page numbers right and even ones left,
 *   and Word only reads the even footer with this on;
 * - characterSpacingControl compressPunctuation (字符间距控制：只压缩标点符号),
 *   Chinese Word's default;
 * - compat: a line break must not stretch a justified line across the page
 *   (doNotExpandShiftReturn), Word 2013+ layout (compatibility mode 15);
 * - themeFontLang eastAsia zh-CN: the theme's East Asian fonts are the
 *   simplified-Chinese ones (theme.ts), as a clerk's additions in Word expect.
 */
import { DECLARATION, NS } from './xml.js';

export function settingsXml(): string {
  return (
    `${DECLARATION}<w:settings xmlns:w="${NS.w}">` +
    '<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders/>' +
    '<w:characterSpacingControl w:val="compressPunctuation"/>' +
    '<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>' +
    '</w:settings>'
  );
}
