/**
 * The year's numbers, all declared by the kinds that feed them
 * (./kinds/*.ts, `tallies`): which an office may keep in `counts` without
 * itemised records, their titles and units, and the schema of `counts`.
 */
import * as z from 'zod';
import { countValue, labelled } from './fields.js';
import type { Tally } from './kind.js';
import { KINDS, listsIn, type RecordKind } from './kinds/index.js';
import { valueAt } from '../util/value-at.js';

/** Every number a kind feeds, in the table's order. */
export const TALLIES: readonly Tally[] = KINDS.flatMap((k) => k.tallies);

/** The numbers an office may keep in `counts`. Where the same number can also be counted from records, the rules check that the two agree. */
export const COUNT_FIELDS = Object.fromEntries(TALLIES.filter((t) => t.keep).map((t) => [t.key, { title: t.title, unit: t.unit, description: t.description }])) as Readonly<
  Record<CountKey, { title: string; unit: string; description: string }>
>;

/** The numbers an office may keep: `partyMeetings`, `forums` …. */
export type CountKey = RecordKind['countKeys'][number];

type CountValueSchema = ReturnType<typeof countValue>;
const countShape = Object.fromEntries(
  Object.entries(COUNT_FIELDS).map(([key, f]) => [key, countValue(f.title, `${f.description}单位：${f.unit}。`).optional()]),
) as Record<CountKey, z.ZodOptional<CountValueSchema>>;

export type CountValue = z.output<CountValueSchema>;

export const CountsSchema = labelled(
  z.strictObject({
    ...countShape,
    // Lists of records kept under `counts` (`counts.other`).
    ...listsIn('counts'),
  }),
  '数字',
  '不逐条记录时，全年各项工作的数字。与逐条记录同时给出时，两者必须一致。',
);

/** The office's own count of one number, if it kept one. */
export const keptCount = (counts: z.output<typeof CountsSchema> | undefined, key: string): CountValue | undefined =>
  key === 'other' ? undefined : (counts as Record<string, CountValue | undefined> | undefined)?.[key];

/** A record a number counts, where it is, and how much it adds (`null`: an amount the office wrote as 若干, not known). */
export interface Counted {
  path: (string | number)[];
  amount: number | null;
}

/**
 * The one counting rule of a number, for one record: what the record adds,
 * `null` when it counts but its amount is not known (若干), or undefined when
 * the number does not count it. `check` compares an office's own count with
 * the sum over the records, the model derives the report's number from it,
 * --explain names the number beside each record.
 */
export function amountOf(tally: Tally, record: Record<string, unknown>): number | null | undefined {
  if (!tally.counts(record)) return undefined;
  if (tally.amount === undefined) return 1;
  const amount = valueAt(record, tally.amount);
  if (typeof amount === 'number') return amount;
  return typeof amount === 'string' ? null : undefined;
}

const kindOf = (tally: Tally) => KINDS.find((k) => k.key === tally.kind)!;

/** The records of the data a number counts, with where each is. */
export function countedRecords(tally: Tally, data: unknown): Counted[] {
  const kind = kindOf(tally);
  const out: Counted[] = [];
  kind.recordsIn(data).forEach((record, i) => {
    const amount = amountOf(tally, record);
    if (amount !== undefined) out.push({ path: [...kind.path, i, ...(tally.amount ?? [])], amount });
  });
  return out;
}

/** The known part of a sum of records, and whether some record's amount was not known (若干). */
export interface Derived {
  value: number;
  partial: boolean;
}

/**
 * The number as the records give it: present only where the list it comes
 * from was given; a count of records is then a number (0 included), a sum
 * only where some record gives the amount (unknown never reads as 0). A sum
 * with an amount the office did not know is its known part, marked partial.
 */
export function derivedValue(tally: Tally, data: unknown): Derived | undefined {
  if (!Array.isArray(valueAt(data, kindOf(tally).path))) return undefined;
  const items = countedRecords(tally, data);
  if (tally.amount !== undefined && items.length === 0) return undefined;
  return { value: items.reduce((sum, it) => sum + (it.amount ?? 0), 0), partial: items.some((it) => it.amount === null) };
}
