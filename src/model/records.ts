/**
 * The records of every kind as the model gives them to templates, all by one
 * walk over the kind's own schema (src/schema/kinds/): every field a present
 * key, short text on one line, lists and yes/no fields never missing, the
 * record's path as `ref`, its section resolved; then the kind's own `clean`,
 * the records sorted by date, split into the kind's groups, and the kind's
 * views added.
 */
import * as z from 'zod';
import type { AnyKind, Figures } from '../schema/kind.js';
import { KINDS } from '../schema/kinds/index.js';
import type { YearData } from '../schema/year.js';
import type { KindEntries } from './types.js';
import { parseWhen } from '../schema/when.js';

/**
 * Short record fields are written into running prose, where a line break from
 * the YAML (a folded scalar, a pasted line) would read as a stray gap; Chinese
 * needs no space where the lines join. U+2028 is reserved by the renderer as its
 * line-break marker, so it is normalised to a plain line break in free text.
 */
export const inline = (s: string): string => s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, '').trim();
export const inlineOpt = (s: string | undefined): string | undefined => (s === undefined ? undefined : inline(s));
export const free = (s: string): string => s.replace(/\r\n?|[\u2028\u2029]/g, '\n').trim();

const unwrap = (s: z.ZodType): z.ZodType => (s instanceof z.ZodOptional ? unwrap(s.unwrap() as z.ZodType) : s);

/** One value as the model holds it, by its schema: absent lists are [], absent yes/no false, text inline. */
function normalValue(schema: z.ZodType, value: unknown): unknown {
  const s = unwrap(schema);
  if (value === undefined) return s instanceof z.ZodArray ? [] : s instanceof z.ZodBoolean ? false : undefined;
  if (typeof value === 'string') return inline(value);
  if (s instanceof z.ZodArray && Array.isArray(value)) return value.map((v) => normalValue(s.element as z.ZodType, v));
  if (s instanceof z.ZodObject && typeof value === 'object' && value !== null) return normalObject(s, value as Record<string, unknown>);
  return value;
}

function normalObject(schema: z.ZodObject, value: Record<string, unknown>): Record<string, unknown> {
  const shape = schema.shape as Record<string, z.ZodType>;
  return Object.fromEntries(Object.keys(shape).map((key) => [key, normalValue(shape[key]!, value[key])]));
}

/** Stable sort by when each happened (上半年 sorts inside the year, src/schema/when.ts); records without a date keep their order, after dated ones. */
function byDate<T>(items: T[]): T[] {
  const dateOf = (x: T): string => {
    const d = (x as { date?: unknown }).date;
    return (typeof d === 'string' ? parseWhen(d)?.sortKey : undefined) ?? '99';
  };
  return items
    .map((item, i) => ({ item, i, date: dateOf(item) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i))
    .map((x) => x.item);
}

/** `meetings[3]`, `members.groups[0]`: where a record is in the data. */
export const refOf = (kind: AnyKind, index: number): string => `${kind.path.join('.')}[${index}]`;

/** One kind's entry from its (normalised, sorted) records: `all`, each group's, and its views. */
export function entryFrom(kind: AnyKind, all: Record<string, unknown>[], figures: Figures): Record<string, unknown> {
  const groups = Object.fromEntries(Object.keys(kind.groups?.of ?? {}).map((g) => [g, all.filter((item) => kind.groupOf(item) === g)]));
  const views = kind.views ? (kind.views({ all, groups, figures }) as Record<string, unknown>) : {};
  return { all, ...groups, ...views };
}

/** One kind's records as the model holds them, in the order they happened. */
function recordsOf(kind: AnyKind, data: YearData): Record<string, unknown>[] {
  const shape = kind.schema.shape as Record<string, z.ZodType>;
  const items = kind.recordsIn(data).map((record, i) => {
    const item: Record<string, unknown> = { ref: refOf(kind, i), ...normalObject(kind.schema, record) };
    if ('section' in shape) item['section'] = kind.placementOf(record)?.section;
    return kind.clean ? (kind.clean(item as never) as Record<string, unknown>) : item;
  });
  return 'date' in shape ? byDate(items) : items;
}

/** Every kind's entry, keyed by kind. */
export function kindEntries(data: YearData, figures: Figures): KindEntries {
  return Object.fromEntries(KINDS.map((kind) => [kind.key, entryFrom(kind, recordsOf(kind, data), figures)])) as unknown as KindEntries;
}
