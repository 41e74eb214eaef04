// datesInYear and signedAfterLastRecord (src/validate/rules/dates.ts): every
// record's date lies in the report's year (DATE_OUTSIDE_YEAR); the signature
// (office.date) lies in the year or the next January (SIGNATURE_DATE_OUTSIDE)
// and not before the last record (SIGNED_BEFORE_LAST_RECORD); a month date
// counts as the whole month.
import { ruleCases } from '../../support/rule-cases.js';

const signatureOutside = (date: string) => ({ code: 'SIGNATURE_DATE_OUTSIDE', line: 9, column: 9, message: [`“${date}”`], path: ['office', 'date'] });
const signedBefore = (date: string, last: string) => ({ code: 'SIGNED_BEFORE_LAST_RECORD', line: 9, column: 9, message: [date, `最后一条记录的日期 ${last}`] });

ruleCases('dates', [
  { file: 'clean', expected: [] },
  { file: 'month-signature', expected: [] },
  {
    file: 'record-outside-year',
    expected: [signedBefore('2021-12-20', '2022-06-22'), { code: 'DATE_OUTSIDE_YEAR', line: 23, column: 11, message: ['“2022-06-22”不在 2021 年内'], path: ['inspections', 0, 'date'] }],
  },
  { file: 'signed-year-before', expected: [signatureOutside('2020-12-31'), signedBefore('2020-12-31', '2021-06-22')] },
  { file: 'signed-next-december', expected: [signatureOutside('2022-12-24')] },
  { file: 'signed-next-february', expected: [signatureOutside('2022-02-01')] },
  { file: 'signed-before-last-record', expected: [signedBefore('2021-06-01', '2021-06-22')] },
]);
