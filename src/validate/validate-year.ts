/**
 * The validate stage: the loaded files against the schema, then the rules
 * across records. Rules run only on data that passed the schema, so they can
 * trust its types. The load's own diagnostics (reading, YAML) come first in
 * the result, so this is every diagnostic of the office.
 */
import { appendAll } from '../util/append-all.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Result } from '../result.js';
import type { LoadedYear } from '../load/load-year.js';
import type { YearData } from '../schema/year.js';
import { schemaDiagnostics } from './schema-issues.js';
import type { Rule } from './rules/context.js';
import { countsAgree } from './rules/counts.js';
import { datesInYear, signedAfterLastRecord } from './rules/dates.js';
import { noDuplicates } from './rules/duplicates.js';
import { levelsAddUp } from './rules/members.js';
import { orderAsWritten, sectionsFed } from './rules/sections.js';
import { outlineComplete, outlineNotices, placesKnown, rulesSaySomething } from './rules/outline.js';
import { textContent } from './rules/text-content.js';

export const RULES: readonly Rule[] = [
  datesInYear,
  signedAfterLastRecord,
  countsAgree,
  levelsAddUp,
  textContent,
  sectionsFed,
  orderAsWritten,
  noDuplicates,
  placesKnown,
  outlineComplete,
  outlineNotices,
  rulesSaySomething,
];

/**
 * The year as the schema read it (undefined when reading, YAML or the schema
 * failed) and every diagnostic of the office, sorted by file and position.
 * A rule's error leaves the value in place, so the office can still be named;
 * callers decide with hasErrors.
 */
export function validateYear(load: Result<LoadedYear>): Result<YearData> {
  const out = [...load.diagnostics];
  const loaded = load.value;
  let data: YearData | undefined;
  if (loaded?.raw !== undefined && !hasErrors(out)) {
    const checked = schemaDiagnostics(loaded.raw, loaded.locator);
    appendAll(out, checked.diagnostics);
    if (!hasErrors(out)) data = checked.value;
  }
  if (data && loaded) {
    const ctx = { data, locate: loaded.locator.locate.bind(loaded.locator) };
    for (const rule of RULES) appendAll(out, rule(ctx));
  }
  return { value: data, diagnostics: sortDiagnostics(out) };
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
