/** What every rule gets: the validated year and a way to point at its nodes. */
import type { Location } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath, Target } from '../../load/positions.js';
import type { YearData } from '../../schema/year.js';

export interface RuleContext {
  data: YearData;
  locate(path: DataPath, target?: Target): Location;
}

export type Rule = (ctx: RuleContext) => Diagnostic[];

/** Every string in the data with its path: the rules over free text walk this. */
export function* strings(value: unknown, path: DataPath = []): Generator<{ path: DataPath; text: string }> {
  if (typeof value === 'string') {
    yield { path, text: value };
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
  }
}

/** Every `date` field with its path, e.g. ['meetings', 2, 'date']. */
export function* dates(value: unknown, path: DataPath = []): Generator<{ path: DataPath; date: string }> {
  for (const s of strings(value, path)) {
    if (s.path[s.path.length - 1] === 'date') yield { path: s.path, date: s.text };
  }
}

/** A month date (2021-06) covers the whole month: its first and its last possible day. */
export const earliest = (d: string): string => (d.length === 7 ? `${d}-01` : d);
export const latest = (d: string): string => (d.length === 7 ? `${d}-31` : d);
