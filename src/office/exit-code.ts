/**
 * The one place results become an exit code, for every command:
 * 0 everything passed or was built (a report already as this run would write it, or
 * edited since while its data did not change, counts as done); 1 some office's data has errors (or more
 * warnings than `--max-warnings`); 2 a usage problem (a missing input, a bad
 * batch file, nothing to do) or a template, output or internal failure, or a
 * generated file edited since it was written that this run's data would change (left alone).
 *
 * Which errors are not findings in the data but a run that could not do what
 * was asked (a missing file, a file that may not be read, an output that
 * cannot be written) is decided here too (`isFailure`): an office's stage,
 * `init --from` and `convert` ask this module rather than naming codes.
 */
import type { DiagnosticCode } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { countResults } from '../diagnostics/findings.js';
import type { OfficeBuildResult } from './types.js';

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Errors that mean the run could not do what was asked, wherever they occur: exit 2, never 1. */
const FAILURE_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'FILE_NOT_FOUND',
  'NO_YAML_FILES',
  'INPUT_NOT_A_FILE',
  'INPUT_OUTSIDE',
  'PREVIOUS_YEAR_NOT_FOUND',
  'OUTPUT_NAME_INVALID',
  'OUTPUT_EXISTS',
  'OUTPUT_EDITED',
  'OUTPUT_BUSY',
  'OUTPUT_WRITE_FAILED',
  'OUTPUT_DIR_INVALID',
  'TOOL_BUG',
]);

/** Whether any of these is an error of the run rather than of the data. */
export const isFailure = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error' && FAILURE_CODES.has(d.code as DiagnosticCode));

export interface ExitInputs {
  results: readonly Pick<OfficeBuildResult, 'status' | 'diagnostics'>[];
  /** Problems of the run itself (inputs, batch file, roll-up); an error among them is exit 2. */
  diagnostics?: readonly Diagnostic[];
  /** `check --max-warnings`: more warnings than this is exit 1. */
  maxWarnings?: number;
}

export function exitCodeOf({ results, diagnostics = [], maxWarnings }: ExitInputs): ExitCode {
  if (results.length === 0 || diagnostics.some((d) => d.severity === 'error')) return EXIT.failure;
  // An edited report left alone while its data changed: the run did not do what was asked (OUTPUT_EDITED says how).
  if (results.some((r) => r.status === 'failed' || r.status === 'edited')) return EXIT.failure;
  if (results.some((r) => r.status === 'invalid')) return EXIT.findings;
  if (maxWarnings !== undefined && countResults(results, diagnostics).warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

/** A command that does one thing and has only diagnostics to show for it (`convert`, `init --from`): 2 for a failure, 1 for errors in the data. */
export function exitCodeOfDiagnostics(diagnostics: readonly Diagnostic[]): ExitCode {
  if (isFailure(diagnostics)) return EXIT.failure;
  return diagnostics.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
}
