/**
 * This year against last year, said the way the summaries say it:
 * “比上年增加3次”, “比上年减少2件”, “与上年持平”. Pure functions, no layout:
 * the report's opening, its statistics table and the county roll-up all use
 * them, so the wording is the same everywhere.
 *
 * Nothing is said when either year lacks the number: a missing number is not
 * 0, and “比上年增加26人” against a year that never counted would be false.
 */
import { KEY_NUMBER_COLUMNS, type KeyNumberName, type KeyNumbers } from '../model/key-numbers.js';

export type Change =
  | { direction: 'increase' | 'decrease'; delta: number; percent?: number }
  | { direction: 'equal'; delta: 0; percent?: number };

/** The change from `previous` to `current`; undefined when either is missing. */
export function compareNumber(current: number | undefined, previous: number | undefined): Change | undefined {
  if (current === undefined || previous === undefined || !Number.isFinite(current) || !Number.isFinite(previous)) return undefined;
  const diff = round(current - previous);
  // A percentage of 0 is meaningless (from nothing, any rise is “infinite”).
  const percent = previous > 0 ? round((Math.abs(diff) / previous) * 100, 1) : undefined;
  const withPercent = <T extends object>(c: T) => (percent === undefined ? c : { ...c, percent });
  if (diff === 0) return withPercent({ direction: 'equal' as const, delta: 0 as const });
  return withPercent({ direction: diff > 0 ? ('increase' as const) : ('decrease' as const), delta: Math.abs(diff) });
}

export interface PhraseOptions {
  /** Add “，增长42.9%” / “，下降20%”. */
  percent?: boolean;
}

/** “比上年增加3次” / “比上年减少2件” / “与上年持平”; undefined when a year lacks the number. */
export function changePhrase(current: number | undefined, previous: number | undefined, unit: string, opts: PhraseOptions = {}): string | undefined {
  const c = compareNumber(current, previous);
  if (!c) return undefined;
  if (c.direction === 'equal') return '与上年持平';
  const verb = c.direction === 'increase' ? '增加' : '减少';
  const pct = opts.percent && c.percent !== undefined ? `，${c.direction === 'increase' ? '增长' : '下降'}${formatNumber(c.percent)}%` : '';
  return `比上年${verb}${formatNumber(c.delta)}${unit}${pct}`;
}

/** A phrase per key number that both years have, with its unit from KEY_NUMBER_COLUMNS. */
export function compareKeyNumbers(current: KeyNumbers, previous: KeyNumbers | undefined, opts: PhraseOptions = {}): Partial<Record<KeyNumberName, string>> {
  const out: Partial<Record<KeyNumberName, string>> = {};
  if (!previous) return out;
  for (const { key, unit } of KEY_NUMBER_COLUMNS) {
    const phrase = changePhrase(current[key], previous[key], unit, opts);
    if (phrase !== undefined) out[key] = phrase;
  }
  return out;
}

/** Arabic numerals as GB/T 15835 wants: no trailing zeros, no thousands separators. */
export function formatNumber(n: number): string {
  return String(round(n, 2));
}

function round(n: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
