/**
 * The one place results become an exit code, for every command:
 * 0 everything passed or was built (in a batch, a report left in place
 * without --force counts as done: it is listed as 已存在、未覆盖); 1 some office's data has errors (or more
 * warnings than `--max-warnings`); 2 a usage problem (a missing input, a bad
 * batch file, nothing to do) or a template, output or internal failure.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OfficeBuildResult } from './types.js';

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface ExitInputs {
  results: readonly Pick<OfficeBuildResult, 'status' | 'diagnostics'>[];
  /** Problems of the run itself (inputs, batch file, roll-up); an error among them is exit 2. */
  diagnostics?: readonly Diagnostic[];
  /** `check --max-warnings`: more warnings than this is exit 1. */
  maxWarnings?: number;
}

export function exitCodeOf({ results, diagnostics = [], maxWarnings }: ExitInputs): ExitCode {
  if (results.length === 0 || diagnostics.some((d) => d.severity === 'error')) return EXIT.failure;
  if (results.some((r) => r.status === 'failed')) return EXIT.failure;
  if (results.some((r) => r.status === 'invalid')) return EXIT.findings;
  if (maxWarnings !== undefined && warningCount(results, diagnostics) > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

export const warningCount = (results: readonly Pick<OfficeBuildResult, 'diagnostics'>[], diagnostics: readonly Diagnostic[] = []): number =>
  results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0) + diagnostics.filter((d) => d.severity === 'warning').length;
