/**
 * Validate merged data against the schema and turn every zod issue into a
 * Chinese diagnostic at the exact YAML node. zod's own messages (even its
 * zhCN locale) are partly English and name no position, so we write our own.
 * Nothing is coerced: a number written as `'12'` is an error, not 12.
 */
import { closest, distance } from 'fastest-levenshtein';
import { diagnostic, type Location } from '../diagnostics/create.js';
import { expectedType } from '../diagnostics/expected-type.js';
import type { WrittenValue } from '../diagnostics/catalogue.js';
import { correctedDate } from './loose-date.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Result } from '../result.js';
import type { DataPath, PathLocator } from '../load/positions.js';
import { isCalendarDate, LIMITS, YearSchema, type YearData } from '../schema/year.js';
import { choiceNames, fieldName, knownKeys, schemaAt } from './schema-labels.js';
import { valueAt } from '../util/value-at.js';
import { readIssues, type Issue, type ReadIssue } from './zod-issues.js';
import { chineseDate, numberWritten } from './written-forms.js';
import { WHEN_FORMS } from '../schema/when.js';
import { isPointId, pointShown } from '../schema/points.js';

export function schemaDiagnostics(data: unknown, locator: PathLocator): Result<YearData> {
  const result = YearSchema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const year = valueAt(data, ['year']);
  const issues = readIssues(result.error.issues, data);
  const suggestions = keySuggestions(issues);
  const ctx: Context = { data, locator, year: typeof year === 'number' ? year : undefined, suggestions };
  const diagnostics = withoutMisspeltRequired(issues, suggestions).flatMap((issue) => issueDiagnostics(issue, ctx));
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
function keySuggestions(issues: readonly ReadIssue[]): Suggestions {
  const out: Suggestions = { byKey: new Map(), suggested: new Set() };
  for (const { path, problem } of issues) {
    if (problem.kind !== 'unknownKey') continue;
    const suggestion = suggest(problem.key, path).suggestion;
    out.byKey.set(pathKey([...path, problem.key]), suggestion);
    if (suggestion !== undefined) out.suggested.add(pathKey([...path, suggestion]));
  }
  return out;
}

/**
 * `topci: …` for `topic`: one mistake, reported once — as the unknown key
 * with its did-you-mean — not also as the required `topic` missing.
 */
function withoutMisspeltRequired(issues: readonly ReadIssue[], suggestions: Suggestions): ReadIssue[] {
  return issues.filter((i) => !(i.problem.kind === 'missing' && suggestions.suggested.has(pathKey(i.path))));
}

/** A number or a date written as people write them is said so (“写成 28”); anything else by its kind of problem. */
function issueDiagnostics({ path, input, problem }: ReadIssue, ctx: Context): Diagnostic[] {
  const { locator } = ctx;
  const field = fieldName(path);
  const at = () => locator.locate(path);

  switch (problem.kind) {
    case 'unknownKey': {
      // Keys inside a union's form are not among the top-level issues: their suggestion is made here.
      const key = pathKey([...path, problem.key]);
      const suggestion = ctx.suggestions.byKey.has(key) ? ctx.suggestions.byKey.get(key) : suggest(problem.key, path).suggestion;
      return [diagnostic('UNKNOWN_KEY', { field, key: problem.key, ...(suggestion !== undefined && { suggestion }) }, locator.locate([...path, problem.key], 'key'))];
    }
    case 'missing': {
      // A missing key has no node: point at its parent's key (`office:`), or the file's start.
      // A ledger has a cell even for what is missing: the empty one the office should fill.
      // A sheet the ledger lacks altogether (单位与委员 deleted) has no cell: the message names the sheet to put back.
      const own = locator.cellOf?.(path);
      const cell = own?.cell !== undefined ? `${own.sheet}!${own.cell}` : undefined;
      const sheet = own?.sheet !== undefined && cell === undefined ? own.sheet : undefined;
      return [diagnostic('MISSING_FIELD', { field, key: problem.key, ...(cell && { cell }), ...(sheet && { sheet }) }, own ?? { ...locator.locate(path.slice(0, -1), 'key'), path })];
    }
    case 'wrongType': {
      if (input === null && problem.expected === 'string') return [diagnostic('BLANK_TEXT', { field }, at())];
      const meant = (problem.expected === 'number' || problem.expected === 'int') && typeof input === 'string' ? numberAsText(input) : undefined;
      if (meant) return [diagnostic('NUMBER_AS_TEXT', { field, value: clip(input as string), ...meant }, at())];
      return [diagnostic('WRONG_TYPE', { field, expected: expectedType(problem.expected), ...written(input) }, at())];
    }
    case 'union':
      return unionDiagnostics(path, input, problem.forms, ctx);
    case 'choice': {
      // A ledger's drop-down offers the Chinese names of values that are keys (民主监督, not supervision): so does the message.
      const place = at();
      const names = place.sheet !== undefined ? choiceNames(schemaAt(path)) : undefined;
      // A point of the report, as the ledger's drop-down shows it: 委员学习（members.study）.
      const shown = (v: string): string => names?.get(v) ?? (place.sheet !== undefined && isPointId(v) ? pointShown(v) : v);
      return [diagnostic('INVALID_CHOICE', { field, value: describeValue(input), allowed: problem.allowed.map(shown).join('、') }, place)];
    }
    case 'refined':
      return refinedDiagnostics(problem.name, field, input, at, ctx);
    case 'tooSmall':
      return [diagnostic('OUT_OF_RANGE', { field, bound: problem.exclusive ? 'minExclusive' : 'min', limit: problem.limit }, at())];
    case 'tooBig': {
      if (problem.origin === 'string' && typeof input === 'string') return [diagnostic('TEXT_TOO_LONG', { field, limit: problem.limit, length: input.length }, at())];
      if (problem.origin === 'array' && Array.isArray(input)) return [diagnostic('LIST_TOO_LONG', { field, limit: problem.limit, length: input.length }, at())];
      return [diagnostic('OUT_OF_RANGE', { field, bound: 'max', limit: problem.limit.toLocaleString('en-US') }, at())];
    }
    case 'multipleOf':
      return [diagnostic('OUT_OF_RANGE', { field, bound: 'multipleOf', limit: problem.divisor }, at())];
  }
}

/** Only `counts` uses unions (a number, or { value, approx }): an object is checked as the object form, anything else said as a count. */
function unionDiagnostics(path: DataPath, input: unknown, forms: readonly (readonly Issue[])[], ctx: Context): Diagnostic[] {
  const field = fieldName(path);
  const at = () => ctx.locator.locate(path);
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const form = forms.find((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
    if (form) return readIssues(form, ctx.data, path).flatMap((i) => issueDiagnostics(i, ctx));
  }
  // A word where a union takes one of a list or an object (an outline's point: members.study or { use, title }): the list.
  // Not where it also takes a number (a count: 20, 多次 or { value, approx }): INVALID_COUNT below says all three.
  const takesNumber = forms.some((errs) => errs.some((e) => e.code === 'invalid_type' && e.path.length === 0 && (e as { expected?: string }).expected === 'number'));
  const choice = typeof input === 'string' && !takesNumber ? forms.find((errs) => errs.length === 1 && errs[0]!.code === 'invalid_value' && errs[0]!.path.length === 0) : undefined;
  if (choice) return readIssues(choice, ctx.data, path).flatMap((i) => issueDiagnostics(i, ctx));
  if (typeof input === 'number' && Number.isInteger(input) && input > LIMITS.count) {
    return [diagnostic('OUT_OF_RANGE', { field, bound: 'max', limit: LIMITS.count.toLocaleString('en-US') }, at())];
  }
  const meant = typeof input === 'string' ? numberAsText(input) : undefined;
  if (meant) return [diagnostic('NUMBER_AS_TEXT', { field, value: clip(input as string), ...meant }, at())];
  return [diagnostic('INVALID_COUNT', { field }, at())];
}

/** A refinement's failure by the name the schema gave it (./schema/fields.ts). */
function refinedDiagnostics(name: string, field: string, input: unknown, at: () => Location, ctx: Context): Diagnostic[] {
  if (name === 'blank') return [diagnostic('BLANK_TEXT', { field }, at())];
  if (name === 'date' || name === 'when') {
    // 2021年12月20日 is DATE_IN_CHINESE; 2021-6-1 is INVALID_DATE with the corrected form.
    const iso = typeof input === 'string' ? chineseDate(input, ctx.year) : undefined;
    // 6月下旬 is a record's date, not a signature's.
    if (iso && (name === 'when' || isCalendarDate(iso))) return [diagnostic('DATE_IN_CHINESE', { field, value: clip(input as string), iso }, at())];
    return [diagnostic('INVALID_DATE', { field, value: describeValue(input), ...correctedDate(input), ...(name === 'when' && { forms: WHEN_FORMS }) }, at())];
  }
  if (name === 'moneyWan') return [diagnostic('OUT_OF_RANGE', { field, bound: 'moneyWan', limit: LIMITS.moneyWan.toLocaleString('en-US') }, at())];
  // The one pattern in the schema is an own section's key (its refinement names it 'key').
  return [diagnostic('INVALID_VALUE', { field, rule: name === 'key' ? 'ownKey' : 'other' }, at())];
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

const clip = (s: string): string => (s.length > 30 ? `${s.slice(0, 30)}…` : s);
