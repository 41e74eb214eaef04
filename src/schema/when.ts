/**
 * When a record happened, as offices know it (issue 19): a day (2021-06-24),
 * a month (2021-06), a part of a month (2021-06-下旬), a part of the year
 * (年初, 上半年, 三季度 …), or not at all. One parser reads every form, so the
 * schema, the rules (a date outside the year, a signature before the last
 * record), the model's order and the report's wording (6月24日, 6月下旬,
 * 上半年) cannot read the same value differently.
 */

/** The parts of a month, with their first and last day. */
export const XUN = { 上旬: [1, 10], 中旬: [11, 20], 下旬: [21, 31] } as const;
export type Xun = keyof typeof XUN;

/**
 * The parts of the year an office may write instead of a date, each with the
 * months it covers (for the order of records and the signature rule) and the
 * day it sorts as among dated records.
 */
export const PERIODS = {
  年初: { from: 1, to: 2, sort: '01-05' },
  一季度: { from: 1, to: 3, sort: '02-15' },
  上半年: { from: 1, to: 6, sort: '03-31' },
  二季度: { from: 4, to: 6, sort: '05-15' },
  年中: { from: 6, to: 7, sort: '06-30' },
  三季度: { from: 7, to: 9, sort: '08-15' },
  下半年: { from: 7, to: 12, sort: '09-30' },
  四季度: { from: 10, to: 12, sort: '11-15' },
  年底: { from: 11, to: 12, sort: '12-25' },
} as const;
export type Period = keyof typeof PERIODS;
export const PERIOD_WORDS = Object.keys(PERIODS) as Period[];

export type Precision = 'day' | 'xun' | 'month' | 'period';

export interface When {
  /** The year written in the value; undefined for a part of the year (年初 …), which is the report's year. */
  year: number | undefined;
  /** The month, for a day, a part of a month or a month. */
  month: number | undefined;
  precision: Precision;
  /** As the report writes it inside the year: 6月24日, 6月下旬, 6月, 上半年. */
  text: string;
  /** Sorts records in the order they happened (a part of the year at a day inside it). */
  sortKey: string;
  /** The first and last month-day (MM-DD) the value can mean, for rules that compare dates. */
  earliest: string;
  latest: string;
}

const FORM = /^(\d{4})-(\d{2})(?:-(\d{2}|上旬|中旬|下旬))?$/;
const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Values already read. The schema, the rules, the model's order and the
 * wording each read an office's few dozen dates, several times over; bounded,
 * so a long-running process (a batch, the preview) holds no more than this.
 */
const read = new Map<string, Readonly<When> | undefined>();
const MAX_READ = 4096;
/** Longer than every form (2021-06-下旬): not kept, so a long wrong value is never held. */
const MAX_KEPT_LENGTH = 16;

/** The value read, or undefined when it is none of the forms (or no real day: 2021-02-30). Shared: never changed. */
export function parseWhen(value: string): Readonly<When> | undefined {
  if (value.length > MAX_KEPT_LENGTH) return readWhen(value);
  const hit = read.get(value);
  if (hit !== undefined || read.has(value)) return hit;
  if (read.size >= MAX_READ) read.clear();
  const when = readWhen(value);
  read.set(value, when && Object.freeze(when));
  return when;
}

function readWhen(value: string): When | undefined {
  const period = PERIODS[value as Period];
  if (period) {
    return {
      year: undefined,
      month: undefined,
      precision: 'period',
      text: value,
      sortKey: `${period.sort}`,
      earliest: `${pad(period.from)}-01`,
      latest: `${pad(period.to)}-31`,
    };
  }
  const m = FORM.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysIn(year, month);
  const part = m[3];
  if (part === undefined) {
    return { year, month, precision: 'month', text: `${month}月`, sortKey: `${pad(month)}-15`, earliest: `${pad(month)}-01`, latest: `${pad(month)}-${pad(last)}` };
  }
  const xun = XUN[part as Xun];
  if (xun) {
    const [from, to] = xun;
    return {
      year,
      month,
      precision: 'xun',
      text: `${month}月${part}`,
      sortKey: `${pad(month)}-${pad(from + 4)}`,
      earliest: `${pad(month)}-${pad(from)}`,
      latest: `${pad(month)}-${pad(Math.min(to, last))}`,
    };
  }
  const day = Number(part);
  if (day < 1 || day > last) return undefined;
  const md = `${pad(month)}-${pad(day)}`;
  return { year, month, precision: 'day', text: `${month}月${day}日`, sortKey: md, earliest: md, latest: md };
}

/** Whether a value is one of the forms. */
export const isWhen = (value: string): boolean => parseWhen(value) !== undefined;

/** The forms, for descriptions and hints. */
export const WHEN_FORMS = `“2021-06-24”（年-月-日）、“2021-06”（年-月）、“2021-06-下旬”（上旬、中旬、下旬），或${PERIOD_WORDS.map((p) => `“${p}”`).join('')}`;

/** The report's way of writing a value inside its year: 6月24日, 6月下旬, 6月, 上半年; '' for a value that is none. */
export const whenText = (value: unknown): string => (typeof value === 'string' ? (parseWhen(value)?.text ?? '') : '');
