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

function problemOf(issue: Issue, input: unknown, path: DataPath): IssueProblem {
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
