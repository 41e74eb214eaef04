/**
 * The county's totals: each key number summed over the offices that have it.
 * An office without a number is not counted as 0; it is named, so the roll-up
 * can say how many offices lacked each number instead of printing a total that
 * quietly undercounts.
 */
import { VALIDATED, type OfficeBuildResult } from '../office/types.js';
import { KEY_NUMBER_COLUMNS, type KeyNumberName, type KeyNumbers } from '../model/key-numbers.js';

export interface KeyTotal {
  /** Sum over the offices that have the number; undefined when none has it. */
  total: number | undefined;
  /** Offices (display names) that lack it. */
  missing: string[];
}

export type Totals = Record<KeyNumberName, KeyTotal>;

/**
 * Counted in the roll-up: its data validated this run and its report stands
 * (written now, already so, or kept as someone edited it: VALIDATED). An office refused
 * later — two offices for one file name, another year than the batch's, a
 * template that failed — has numbers but is not counted: the roll-up's text
 * says so, and its table and totals agree with the text (repro 35).
 */
export const isCounted = (r: OfficeBuildResult): boolean => VALIDATED.has(r.status);

/** The offices counted, with their numbers, in order: the table's rows and what the totals sum. */
export const officesWithNumbers = (results: readonly OfficeBuildResult[]): (OfficeBuildResult & { numbers: KeyNumbers })[] =>
  results.filter((r): r is OfficeBuildResult & { numbers: KeyNumbers } => r.numbers !== undefined && isCounted(r));

/** The office's name; for a file that never got that far, the file's name without folder or extension. */
export const officeName = (r: OfficeBuildResult): string => r.office ?? fileStem(r.input);

function fileStem(input: string): string {
  const base = input.split(/[\\/]/).filter((p) => p !== '').pop() ?? input;
  return base.replace(/\.(ya?ml)$/i, '') || input;
}

/** The township (青石镇) where two offices do not share it, else the full name: a table column of narrow cells. */
export function shortNames(results: readonly OfficeBuildResult[]): (r: OfficeBuildResult) => string {
  const seen = new Map<string, number>();
  for (const r of results) if (r.township) seen.set(r.township, (seen.get(r.township) ?? 0) + 1);
  return (r) => (r.township && seen.get(r.township) === 1 ? r.township : officeName(r));
}

export function totals(results: readonly OfficeBuildResult[]): Totals {
  const rows = officesWithNumbers(results);
  const out = {} as Totals;
  for (const { key } of KEY_NUMBER_COLUMNS) {
    const present = rows.filter((r) => r.numbers[key] !== undefined);
    out[key] = {
      total: present.length === 0 ? undefined : present.reduce((s, r) => s + (r.numbers[key] as number), 0),
      missing: rows.filter((r) => r.numbers[key] === undefined).map(officeName),
    };
  }
  return out;
}

/**
 * Last year's totals over the same offices, only where every office that has
 * the number this year also had it last year: otherwise the comparison would
 * set a full county against a partial one.
 */
export function previousTotals(results: readonly OfficeBuildResult[], previous: ReadonlyMap<string, KeyNumbers> | undefined): Partial<Record<KeyNumberName, number>> {
  const out: Partial<Record<KeyNumberName, number>> = {};
  if (!previous) return out;
  const rows = officesWithNumbers(results);
  for (const { key } of KEY_NUMBER_COLUMNS) {
    const present = rows.filter((r) => r.numbers[key] !== undefined);
    if (present.length === 0) continue;
    const last = present.map((r) => previous.get(r.office ?? '')?.[key]);
    if (last.every((v): v is number => v !== undefined)) out[key] = last.reduce((s, v) => s + v, 0);
  }
  return out;
}
