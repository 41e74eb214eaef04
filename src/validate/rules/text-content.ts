/**
 * Rules over every piece of free text: template blanks left in (an error:
 * they would be printed), personal numbers (a warning: the report is printed
 * and passed up), half-width punctuation in Chinese text (a warning), a stock
 * word doubled in one sentence (a warning, the prose lint's own table), and
 * invisible characters that make a .docx unreadable.
 */
import { diagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { fieldName } from '../schema-labels.js';
import { doubledWords, sentencesOf } from '../../lint/prose.js';
import { strings, type Rule } from './context.js';
import { KINDS } from '../../schema/kinds/index.js';

/**
 * Blanks of web templates: ___, xx / XX standing alone or in 20xx, ××, 某某,
 * [请填写], （填写）, XXX. Letters around x (e.g. “Xbox”, “XXL”) do not count.
 * A blank may hold one pair of brackets of its own (（请填写所在镇（街道））): it
 * is named whole, not cut at the inner bracket.
 */
export const TEMPLATE_BLANK =
  /_{2,}|＿{2,}|(?<![A-Za-z\d])(?:19|20)?[xX]{2,}(?![A-Za-z])|[×╳]{2,}|[xX×]年[xX×]月|某某|[〇○]{2,}|[[【［(（<＜]\s*(?:请)?(?:填写|填入|输入|待填)(?:[^\]】］)）>＞(（]|[(（][^)）(（]{0,10}[)）]){0,10}[\]】］)）>＞]|待填写?/;

/**
 * Half-width , ; : ? ! ( ) beside a Chinese character, or a . ending Chinese
 * text: the report prints them as they are, and GB/T 15834 wants full width.
 * Between Latin letters or digits (2.5, 8:30, A,B) they are left alone.
 */
const HALFWIDTH = /(?<=[\u3400-\u9fff\uff01-\uff5e])[,;:?!()]|[,;:?!()](?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\.(?=\s*$)/;

const ID_CARD = /(?<!\d)\d{17}[\dXx](?!\d)/;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** C0/C1 controls (except tab and newlines), noncharacters U+FFFE/U+FFFF, lone surrogates. */
// eslint-disable-next-line no-control-regex
export const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Bidi controls: they reorder what is shown (“…\u202Excod.docx” reads “…docx.exe”). */
const DIRECTION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Fields the report writes inside one sentence: a line break in them is
 * removed and the two lines run together (“2个另有意向项目3个”). These are the
 * office's names and every kind's records (the model puts them on one line,
 * src/model/records.ts). Free text (the opening, a section's intro and
 * points, the lists of text.*) keeps it.
 */
const SENTENCE_LISTS = new Set(['office', ...KINDS.map((k) => k.path[0])]);

export const textContent: Rule = ({ data, locate }) => {
  const out: Diagnostic[] = [];
  for (const { path, text } of strings(data)) {
    if (SENTENCE_LISTS.has(String(path[0])) && /[\r\n\u2028\u2029]/.test(text.trim())) out.push(diagnostic('LINE_BREAK_IN_SENTENCE', { field: fieldName(path) }, locate(path)));
    const direction = DIRECTION.exec(text);
    if (direction) out.push(diagnostic('DIRECTION_CONTROL', { field: fieldName(path), codePoint: `U+${direction[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` }, locate(path)));
    const blank = TEMPLATE_BLANK.exec(text);
    if (blank) out.push(diagnostic('TEMPLATE_LEFTOVER', { field: fieldName(path), found: blank[0] }, locate(path)));
    if (ID_CARD.test(text)) out.push(diagnostic('PERSONAL_NUMBER', { field: fieldName(path), kind: 'idCard' }, locate(path)));
    else if (MOBILE.test(text)) out.push(diagnostic('PERSONAL_NUMBER', { field: fieldName(path), kind: 'mobile' }, locate(path)));
    const half = HALFWIDTH.exec(text);
    if (half) out.push(diagnostic('HALFWIDTH_PUNCTUATION', { field: fieldName(path), found: half[0], near: text.slice(Math.max(0, half.index - 6), half.index + 7) }, locate(path)));
    // The prose lint's word check over the office's own text: the report prints it as written.
    for (const sentence of sentencesOf(text)) {
      const word = doubledWords(sentence)[0];
      if (word !== undefined) {
        out.push(diagnostic('TEXT_WORD_DOUBLED', { field: fieldName(path), word, sentence: sentence.length > 30 ? `${sentence.slice(0, 30)}…` : sentence }, locate(path)));
        break;
      }
    }
    const bad = INVISIBLE.exec(text);
    if (bad) {
      const codePoint = `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      out.push(diagnostic('INVISIBLE_CHARACTER', { field: fieldName(path), codePoint }, locate(path)));
    }
  }
  return out;
};

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** The same characters removed, for the renderer (the warning above tells the user). */
export const removeInvisible = (text: string): string => text.replace(INVISIBLE_ALL, '');
