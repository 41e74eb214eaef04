/**
 * Validate merged data against the schema and turn every zod issue into a
 * Chinese diagnostic at the exact YAML node. zod's own messages (even its
 * zhCN locale) are partly English and name no position, so we write our own.
 * Nothing is coerced: a number written as `'12'` is an error, not 12.
 */
import { closest, distance } from 'fastest-levenshtein';
import type * as z from 'zod';
import { diagnostic } from '../diagnostics/create.js';
import { expectedType } from '../diagnostics/expected-type.js';
import type { WrittenValue } from '../diagnostics/catalogue.js';
import { correctedDate } from './loose-date.js';
import type { Checked, Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataPath, Locator } from '../load/positions.js';
import { LIMITS, YearSchema, type YearData } from '../schema/year.js';
import { fieldName, knownKeys } from './schema-labels.js';

export function schemaDiagnostics(data: unknown, locator: Locator): Checked<YearData> {
  const result = YearSchema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics = result.error.issues.flatMap((issue) => issueDiagnostics(issue, [], data, locator));
  return { value: undefined, diagnostics };
}

type Issue = z.core.$ZodIssue;

function issueDiagnostics(issue: Issue, prefix: DataPath, data: unknown, locator: Locator): Diagnostic[] {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))] as DataPath;
  const input = valueAt(data, path);
  const field = fieldName(path);
  const at = () => locator.locate(path);

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => diagnostic('UNKNOWN_KEY', { field, key, ...suggest(key, path) }, locator.locate([...path, key], 'key')));
    case 'invalid_type': {
      if (input === undefined) {
        const key = String(path[path.length - 1] ?? '');
        // A missing key has no node: point at its parent's key (`office:`), or the file's start.
        return [diagnostic('MISSING_FIELD', { field, key }, { ...locator.locate(path.slice(0, -1), 'key'), path })];
      }
      if (input === null && issue.expected === 'string') return [diagnostic('BLANK_TEXT', { field }, at())];
      return [diagnostic('WRONG_TYPE', { field, expected: expectedType(issue.expected), ...written(input) }, at())];
    }
    case 'invalid_union': {
      // Only `counts` uses unions (a number, or { value, approx }).
      if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
        const branch = issue.errors.find((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
        if (branch) return branch.flatMap((e) => issueDiagnostics(e, path, data, locator));
      }
      if (typeof input === 'number' && Number.isInteger(input) && input > LIMITS.count) {
        return [diagnostic('OUT_OF_RANGE', { field, bound: 'max', limit: LIMITS.count.toLocaleString('en-US') }, at())];
      }
      return [diagnostic('INVALID_COUNT', { field }, at())];
    }
    case 'invalid_value':
      return [diagnostic('INVALID_CHOICE', { field, value: describeValue(input), allowed: issue.values.map(String).join('、') }, at())];
    case 'custom':
      if (issue.message === 'blank') return [diagnostic('BLANK_TEXT', { field }, at())];
      if (issue.message === 'date') return [diagnostic('INVALID_DATE', { field, value: describeValue(input), ...correctedDate(input) }, at())];
      if (issue.message === 'moneyWan') return [diagnostic('OUT_OF_RANGE', { field, bound: 'moneyWan', limit: LIMITS.moneyWan.toLocaleString('en-US') }, at())];
      return [diagnostic('INVALID_VALUE', { field, rule: 'other' }, at())];
    case 'too_small':
      return [diagnostic('OUT_OF_RANGE', { field, bound: issue.inclusive === false ? 'minExclusive' : 'min', limit: String(issue.minimum) }, at())];
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string' && typeof input === 'string') return [diagnostic('TEXT_TOO_LONG', { field, limit, length: input.length }, at())];
      if (issue.origin === 'array' && Array.isArray(input)) return [diagnostic('LIST_TOO_LONG', { field, limit, length: input.length }, at())];
      return [diagnostic('OUT_OF_RANGE', { field, bound: 'max', limit: limit.toLocaleString('en-US') }, at())];
    }
    case 'not_multiple_of':
      return [diagnostic('OUT_OF_RANGE', { field, bound: 'multipleOf', limit: String(issue.divisor) }, at())];
    default:
      // The one pattern in the schema is an own section's key (its refinement names it 'key').
      return [diagnostic('INVALID_VALUE', { field, rule: issue.message === 'key' ? 'ownKey' : 'other' }, at())];
  }
}

/** The nearest known key: by spelling, or a key whose Chinese title the user wrote instead. */
function suggest(key: string, path: DataPath): { suggestion?: string } {
  const known = knownKeys(path);
  if (known.length === 0) return {};
  const byTitle = known.find((k) => k.title === key);
  if (byTitle) return { suggestion: byTitle.key };
  const byCase = known.find((k) => k.key.toLowerCase() === key.toLowerCase());
  if (byCase) return { suggestion: byCase.key };
  const best = closest(key, known.map((k) => k.key));
  return distance(key, best) <= Math.max(2, Math.floor(best.length / 3)) ? { suggestion: best } : {};
}

/** What the user wrote, as a case of the catalogue's WRITTEN_VALUE (the words are there). */
export function written(v: unknown): { got: WrittenValue; gotText?: string } {
  if (v === null) return { got: 'null' };
  if (Array.isArray(v)) return { got: 'array' };
  switch (typeof v) {
    case 'string':
      return { got: 'string', gotText: clip(v) };
    case 'number':
      if (Number.isNaN(v)) return { got: 'nan' };
      if (!Number.isFinite(v)) return { got: 'infinite' };
      return { got: 'number', gotText: String(v) };
    case 'boolean':
      return { got: v ? 'true' : 'false' };
    case 'object':
      return { got: 'object' };
    default:
      return { got: 'other' };
  }
}

/** A value quoted in a message: text clipped, anything else as YAML would print it. */
const describeValue = (v: unknown): string => (typeof v === 'string' ? clip(v) : String(v));

const clip = (s: string): string => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

export function valueAt(data: unknown, path: DataPath): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
