/**
 * What one office's pipeline takes and gives. Every command composes the same
 * stages (./prepare.ts → ./render.ts → ./write.ts); `summary build` of one
 * file, a batch worker, `preview` and `check` differ only in where they stop
 * and where the bytes go.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { KeyNumbers } from '../model/key-numbers.js';
import type { FontChoices } from '../write/fonts.js';

// The formats and the font roles are tables of their own (src/write/formats.ts, src/write/fonts.ts).
export type { OutputFormat } from '../write/formats.js';
import type { OutputFormat } from '../write/formats.js';
export type { FontRole } from '../write/fonts.js';
/** The fonts a caller chose, by role; the rest are GB/T 9704's (the library's name for FontChoices). */
export type Fonts = FontChoices;

/** How one office's report is read, rendered and named; the same for a single build and a batch office. */
export interface OfficeOptions {
  /** Folder relative inputs are resolved against. Diagnostics name files by the resolved path; the CLI shows them relative. */
  cwd: string;
  /** The office's record files, when already listed (src/inputs/expand.ts). */
  files?: string[];
  /** The data folder links in the office's folder must stay in (src/load/office-files.ts). */
  root?: string;
  /** Follow links out of the data folder. */
  allowOutside?: boolean;
  /** Folder the report is written into (created if missing). */
  outDir: string;
  /**
   * The file name, or a pattern with `{year}` `{office}` `{short}` `{township}`
   * (./file-name.ts); default `{year}年{office}工作总结`. The extension follows the format.
   */
  fileName?: string;
  format: OutputFormat;
  /** Overwrite an existing file. */
  force: boolean;
  /** Folder of user templates overriding built-in ones. */
  templatesDir?: string;
  /** Font names overriding the GB/T 9704 defaults. */
  fonts?: Fonts;
  /** Previous year's data file or folder, for 比上年 comparisons. */
  previous?: string;
  /** Also write `<report>.explain.txt` beside the report, listing where every record went. */
  explain?: boolean;
  /** Attach the statistics table (`--annex`) even when the office's report.statistics does not ask for it. */
  annex?: boolean;
  /** Date written into the .docx properties; default SOURCE_DATE_EPOCH or the signature date. */
  date?: Date;
}

export type OfficeStatus =
  /** Written where there was no such file (or, for `check`, passed). In a batch worker: staged, not yet in place. */
  | 'built'
  /** The tool's own report, untouched since it was written, rewritten because the data changed (or any report, with --force). */
  | 'updated'
  /** The report there is already byte for byte this run's: nothing written. */
  | 'unchanged'
  /**
   * Changed by someone since the tool wrote it, while the data is as it was
   * then: the edit is the newest word, and it is kept (nothing to do).
   */
  | 'kept'
  /**
   * Changed since the tool wrote it (or not known to be the tool's), and the
   * data differs now: left alone, OUTPUT_EDITED says how to replace it (exit 2).
   */
  | 'edited'
  /** The data has errors (exit 1). */
  | 'invalid'
  /** Templates, output file or an internal failure (exit 2). */
  | 'failed';

/**
 * The statuses of an office whose data validated this run and whose report is
 * in the output folder, written now or before: what the roll-up counts and the
 * table names by its file.
 */
export const VALIDATED: ReadonlySet<OfficeStatus> = new Set<OfficeStatus>(['built', 'updated', 'unchanged', 'kept', 'edited']);

/** One office's outcome: what the table, the roll-up and the exit code read. */
export interface OfficeBuildResult {
  /** The input as the user named it. */
  input: string;
  status: OfficeStatus;
  /** Office full name, when the data got that far. */
  office?: string;
  /** Its township or street (青石镇), the short name tables use. */
  township?: string;
  year?: number;
  /** Where the report was written. */
  output?: string;
  diagnostics: Diagnostic[];
  /** The year's key numbers, for the roll-up; present when the data validated. */
  numbers?: KeyNumbers;
  /** Last year's key numbers, when a previous year was given and validated. */
  previousNumbers?: KeyNumbers;
  /** Which of the four sections had nothing to feed them. */
  emptySections?: string[];
  /** Where every record went (`--explain`), as text lines. */
  explanation?: string;
  /** When a bug of the tool failed it (TOOL_BUG, BATCH_WORKER_DIED): the error as thrown, for `--debug` only, never in a message. */
  crash?: string;
}
