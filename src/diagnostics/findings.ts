/**
 * The one place findings are counted: errors and warnings over any number of
 * lists of diagnostics (an office's, a run's own, a whole check). The summary
 * line, the batch table's column and totals, `--max-warnings` and the exit
 * code all read these counts, so they cannot disagree.
 */
import type { Diagnostic } from './diagnostic.js';

export interface Findings {
  errors: number;
  warnings: number;
}

export function countFindings(...lists: readonly (readonly Diagnostic[])[]): Findings {
  const n: Findings = { errors: 0, warnings: 0 };
  for (const list of lists) {
    for (const d of list) {
      if (d.severity === 'error') n.errors++;
      else n.warnings++;
    }
  }
  return n;
}

/** The findings of many results (each office's diagnostics), plus the run's own. */
export const countResults = (results: readonly { diagnostics: readonly Diagnostic[] }[], own: readonly Diagnostic[] = []): Findings =>
  countFindings(own, ...results.map((r) => r.diagnostics));
