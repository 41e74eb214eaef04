// countsAgree (src/validate/rules/counts.ts): a count under `counts` that
// itemised records can be summed to must agree with them (COUNT_MISMATCH, at
// the count, naming both numbers and the records' lines).
import { ruleCases } from '../../support/rule-cases.js';

const mismatch = (key: string, line: number, column: number, value: number, actual: number) => ({
  code: 'COUNT_MISMATCH',
  line,
  column,
  message: [`counts.${key}`, ` ${value}，`, `合计 ${actual}`],
  path: ['counts', key],
});

ruleCases('counts', [
  { file: 'clean', expected: [] },
  { file: 'nothing-itemised', expected: [] },
  { file: 'forums', expected: [mismatch('forums', 32, 11, 2, 1)] },
  // The office's meetings do not include the Party committee's own 党委会 (issue 19): 1 of the 2 itemised.
  { file: 'meetings', expected: [mismatch('meetings', 32, 13, 3, 1)] },
  { file: 'party-meetings', expected: [mismatch('partyMeetings', 32, 18, 2, 1)] },
  // 党政联席会 counts toward 党委研究政协工作, as the report's table counts it.
  { file: 'joint-meeting', expected: [] },
  { file: 'joint-meeting-off', expected: [mismatch('partyMeetings', 35, 18, 3, 2)] },
  { file: 'studies', expected: [mismatch('studies', 32, 12, 4, 1)] },
  { file: 'inspections', expected: [mismatch('inspections', 32, 16, 0, 1)] },
  { file: 'proposals', expected: [mismatch('proposals', 36, 14, 5, 1)] },
  { file: 'opinions', expected: [mismatch('opinions', 36, 13, 3, 1)] },
  { file: 'visits', expected: [{ ...mismatch('visits', 41, 11, 30, 22), message: ['counts.visits', ' 30，', '合计 22', '第 35、39 行'] }] },
]);
