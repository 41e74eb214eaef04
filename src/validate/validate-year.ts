/**
 * All the diagnostics of one office's year: those found while loading
 * (YAML, schema) followed by the rules across records. Rules run only on
 * data that passed the schema, so they can trust its types.
 */
import { appendAll } from '../util/append-all.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedYear } from '../load/load-year.js';
import type { Rule } from './rules/context.js';
import { countsAgree } from './rules/counts.js';
import { datesInYear, signedAfterLastRecord } from './rules/dates.js';
import { noDuplicates } from './rules/duplicates.js';
import { levelsAddUp } from './rules/members.js';
import { orderAsWritten, sectionsFed } from './rules/sections.js';
import { textContent } from './rules/text-content.js';

export const RULES: readonly Rule[] = [datesInYear, signedAfterLastRecord, countsAgree, levelsAddUp, textContent, sectionsFed, orderAsWritten, noDuplicates];

/** Every diagnostic of the office, load and rules together, sorted by file and position. */
export function validateYear(loaded: LoadedYear): Diagnostic[] {
  const out = [...loaded.diagnostics];
  const data = loaded.data;
  if (data) {
    const ctx = { data, locate: loaded.locator.locate.bind(loaded.locator) };
    for (const rule of RULES) appendAll(out, rule(ctx));
  }
  return sortDiagnostics(out);
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
