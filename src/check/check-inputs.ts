/**
 * `check` as a library call: expand the inputs into offices, load and
 * validate each on its own, and gather the results. One office's failure,
 * even a bug of the tool, never stops or changes the others.
 */

import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckSummary } from '../diagnostics/format/records.js';
import { displayName, loadYear, type LoadedYear } from '../load/load-year.js';
import { validateYear } from '../validate/validate-year.js';
import { expandInputs } from '../batch/inputs.js';

export interface CheckOptions {
  cwd: string;
  ignore?: string[];
  /** Offices checked at once; file reads overlap, parsing does not. */
  concurrency?: number;
}

export interface OfficeResult {
  /** The office as shown: a file, or a merged folder. */
  input: string;
  files: string[];
  diagnostics: Diagnostic[];
  /** Loaded data (undefined on load errors); build and batch reuse it. */
  loaded?: LoadedYear;
  /** True when the tool itself failed on this office (a bug, exit code 2). */
  crashed?: boolean;
  /** Stack of that failure, shown only under --debug. */
  stack?: string;
}

export interface CheckReport {
  offices: OfficeResult[];
  /** All diagnostics, office by office, sorted within each. */
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  summary: CheckSummary;
  /** Inputs that matched no file, or a broken batch file: a usage problem (exit 2). */
  missingInputs: Diagnostic[];
  /** Offices on which the tool failed (a bug). */
  crashed: number;
}

export async function checkInputs(inputs: readonly string[], opts: CheckOptions): Promise<CheckReport> {
  // The batch's expansion: the same folder rule, plus batch files listing offices.
  const expanded = await expandInputs(inputs.length > 0 ? inputs : ['.'], { cwd: opts.cwd, ignore: opts.ignore });
  const offices = await mapLimited(
    expanded.jobs.map((j) => j.path),
    opts.concurrency ?? 8,
    (abs) => checkOffice(abs, opts.cwd),
  );
  const diagnostics = [...expanded.diagnostics, ...offices.flatMap((o) => o.diagnostics)];
  const sources = new Map<string, string>();
  for (const o of offices) for (const [k, v] of o.loaded?.sources ?? []) sources.set(k, v);
  const summary: CheckSummary = {
    files: offices.reduce((n, o) => n + Math.max(o.files.length, 1), 0),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
  return { offices, diagnostics, sources, summary, missingInputs: expanded.diagnostics.filter((d) => d.severity === 'error'), crashed: offices.filter((o) => o.crashed).length };
}

export async function checkOffice(abs: string, cwd: string): Promise<OfficeResult> {
  const input = displayName(abs, cwd, abs);
  try {
    const loaded = await loadYear(abs, { cwd });
    return { input, files: loaded.files, diagnostics: validateYear(loaded), loaded };
  } catch (err) {
    // A bug of the tool: reported on this office, the others go on.
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const d = diagnostic('INTERNAL_ERROR', { detail }, { file: input, line: 0, column: 0 });
    const result: OfficeResult = { input, files: [input], diagnostics: [d], crashed: true };
    if (err instanceof Error && err.stack) result.stack = err.stack;
    return result;
  }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return results;
}

