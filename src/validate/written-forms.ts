/**
 * What a clerk meant when a number or a date is written the way people
 * write them in Chinese: `28人`, `十八人`, `三次`, `20余次`, `2021年12月20日`,
 * `12月20日`. Used only to say “写成 28” in a message — the data is never
 * taken as if it had been written so (nothing is coerced).
 */
import { isCalendarDate } from '../schema/year.js';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * A Chinese numeral as a number, or undefined when it is not one: 十八 → 18,
 * 一百零五 → 105, 两千三百 → 2300, 九千九百九十九 → 9999, 一万二千 → 12000,
 * 二〇二一 → 2021 (digit by digit). Up to 亿 (exclusive).
 */
export function chineseNumeral(s: string): number | undefined {
  if (s === '' || ![...s].every((c) => c in DIGIT || c in UNIT || c === '万')) return undefined;
  // Digits only (二〇二一, 三): read digit by digit.
  if ([...s].every((c) => c in DIGIT)) return Number([...s].map((c) => DIGIT[c]).join(''));
  const parts = s.split('万');
  if (parts.length > 2) return undefined;
  if (parts.length === 2) {
    const high = belowTenThousand(parts[0]!);
    // 一万二 is 12000 as people say it, like 一百五.
    const low = parts[1] === '' ? 0 : parts[1]!.length === 1 && parts[1] !== '零' ? (DIGIT[parts[1]!] ?? NaN) * 1000 : belowTenThousand(parts[1]!);
    if (Number.isNaN(low)) return undefined;
    return high === undefined || low === undefined || high === 0 ? undefined : high * 10_000 + low;
  }
  return belowTenThousand(s);
}

/** 0–9999 with units: each unit at most once, in falling order; 十 alone starts at 1 (十八). */
function belowTenThousand(s: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 10_000;
  let zeroSeen = false;
  for (const c of s) {
    if (c in DIGIT) {
      if (digit !== undefined) return undefined; // two digits in a row (三四十) is not a number
      digit = DIGIT[c]!;
      if (digit === 0) {
        zeroSeen = true;
        digit = undefined;
      }
      continue;
    }
    const unit = UNIT[c];
    if (unit === undefined || unit >= lastUnit) return undefined;
    total += (digit ?? (total === 0 && !zeroSeen ? 1 : undefined) ?? NaN) * unit;
    if (Number.isNaN(total)) return undefined;
    digit = undefined;
    lastUnit = unit;
  }
  // A trailing digit after a skipped place needs 零 (一百零五); 一百五 means 150, as people say it.
  if (digit !== undefined) total += !zeroSeen && lastUnit >= 100 && lastUnit < 10_000 ? digit * (lastUnit / 10) : digit;
  return total;
}

/** Units a count is written with; the number is what matters. */
const COUNT_UNITS = '人次|人|名|位|次|场|期|件|条|篇|个|份|户|家|项|天|批';
const WRITTEN_NUMBER = new RegExp(`^(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)\\s*(余|多)?\\s*(${COUNT_UNITS})?$`, 'u');

export interface WrittenNumber {
  value: number;
  approx?: '余' | '多';
}

/**
 * `28人` → 28, `十八人` → 18, `三次` → 3, `20余次` → { 20, 余 }; undefined for
 * text that is not a number with a unit (`四十` without a unit is a number too,
 * `5万元` is not: 万 changes the value, and money has its own unit field).
 */
export function numberWritten(written: string): WrittenNumber | undefined {
  const s = written.normalize('NFKC').trim();
  const m = WRITTEN_NUMBER.exec(s);
  if (!m) return undefined;
  const [, num = '', approx] = m;
  const value = /^\d/.test(num) ? Number(num) : chineseNumeral(num);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return approx ? { value, approx: approx as '余' | '多' } : { value };
}

/**
 * A date written the Chinese way, in ISO form when it is a real date:
 * `2021年12月20日` → 2021-12-20, `2021年6月` → 2021-06, `12月20日` → the
 * record's year (`year`) when known, `6月下旬` → 2021-06-下旬. Full-width digits are read too.
 */
export function chineseDate(written: string, year: number | undefined): string | undefined {
  const s = written.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|(上旬|中旬|下旬))?$/.exec(s);
  if (!m) return undefined;
  const y = m[1] ?? (year === undefined ? undefined : String(year));
  if (y === undefined) return undefined;
  const pad = (x: string) => x.padStart(2, '0');
  const month = `${y}-${pad(m[2]!)}`;
  if (m[4] !== undefined) return isCalendarDate(month) ? `${month}-${m[4]}` : undefined;
  const iso = m[3] === undefined ? month : `${month}-${pad(m[3])}`;
  return isCalendarDate(iso) ? iso : undefined;
}
