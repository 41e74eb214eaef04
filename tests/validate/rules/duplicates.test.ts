// noDuplicates (src/validate/rules/duplicates.ts): a record with the same date,
// kind and content as an earlier one warns at the second, naming the first's line.
import { ruleCases } from '../../support/rule-cases.js';

ruleCases('duplicates', [
  { file: 'clean', expected: [] },
  { file: 'duplicate-meeting', expected: [{ code: 'DUPLICATE_RECORD', line: 18, column: 5, message: ['第 15 行'], path: ['meetings', 2] }] },
]);
