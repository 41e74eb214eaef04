/**
 * §7.5 page numbers: `— 1 —` in 四号半角宋体, odd pages right-aligned and even
 * pages left-aligned, each one character in from the text block's edge. Word
 * only uses the even footer when settings.xml says evenAndOddHeaders, which
 * write-docx.ts turns on.
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { PAGE_NUMBER_INSET } from './layout.js';
import { LANGUAGE, STYLE } from './styles.js';

/** U+2014 EM DASH each side, half-width spaces between: `— 1 —`. */
function pageNumberParagraph(side: 'odd' | 'even'): Paragraph {
  const odd = side === 'odd';
  return new Paragraph({
    style: STYLE.pageNumber,
    alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
    // Both sides set explicitly: nothing may be inherited from body text (pitfall 1).
    indent: odd
      ? { left: 0, right: PAGE_NUMBER_INSET, firstLine: 0 }
      : { left: PAGE_NUMBER_INSET, right: 0, firstLine: 0 },
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], language: LANGUAGE })],
  });
}

export function pageNumberFooters(): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph('odd')] }),
    even: new Footer({ children: [pageNumberParagraph('even')] }),
  };
}
