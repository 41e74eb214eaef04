// levelsAddUp (src/validate/rules/members.ts): members.byLevel must add up to
// members.total (LEVELS_NOT_TOTAL, at the byLevel key).
import { ruleCases } from '../../support/rule-cases.js';

ruleCases('members', [
  { file: 'clean', expected: [] },
  { file: 'levels-not-total', expected: [{ code: 'LEVELS_NOT_TOTAL', line: 12, column: 3, message: ['合计 5', '总数却是 6'] }] },
]);
