/**
 * Diagnostics are data: every problem the tool finds in a user's files is one
 * of these, with a stable code from the catalogue (./catalogue.ts), a severity,
 * the exact position of the node, a Chinese message and a hint. Nothing below
 * the CLI prints them; formatters (./format/*) turn them into text, JSON or
 * GitHub annotations.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable code from the catalogue, e.g. `SUM-YAML-SYNTAX`. Never reused. */
  code: string;
  severity: Severity;
  /** Chinese: what is wrong, naming the field by its Chinese label. */
  message: string;
  /** Chinese: what to do about it. */
  hint?: string;
  /** Path of the file as the caller gave it (absolute, or as passed); the CLI makes it relative for display. */
  file: string;
  /** 1-based line and column of the exact node; 0 when the problem has no position (an unreadable file). */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Path of the value in the data, e.g. ['meetings', 2, 'date']. */
  path?: (string | number)[];
  /**
   * In a ledger workbook (.xlsx): the sheet, the cell (`C5`) and the column's
   * Chinese header. `line` and `column` are then the cell's row and column
   * numbers, which no text editor shows, so formatters show these instead.
   */
  sheet?: string;
  cell?: string;
  header?: string;
  /**
   * The parameters of a message that quotes file paths (the catalogue entry's
   * `paths`), kept so that the message can be shown again with each path as
   * the reader sees it (src/diagnostics/create.ts showPathsIn). Not part of
   * the JSON output.
   */
  params?: Readonly<Record<string, unknown>>;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
