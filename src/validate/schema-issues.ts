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
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Result } from '../result.js';
import type { DataPath, PathLocator } from '../load/positions.js';
import { LIMITS, YearSchema, type YearData } from '../schema/year.js';
import { fieldName, knownKeys } from './schema-labels.js';
import { chineseDate, numberWritten } from './written-forms.js';

export function schemaDiagnostics(data: unknown, locator: PathLocator): Result<YearData> {
  const result = YearSchema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const year = valueAt(data, ['year']);
  const suggestions = keySuggestions(result.error.issues);
  const ctx: Context = { data, locator, year: typeof year === 'number' ? year : undefined, suggestions };
  const diagnostics = withoutMisspeltRequired(result.error.issues, suggestions).flatMap((issue) => issueDiagnostics(issue, [], ctx));
  return { value: undefined, diagnostics };
}

interface Context {
  data: unknown;
  locator: PathLocator;
  /** The record's year, to read `12月20日` as a date of that year. */
  year: number | undefined;
  suggestions: Suggestions;
}

const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map(String));

interface Suggestions {
  /** The did-you-mean of each unknown key at the top level of the issues, by its path (pathKey). */
  byKey: Map<string, string | undefined>;
  /** Paths (pathKey) of the keys suggested: a missing one there is the same mistake. */
  suggested: Set<string>;
}

/** The did-you-mean of every unknown key, once: the messages and the filter below both use it. */
function keySuggestions(issues: readonly Issue[]): Suggestions {
  const out: Suggestions = { byKey: new Map(), suggested: new Set() };
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as DataPath;
    for (const key of issue.keys) {
      const suggestion = suggest(key, path).suggestion;
      out.byKey.set(pathKey([...path, key]), suggestion);
      if (suggestion !== undefined) out.suggested.add(pathKey([...path, suggestion]));
    }
  }
  return out;
}

/**
 * `topci: …` for `topic`: one mistake, reported once — as the unknown key
 * with its did-you-mean — not also as the required `topic` missing.
 */
function withoutMisspeltRequired(issues: readonly Issue[], suggestions: Suggestions): Issue[] {
  return issues.filter((i) => !(i.code === 'invalid_type' && i.input === undefined && suggestions.suggested.has(pathKey(i.path))));
}

type Issue = z.core.$ZodIssue;

function issueDiagnostics(issue: Issue, prefix: DataPath, ctx: Context): Diagnostic[] {
  const { data, locator } = ctx;
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))] as DataPath;
  const input = valueAt(data, path);
  const field = fieldName(path);
  const at = () => locator.locate(path);

  // A value the user did not write, or wrote as a structure, is said as such (MISSING_FIELD, WRONG_TYPE)
  // whatever rule it broke: never quoted as “undefined”, “[object Object]” or “NaN” (repro 26).
  const quotesValue = issue.code === 'invalid_value' || issue.code === 'custom';
  // A blank value would be quoted as “” (or a placeholder): it is a blank text, said as such.
  if (quotesValue && typeof input === 'string' && input.trim() === '') return [diagnostic('BLANK_TEXT', { field }, at())];
  if ((input === undefined && issue.code !== 'invalid_type' && issue.code !== 'unrecognized_keys') || (quotesValue && !isQuotable(input))) {
    return issueDiagnostics({ ...issue, code: 'invalid_type', expected: expectedOf(issue), input } as Issue, prefix, ctx);
  }

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        // Keys inside a union's branch are not among the top-level issues: their suggestion is made here.
        const at = pathKey([...path, key]);
        const suggestion = ctx.suggestions.byKey.has(at) ? ctx.suggestions.byKey.get(at) : suggest(key, path).suggestion;
        return diagnostic('UNKNOWN_KEY', { field, key, ...(suggestion !== undefined && { suggestion }) }, locator.locate([...path, key], 'key'));
      });
    case 'invalid_type': {
      if (input === undefined) {
        const key = String(path[path.length - 1] ?? '');
        // A missing key has no node: point at its parent's key (`office:`), or the file's start.
        // A ledger has a cell even for what is missing: the empty one the office should fill.
        const own = locator.cellOf?.(path);
        const cell = own?.cell !== undefined ? `${own.sheet}!${own.cell}` : undefined;
        return [diagnostic('MISSING_FIELD', { field, key, ...(cell && { cell }) }, own ?? { ...locator.locate(path.slice(0, -1), 'key'), path })];
      }
      if (input === null && issue.expected === 'string') return [diagnostic('BLANK_TEXT', { field }, at())];
      const meant = (issue.expected === 'number' || issue.expected === 'int') && typeof input === 'string' ? numberAsText(input) : undefined;
      if (meant) return [diagnostic('NUMBER_AS_TEXT', { field, value: clip(input as string), ...meant }, at())];
      return [diagnostic('WRONG_TYPE', { field, expected: expectedType(issue.expected), ...written(input) }, at())];
    }
    case 'invalid_union': {
      // Only `counts` uses unions (a number, or { value, approx }).
      if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
        const branch = issue.errors.find((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
        if (branch) return branch.flatMap((e) => issueDiagnostics(e, path, ctx));
      }
      if (typeof input === 'number' && Number.isInteger(input) && input > LIMITS.count) {
        return [diagnostic('OUT_OF_RANGE', { field, bound: 'max', limit: LIMITS.count.toLocaleString('en-US') }, at())];
      }
      const meant = typeof input === 'string' ? numberAsText(input) : undefined;
      if (meant) return [diagnostic('NUMBER_AS_TEXT', { field, value: clip(input as string), ...meant }, at())];
      return [diagnostic('INVALID_COUNT', { field }, at())];
    }
    case 'invalid_value':
      return [diagnostic('INVALID_CHOICE', { field, value: describeValue(input), allowed: issue.values.map(String).join('、') }, at())];
    case 'custom':
      if (issue.message === 'blank') return [diagnostic('BLANK_TEXT', { field }, at())];
      if (issue.message === 'date') {
        // 2021年12月20日 is DATE_IN_CHINESE; 2021-6-1 is INVALID_DATE with the corrected form.
        const iso = typeof input === 'string' ? chineseDate(input, ctx.year) : undefined;
        if (iso) return [diagnostic('DATE_IN_CHINESE', { field, value: clip(input as string), iso }, at())];
        return [diagnostic('INVALID_DATE', { field, value: describeValue(input), ...correctedDate(input) }, at())];
      }
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

/**
 * `28人`, `十八人`, `20余次` as the number to write instead: 28, 18, or 20
 * with approx 余 (NUMBER_AS_TEXT's hint writes `{ value: 20, approx: 余 }`).
 * Undefined for digits alone (`"11"` is a quoting mistake, which WRONG_TYPE's
 * hint covers) and for text that is not a number.
 */
function numberAsText(input: string): { number: number; approx?: '余' | '多' } | undefined {
  if (/^\s*\d+(?:\.\d+)?\s*$/.test(input)) return undefined;
  const n = numberWritten(input);
  if (!n) return undefined;
  return n.approx ? { number: n.value, approx: n.approx } : { number: n.value };
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
      // An empty text has nothing to quote: said as empty, not as a placeholder.
      return v === '' ? { got: 'emptyString' } : { got: 'string', gotText: clip(v) };
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

/** A value a message may quote as written: text, a finite number, true or false (not undefined, null, a structure, NaN). */
const isQuotable = (v: unknown): boolean => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** The kind of value a rule other than a type check wanted: a choice or a date is text, a bound a number. */
function expectedOf(issue: Issue): string {
  if (issue.code === 'invalid_value') return issue.values.every((v) => typeof v === 'number') ? 'number' : 'string';
  if ((issue.code === 'too_small' || issue.code === 'too_big') && (issue.origin === 'array' || issue.origin === 'string')) return issue.origin;
  if (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'not_multiple_of') return 'number';
  return 'string';
}

const clip = (s: string): string => (s.length > 30 ? `${s.slice(0, 30)}…` : s);

export function valueAt(data: unknown, path: DataPath): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
