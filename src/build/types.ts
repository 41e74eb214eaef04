/**
 * What building one office's report takes and gives. The single-office
 * `summary build` and the batch both go through `buildOffice`
 * (./build-office.ts), so a batch builds each office exactly as one build would.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportDocument } from '../document/model.js';
import type { KeyNumbers } from '../model/key-numbers.js';

export type OutputFormat = 'docx' | 'md' | 'txt';

export interface BuildOptions {
  /** Folder the report is written into (created if missing). */
  outDir: string;
  /** File name (without folder) to write; default `${year}年${office.name}工作总结.docx`. */
  fileName?: string;
  format: OutputFormat;
  /** Overwrite an existing file. */
  force: boolean;
  /** Folder of user templates overriding built-in ones. */
  templatesDir?: string;
  /** Font names overriding the GB/T 9704 defaults. */
  fonts?: Partial<Record<'title' | 'body' | 'heading1' | 'heading2' | 'pageNumber', string>>;
  /** Previous year's data file or folder, for 比上年 comparisons. */
  previous?: string;
  /** Also write `<report>.explain.txt` beside the report, listing where every record went. */
  explain?: boolean;
  /** Build in memory only, write nothing (`summary preview`). */
  dryRun?: boolean;
  /**
   * Stop after validation and the model: what a batch's plan pass needs to name
   * each office's output (and refuse collisions) before anything is written.
   * Status `built` then means “would build”.
   */
  planOnly?: boolean;
  /** Folder relative inputs are resolved against; default process.cwd(). */
  cwd?: string;
  /** Return the rendered document model on the result (preview); batches leave it off to keep memory flat. */
  keepDocument?: boolean;
  /** Date written into the .docx properties; default SOURCE_DATE_EPOCH or the signature date. */
  date?: Date;
}

export type BuildStatus =
  /** Written. */
  | 'built'
  /** The data has errors (exit 1). */
  | 'invalid'
  /** Templates, output file or an internal failure (exit 2). */
  | 'failed';

export interface OfficeBuildResult {
  /** The input as the user named it. */
  input: string;
  status: BuildStatus;
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
  /** Which of the four sections had nothing to feed them. */
  emptySections?: string[];
  /** The rendered document, when `keepDocument` was asked for. */
  document?: ReportDocument;
  /** Where every record went (`--explain`), as text lines. */
  explanation?: string;
}
