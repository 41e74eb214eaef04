/**
 * Helpers that write one value: numbers (GB/T 15835), dates, ordinals, lists,
 * free text. They never throw and never print `undefined`: a value of the wrong
 * shape writes nothing, and the leak test holds the report to that.
 */
import {
  bookTitle,
  chineseNumeral,
  clause,
  formatCount,
  formatDate,
  formatMoney,
  formatMonthDay,
  formatMonths,
  formatNumber,
  formatPercent,
  formatXun,
  joinAnd,
  joinList,
  ordinal,
  sentence,
  type OrdinalStyle,
} from '../text.js';
import { LINE_BREAK } from '../drafts.js';
import { unwrap } from '../track.js';
import type { HelperFn } from './types.js';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Drop Handlebars' options object, which is always the last argument. */
const params = (args: unknown[]): unknown[] => args.slice(0, -1);

/** 多次 as it is; 若干 with its unit (若干条); anything else nothing. */
const amountWords = (words: string, unit: string): string => (words === '多次' ? '多次' : words === '若干' ? `若干${unit}` : '');

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.flatMap((x) => (typeof x === 'string' ? [x] : typeof x === 'number' ? [formatNumber(x)] : [])) : [];

export const formatHelpers: Record<string, HelperFn> = {
  /** {{num 8600}} → 8600 */
  num: (...a) => {
    const n = num(params(a)[0]);
    return n === undefined ? '' : formatNumber(n);
  },
  /** {{count numbers.forums}} → 4次; {{count 20 "人次"}}; a Figure or Quantity brings its own unit and 余/多, or its 多次/若干. */
  count: (...a) => {
    const [v, unit] = params(a);
    const o = obj(v);
    if (o) {
      const u = typeof unit === 'string' ? unit : str(o['unit']);
      const words = typeof o['words'] === 'string' ? o['words'] : typeof o['value'] === 'string' ? o['value'] : undefined;
      if (words !== undefined) return amountWords(words, u);
      const value = num(o['value']);
      if (value === undefined) return '';
      return formatCount(value, u, str(o['approx']));
    }
    if (typeof v === 'string') return amountWords(v, str(unit));
    const n = num(v);
    return n === undefined ? '' : formatCount(n, str(unit));
  },
  /** {{money amount}} → 1.6万元; {{money 24600 "元"}} → 2.46万元 */
  money: (...a) => {
    const [v, unit] = params(a);
    const o = obj(v);
    if (o) {
      const value = num(o['value']);
      return value === undefined ? '' : formatMoney(value, str(o['unit']));
    }
    const n = num(v);
    return n === undefined ? '' : formatMoney(n, str(unit) || '元');
  },
  /** {{percent proposals.adoptedShare}} → 83.3% */
  percent: (...a) => {
    const n = num(params(a)[0]);
    return n === undefined ? '' : formatPercent(n);
  },
  /** {{date "2021-06-24"}} → 2021年6月24日 */
  date: (...a) => formatDate(str(params(a)[0])),
  /** {{md "2021-06-24"}} → 6月24日 */
  md: (...a) => formatMonthDay(str(params(a)[0])),
  /** {{month "2021-06-24"}} → 6月 (a month said inside a clause: 镇政府4月在……); 6月下旬 and 上半年 as written. */
  month: (...a) => {
    const v = str(params(a)[0]);
    const d = /^\d{4}-(\d{2})(?:-\d{2})?$/.exec(v);
    return d ? `${Number(d[1])}月` : formatMonthDay(v);
  },
  /** {{concat "开展“" name "”活动"}} → 开展“五个一”活动 (a point title made of data) */
  concat: (...a) => params(a).map((v) => (typeof v === 'string' ? v : typeof v === 'number' ? formatNumber(v) : '')).join(''),
  /** {{xun "2021-06-24"}} → 6月下旬 */
  xun: (...a) => formatXun(str(params(a)[0])),
  /** {{months meetings.months}} → 2月、7月 */
  months: (...a) => {
    const v = params(a)[0];
    return Array.isArray(v) ? formatMonths(v.filter((m): m is number => typeof m === 'number')) : '';
  },
  /** {{ordinal 2 "paren"}} → （二）; styles: shi (一是), dun (一、), paren, arabic, arabicParen */
  ordinal: (...a) => {
    const [n, style] = params(a);
    const k = num(n);
    return k === undefined ? '' : ordinal(k, (str(style) || 'shi') as OrdinalStyle);
  },
  /** {{cn 4}} → 四 (for fixed phrases, never for counts) */
  cn: (...a) => {
    const k = num(params(a)[0]);
    return k === undefined ? '' : chineseNumeral(k);
  },
  /** {{join sites 3}} → 苏洲坝泵站、云田花卉、红旺园林等 */
  join: (...a) => {
    const [list, max, sep] = params(a);
    return joinList(strings(list), num(max), typeof sep === 'string' ? sep : '、');
  },
  /** {{joinAnd studies.groups.[0].documents}} → 甲、乙和丙 (the same text twice is said once); {{joinAnd list 3}} → 甲、乙、丙等 */
  joinAnd: (...a) => {
    const [list, max] = params(a);
    return joinAnd(strings(list), num(max));
  },
  /** {{pluck meetings.forums "topic"}} → the topics (placing those records). */
  pluck: (...a) => {
    const [list, field] = params(a);
    if (!Array.isArray(list) || typeof field !== 'string') return [];
    return list.flatMap((item) => {
      const o = obj(item);
      if (!o || !Object.prototype.hasOwnProperty.call(unwrap(o), field)) return [];
      const v = o[field];
      return typeof v === 'string' || typeof v === 'number' ? [v] : [];
    });
  },
  /** Free text as a sentence ending with one 。 */
  sentence: (...a) => sentence(str(params(a)[0])).split('\n').join(LINE_BREAK),
  /** Free text inside a sentence: no closing 。 */
  clause: (...a) => clause(str(params(a)[0])).split('\n').join(LINE_BREAK),
  /** Free text as written, line breaks kept. */
  text: (...a) => str(params(a)[0]).trim().split('\n').join(LINE_BREAK),
  /** {{book name}} → 《name》 */
  book: (...a) => bookTitle(str(params(a)[0])),
};
