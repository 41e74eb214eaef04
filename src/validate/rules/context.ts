/** What every rule gets: the validated year and a way to point at its nodes. */
import type { Location } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath, Target } from '../../load/positions.js';
import type { YearData } from '../../schema/year.js';
import { parseWhen } from '../../schema/when.js';

export interface RuleContext {
  data: YearData;
  locate(path: DataPath, target?: Target): Location;
}

export type Rule = (ctx: RuleContext) => Diagnostic[];

export interface TextAt {
  path: DataPath;
  text: string;
}

/** Each year's strings, found once: three rules read them. */
const walked = new WeakMap<object, readonly TextAt[]>();

/** Every string in the data with its path: the rules over free text walk this. */
export function strings(data: object): readonly TextAt[] {
  let found = walked.get(data);
  if (!found) {
    const out: TextAt[] = [];
    collectStrings(data, [], out);
    walked.set(data, (found = out));
  }
  return found;
}

function collectStrings(value: unknown, path: DataPath, out: TextAt[]): void {
  if (typeof value === 'string') {
    out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collectStrings(value[i], [...path, i], out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectStrings(v, [...path, k], out);
  }
}

/** Every `date` field with its path, e.g. ['meetings', 2, 'date']. */
export function dates(data: object): { path: DataPath; date: string }[] {
  return strings(data).flatMap((s) => (s.path[s.path.length - 1] === 'date' ? [{ path: s.path, date: s.text }] : []));
}

/**
 * The first and last day a date can mean, in the report's year when it names
 * none (上半年): a month covers the month, 6月下旬 its last ten days, 年底
 * November and December.
 */
export const earliest = (d: string, year: number): string => {
  const w = parseWhen(d);
  return w ? `${w.year ?? year}-${w.earliest}` : d;
};
export const latest = (d: string, year: number): string => {
  const w = parseWhen(d);
  return w ? `${w.year ?? year}-${w.latest}` : d;
};
