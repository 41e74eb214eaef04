// sectionsFed and orderAsWritten (src/validate/rules/sections.ts): a section
// nothing feeds warns unless omitted (SECTION_WITHOUT_CONTENT, at the top of
// the file: there is no node of the section to point at); report.order warns
// at a name it does not know, a name given twice, and sections it leaves out
// (an omitted section need not be named).
import { ruleCases } from '../../support/rule-cases.js';

ruleCases('sections', [
  { file: 'clean', expected: [] },
  { file: 'section-without-content', expected: [{ code: 'SECTION_WITHOUT_CONTENT', line: 2, column: 1, message: ['“民主监督”'] }] },
  { file: 'omitted', expected: [] },
  { file: 'fed-by-points', expected: [] },
  { file: 'fed-by-counts-other', expected: [] },
  { file: 'fed-by-count', expected: [] },
  {
    file: 'order-repeated-incomplete',
    expected: [
      { code: 'SECTION_ORDER_INCOMPLETE', line: 32, column: 3, message: ['加强领导（leadership）、民主监督（supervision）'] },
      { code: 'SECTION_ORDER_REPEATED', line: 32, column: 20, message: ['“联络联谊”（liaison）'], path: ['report', 'order', 1] },
    ],
  },
  { file: 'order-unknown', expected: [{ code: 'SECTION_ORDER_UNKNOWN', line: 32, column: 54, message: ['“nosuch”'], path: ['report', 'order', 4] }] },
  { file: 'order-without-omitted', expected: [] },
]);
