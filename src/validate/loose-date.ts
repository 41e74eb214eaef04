/**
 * 2021-6-1 or 2021/6/1: a real date in the wrong form, not a wrong date. The
 * INVALID_DATE diagnostic then says how to write it (its `corrected` parameter).
 */
import { isCalendarDate } from '../schema/year.js';

const LOOSE_DATE = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;

/** The date in the form the schema wants, when the value is a real date written loosely; nothing otherwise. */
export function correctedDate(value: unknown): { corrected?: string } {
  if (typeof value !== 'string') return {};
  const m = LOOSE_DATE.exec(value);
  if (!m) return {};
  const pad = (x: string) => x.padStart(2, '0');
  const padded = m[3] === undefined ? `${m[1]}-${pad(m[2] as string)}` : `${m[1]}-${pad(m[2] as string)}-${pad(m[3])}`;
  return padded !== value && isCalendarDate(padded) ? { corrected: padded } : {};
}
