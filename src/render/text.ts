/**
 * How the report writes numbers, dates, ordinals and lists: GB/T 15835 and
 * the habits of the seeds. Pure functions; the Handlebars helpers
 * (./helpers/*) are thin wrappers so these can be tested as tables.
 */
import { parseWhen, whenText } from '../schema/when.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. Ordinals in the report never go past that. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
  }
  return String(n);
}

export type OrdinalStyle = 'shi' | 'dun' | 'paren' | 'arabic' | 'arabicParen';

/** The ordinals GB/T 9704 and the seeds use: 一是, 一、, （一）, 1., （1）. */
export function ordinal(n: number, style: OrdinalStyle = 'shi'): string {
  switch (style) {
    case 'dun':
      return `${chineseNumeral(n)}、`;
    case 'paren':
      return `（${chineseNumeral(n)}）`;
    case 'arabic':
      return `${n}.`;
    case 'arabicParen':
      return `（${n}）`;
    default:
      return `${chineseNumeral(n)}是`;
  }
}

/** Arabic, as GB/T 15835 wants for counts and measures: 8600, 1.6, 98.5; at most two decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 100) / 100);
}

/** 20 + 次 → 20次; 20 + 余 + 次 → 20余次. */
export function formatCount(value: number, unit = '', approx?: string): string {
  const n = formatNumber(value);
  if (n === '') return '';
  return `${n}${approx === '余' || approx === '多' ? approx : ''}${unit}`;
}

/** Money as the office wrote it (1.6万元, 8600元); a sum in 元 of 10000 or more reads in 万元. */
export function formatMoney(value: number, unit: string): string {
  if (unit === '元' && value >= 10000) return `${formatNumber(value / 10000)}万元`;
  return `${formatNumber(value)}${unit}`;
}

/** 83.3% — one decimal at most, no trailing .0. */
export function formatPercent(value: number): string {
  if (!Number.isFinite(value)) return '';
  return `${formatNumber(Math.round(value * 10) / 10)}%`;
}

interface DateParts {
  year: number;
  month: number;
  day: number | undefined;
}

export function dateParts(iso: string): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] === undefined ? undefined : Number(m[3]) };
}

/** 2021-06-24 → 2021年6月24日; 2021-06 → 2021年6月. Years are never shortened. */
export function formatDate(iso: string): string {
  const d = dateParts(iso);
  if (!d) return '';
  return `${d.year}年${d.month}月${d.day === undefined ? '' : `${d.day}日`}`;
}

/** Within the report's own year the seeds drop the year: 6月24日, 6月, 6月下旬, 上半年 (every form of a record's date, src/schema/when.ts). */
export function formatMonthDay(value: string): string {
  return whenText(value);
}

/** 6月下旬 where the day does not matter; a month, a part of a month or of the year stays as written. */
export function formatXun(value: string): string {
  const w = parseWhen(value);
  if (!w) return '';
  if (w.precision !== 'day' || w.month === undefined) return w.text;
  const day = Number(w.earliest.slice(3));
  return `${w.month}月${day <= 10 ? '上旬' : day <= 20 ? '中旬' : '下旬'}`;
}

/** [2, 7, 9] → 2月、7月、9月. */
export function formatMonths(months: readonly number[]): string {
  return joinList(months.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12).map((m) => `${m}月`));
}

/** Join with 、; cut at `max` and end with 等, as the seeds list sites: 苏洲坝泵站、云田花卉、红旺园林等. */
export function joinList(items: readonly string[], max?: number, sep = '、'): string {
  const clean = items.map((s) => s.trim()).filter((s) => s.length > 0);
  if (max !== undefined && max > 0 && clean.length > max) return `${clean.slice(0, max).join(sep)}等`;
  return clean.join(sep);
}

/** Join as a person lists: 甲、乙和丙 (two: 甲和乙); cut at `max` with 等: 甲、乙、丙等. An item with its own 和 is joined by 、 alone (教育卫生、社会福利和社会保障). */
export function joinAnd(items: readonly string[], max?: number): string {
  const clean = [...new Set(items.map((s) => s.trim()).filter((s) => s.length > 0))];
  if (max !== undefined && max > 0 && clean.length > max) return `${clean.slice(0, max).join('、')}等`;
  if (clean.length <= 1 || clean.some((s) => s.includes('和'))) return clean.join('、');
  return `${clean.slice(0, -1).join('、')}和${clean[clean.length - 1]}`;
}

const END_MARKS = /[。！？…]$/;
const CLOSERS = /[”’）》」』]$/;
const SOFT_ENDS = new Set('，、；：,;:.');
const CLAUSE_ENDS = new Set('。；，、：.;,:');

/**
 * `text` without a run of these characters (and white space) at its end. A
 * scan back from the end, not `/[…]+$/`: that pattern is retried from every
 * position of a long run and costs its square (2 MB of “.” ran for an hour,
 * repro 32).
 */
function trimEndOf(text: string, ends: ReadonlySet<string>): string {
  let end = text.length;
  while (end > 0 && (ends.has(text[end - 1]!) || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/** Free text as a sentence: ends with 。 exactly once (a trailing ，；： becomes 。). */
export function sentence(text: string): string {
  const t = trimEndOf(text.trim(), SOFT_ENDS);
  if (t === '') return '';
  if (END_MARKS.test(t)) return t;
  // “……。” already closes its sentence inside the quote.
  if (CLOSERS.test(t) && END_MARKS.test(t.slice(0, -1))) return t;
  return `${t}。`;
}

/** Free text as a clause inside a longer sentence: no closing 。 or ；. */
export function clause(text: string): string {
  return trimEndOf(text.trim(), CLAUSE_ENDS);
}

/** A campaign's name in quotation marks: “三新奖”争创 stays as written; 四个一 becomes “四个一”. */
export const quoted = (name: string): string => (name === '' || /[“”]/.test(name) ? name : `“${name}”`);

/** A document or rule name in 《》, unless the office already wrote them. */
export function bookTitle(name: string): string {
  const t = name.trim();
  if (t === '') return '';
  return t.startsWith('《') && t.endsWith('》') ? t : `《${t}》`;
}
