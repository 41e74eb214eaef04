/**
 * The year's numbers: each is the office's own count where it kept one, else
 * the number derived from its itemised records by the counting rule its kind
 * declares (src/schema/counts.ts), else `undefined` (the data says nothing,
 * which the report must not print as 0). Whether counts and records agree is
 * checked by the validation rules, with the same rule.
 */
import { derivedValue, keptCount, TALLIES, type CountValue, type Derived } from '../schema/counts.js';
import type { Figure, Figures } from '../schema/kind.js';
import type { YearData } from '../schema/year.js';

function fromCounts(unit: string, value: CountValue | undefined): Figure | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return { value, approx: undefined, unit, source: 'counts' };
  if (typeof value === 'string') return { value: 0, approx: undefined, unit, source: 'counts', words: value };
  const own = value.unit ?? unit;
  if (typeof value.value === 'string') return { value: 0, approx: undefined, unit: own, source: 'counts', words: value.value };
  return { value: value.value, approx: value.approx, unit: own, source: 'counts' };
}

/** A number derived from records: a sum with an unknown part is its known part with 余, or 若干 (多次) when nothing of it is known. */
function fromRecords(unit: string, d: Derived): Figure {
  if (!d.partial) return { value: d.value, approx: undefined, unit, source: 'records' };
  if (d.value > 0) return { value: d.value, approx: '余', unit, source: 'records' };
  return { value: 0, approx: undefined, unit, source: 'records', words: unit === '次' ? '多次' : '若干' };
}

export function buildFigures(data: YearData): Figures {
  const out: Figures = {};
  for (const tally of TALLIES) {
    const own = tally.keep ? fromCounts(tally.unit, keptCount(data.counts, tally.key)) : undefined;
    const derived = derivedValue(tally, data);
    const also = tally.also?.total(data);
    out[tally.key] = own ?? (derived === undefined ? undefined : fromRecords(tally.unit, derived)) ?? (also === undefined ? undefined : fromCounts(tally.unit, also));
  }
  return out;
}

/** The numbers for prose: a 0 is left out, since the report does not boast of nothing. */
export const proseNumbers = (figures: Figures): Figures =>
  Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, f && (f.value > 0 || f.words !== undefined) ? f : undefined]));
