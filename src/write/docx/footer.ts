/**
 * word/footer1.xml and footer2.xml. §7.5 page numbers: `— 1 —` in 四号半角宋体,
 * odd pages right-aligned and even pages left-aligned, each one character in
 * from the text block's edge. Word only uses the even footer when settings.xml
 * says evenAndOddHeaders (settings.ts).
 */
import { PAGE_NUMBER_INSET } from './layout.js';
import { paragraphPropertiesXml } from './paragraph.js';
import { STYLE } from './styles.js';
import { DECLARATION, NS } from './xml.js';

/** The PAGE field as Word writes a simple field: begin, instruction, separate, end. */
const PAGE_FIELD =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

/** U+2014 EM DASH each side, half-width spaces between: `— 1 —`. */
function pageNumberParagraph(side: 'odd' | 'even'): string {
  const odd = side === 'odd';
  const pPr = paragraphPropertiesXml({
    style: STYLE.pageNumber,
    // Both sides set explicitly: nothing may be inherited from body text (pitfall 1).
    indent: odd ? { left: 0, right: PAGE_NUMBER_INSET, firstLine: 0 } : { left: PAGE_NUMBER_INSET, right: 0, firstLine: 0 },
    jc: odd ? 'right' : 'left',
  });
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">— </w:t></w:r>${PAGE_FIELD}<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>`;
}

export function footerXml(side: 'odd' | 'even'): string {
  return `${DECLARATION}<w:ftr xmlns:w="${NS.w}">${pageNumberParagraph(side)}</w:ftr>`;
}
