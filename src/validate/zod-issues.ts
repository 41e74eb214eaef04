/**
 * zod's issues read once, for every file checked against a schema (a year,
 * a batch file): each becomes the place it is (a data path without zod's
 * symbols, one entry per unknown key) and what is wrong there, in the tool's
 * own terms. Which diagnostic each becomes is the caller's: a year's
 * (./schema-issues.ts) and a batch file's (src/inputs/batch-file.ts)
 * catalogues say them differently.
 */
import type * as z from 'zod';
import type { DataPath } from '../load/positions.js';
import { valueAt } from '../util/value-at.js';

export type Issue = z.core.$ZodIssue;

export type IssueProblem =
  /** A key the schema does not have (the issue's path is the object it is in). */
  | { kind: 'unknownKey'; key: string }
  /** A required key not written. */
  | { kind: 'missing'; key: string }
  | { kind: 'wrongType'; expected: string }
  /** None of a union's forms fits; each form's own issues, relative to this place. */
  | { kind: 'union'; forms: readonly (readonly Issue[])[] }
  | { kind: 'choice'; allowed: string[] }
  | { kind: 'tooSmall'; origin: string; limit: string; exclusive: boolean }
  | { kind: 'tooBig'; origin: string; limit: number }
  | { kind: 'multipleOf'; divisor: string }
  /** A refinement's or a pattern's failure, by the name the schema gave it ('blank', 'date', 'key' …). */
  | { kind: 'refined'; name: string };

export interface ReadIssue {
  path: DataPath;
  /** What the data holds there. */
  input: unknown;
  problem: IssueProblem;
}

const toPath = (path: readonly PropertyKey[]): DataPath => path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as DataPath;

/** A value a message may quote as written: text, a finite number, true or false (not undefined, null, a structure, NaN). */
const isQuotable = (v: unknown): boolean => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** The kind of value a rule other than a type check wanted: a choice or a date is text, a bound a number. */
function expectedOf(issue: Issue): string {
  if (issue.code === 'invalid_value') return issue.values.every((v) => typeof v === 'number') ? 'number' : 'string';
  if ((issue.code === 'too_small' || issue.code === 'too_big') && (issue.origin === 'array' || issue.origin === 'string')) return issue.origin;
  if (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'not_multiple_of') return 'number';
  return 'string';
}

function problemOf(issue: Issue, input: unknown, path: DataPath): IssueProblem {
  // A value the user did not write, or wrote as a structure, is said as such (missing, a wrong type) whatever
  // rule it broke: never quoted as “undefined”, “[object Object]” or “NaN” (repro 26). A blank value a rule would
  // quote as “” is a blank text.
  const quotesValue = issue.code === 'invalid_value' || issue.code === 'custom';
  if (quotesValue && typeof input === 'string' && input.trim() === '') return { kind: 'refined', name: 'blank' };
  if (input === undefined && issue.code !== 'invalid_type') return { kind: 'missing', key: String(path[path.length - 1] ?? '') };
  if (quotesValue && !isQuotable(input)) return { kind: 'wrongType', expected: expectedOf(issue) };
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? { kind: 'missing', key: String(path[path.length - 1] ?? '') } : { kind: 'wrongType', expected: issue.expected };
    case 'invalid_union':
      return { kind: 'union', forms: issue.errors };
    case 'invalid_value':
      return { kind: 'choice', allowed: issue.values.map(String) };
    case 'too_small':
      return { kind: 'tooSmall', origin: issue.origin, limit: String(issue.minimum), exclusive: issue.inclusive === false };
    case 'too_big':
      return { kind: 'tooBig', origin: issue.origin, limit: Number(issue.maximum) };
    case 'not_multiple_of':
      return { kind: 'multipleOf', divisor: String(issue.divisor) };
    default:
      return { kind: 'refined', name: issue.message };
  }
}

/** The issues of `data` as places and problems; `prefix` places the issues of a union's form inside the data. */
export function readIssues(issues: readonly Issue[], data: unknown, prefix: DataPath = []): ReadIssue[] {
  return issues.flatMap((issue): ReadIssue[] => {
    const path = [...prefix, ...toPath(issue.path)] as DataPath;
    const input = valueAt(data, path);
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path, input, problem: { kind: 'unknownKey', key } }));
    return [{ path, input, problem: problemOf(issue, input, path) }];
  });
}
