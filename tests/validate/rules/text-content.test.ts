// textContent (src/validate/rules/text-content.ts), over every piece of free
// text: template blanks left in (TEMPLATE_LEFTOVER, an error), ID-card and
// mobile numbers (PERSONAL_NUMBER), half-width punctuation beside Chinese
// (HALFWIDTH_PUNCTUATION), a line break inside a one-sentence field
// (LINE_BREAK_IN_SENTENCE), bidi controls (DIRECTION_CONTROL), invisible
// characters (INVISIBLE_CHARACTER) and a stock word doubled (TEXT_WORD_DOUBLED).
import { ruleCases } from '../../support/rule-cases.js';

/** The study topic of the minimal year is at 21:12, its first shortcoming at 28:7. */
const inTopic = (code: string, ...message: string[]) => ({ code, line: 21, column: 12, message, path: ['studies', 0, 'topic'] });
const inShortcoming = (code: string, ...message: string[]) => ({ code, line: 28, column: 7, message, path: ['text', 'shortcomings', 0] });

ruleCases('text-content', [
  { file: 'clean', expected: [] },
  { file: 'blank-underscores', expected: [inTopic('TEMPLATE_LEFTOVER', '“___”')] },
  { file: 'blank-20xx', expected: [inTopic('TEMPLATE_LEFTOVER', '“20XX”')] },
  { file: 'blank-xx-town', expected: [inTopic('TEMPLATE_LEFTOVER', '“xx”')] },
  { file: 'blank-crosses', expected: [inTopic('TEMPLATE_LEFTOVER', '“××”')] },
  { file: 'blank-mouyou', expected: [inTopic('TEMPLATE_LEFTOVER', '“某某”')] },
  { file: 'blank-bracket-fill', expected: [inTopic('TEMPLATE_LEFTOVER', '“[请填写]”')] },
  { file: 'blank-paren-fill', expected: [inTopic('TEMPLATE_LEFTOVER', '“（填写）”')] },
  { file: 'blank-xxx', expected: [inTopic('TEMPLATE_LEFTOVER', '“XXX”')] },
  { file: 'blank-lenticular-fill', expected: [inTopic('TEMPLATE_LEFTOVER', '“【请填写会议名称】”')] },
  { file: 'blank-nested-paren-fill', expected: [inTopic('TEMPLATE_LEFTOVER', '“（请填写所在镇（街道））”')] },
  { file: 'not-blank-xxl', expected: [] },
  { file: 'not-blank-xbox', expected: [] },
  { file: 'not-blank-ordinal', expected: [] },
  { file: 'id-card', expected: [inTopic('PERSONAL_NUMBER', '身份证号')] },
  { file: 'mobile', expected: [inTopic('PERSONAL_NUMBER', '手机号码')] },
  { file: 'halfwidth-comma', expected: [inShortcoming('HALFWIDTH_PUNCTUATION', '半角标点“,”')] },
  { file: 'halfwidth-full-stop', expected: [inShortcoming('HALFWIDTH_PUNCTUATION', '半角标点“.”')] },
  { file: 'halfwidth-paren', expected: [inShortcoming('HALFWIDTH_PUNCTUATION', '半角标点“(”')] },
  { file: 'halfwidth-colon', expected: [inShortcoming('HALFWIDTH_PUNCTUATION', '半角标点“:”')] },
  { file: 'fullwidth-percent', expected: [] },
  { file: 'fullwidth-time', expected: [] },
  { file: 'fullwidth-letters', expected: [] },
  { file: 'fullwidth-sentence', expected: [] },
  { file: 'line-break', expected: [{ code: 'LINE_BREAK_IN_SENTENCE', line: 17, column: 12, message: ['“会议第2条·议题”'], path: ['meetings', 1, 'topic'] }] },
  { file: 'line-break-free-text', expected: [] },
  { file: 'direction-control', expected: [{ code: 'DIRECTION_CONTROL', line: 4, column: 9, message: ['U+202E'], path: ['office', 'name'] }] },
  { file: 'invisible', expected: [inTopic('INVISIBLE_CHARACTER', 'U+0007')] },
  { file: 'word-doubled', expected: [inShortcoming('TEXT_WORD_DOUBLED', '“进一步”')] },
]);
