/**
 * The year's numbers: each is the office's own count where it kept one, else
 * the number derived from its itemised records by the counting rule its kind
 * declares (src/schema/counts.ts), else `undefined` (the data says nothing,
 * which the report must not print as 0). Whether counts and records agree is
 * checked by the validation rules, with the same rule.
 */
import { derivedValue, keptCount, TALLIES, type CountValue } from '../schema/counts.js';
import type { Figure, Figures } from '../schema/kind.js';
import type { YearData } from '../schema/year.js';

function fromCounts(unit: string, value: CountValue | undefined): Figure | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return { value, approx: undefined, unit, source: 'counts' };
  return { value: value.value, approx: value.approx, unit, source: 'counts' };
}

export function buildFigures(data: YearData): Figures {
  const out: Figures = {};
  for (const tally of TALLIES) {
    const own = tally.keep ? fromCounts(tally.unit, keptCount(data.counts, tally.key)) : undefined;
    const value = derivedValue(tally, data);
    out[tally.key] = own ?? (value === undefined ? undefined : { value, approx: undefined, unit: tally.unit, source: 'records' });
  }
  return out;
}

/** The numbers for prose: a 0 is left out, since the report does not boast of nothing. */
export const proseNumbers = (figures: Figures): Figures =>
  Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, f && f.value > 0 ? f : undefined]));
