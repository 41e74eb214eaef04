/**
 * The library's public API: the stages the CLI composes, for a county's own
 * scripts. Everything here keeps the rules the CLI keeps: nothing prints or
 * exits, nothing throws for the user's input, every stage gives back one
 * shape, `{ value?, diagnostics }` (./result.ts), and diagnostics name files
 * by the path the stage resolved; `showFrom` makes them relative for a
 * reader, as the CLI does. Anything not exported here is internal and may
 * change without notice. See docs/library.md.
 */

// The one result shape, and what it carries.
export { ok, failed, usable, type Always, type Result } from './result.js';
export { hasErrors, type Diagnostic, type Severity } from './diagnostics/diagnostic.js';

// load → validate: one office's files read, parsed with positions, checked.
export { loadYear, type ReadYearOptions } from './office/read-year.js';
export type { LoadedYear, LoadOptions } from './load/load-year.js';
export { validateYear } from './validate/validate-year.js';
export type { YearData } from './schema/year.js';

// prepare → render → write: one office, stage by stage.
export { prepareOffice, type Prepared, type PreparedOffice, type PrepareOptions } from './office/prepare.js';
export { renderOffice, type RenderedOffice } from './office/render.js';
export { encodeReport, previewText, reportTarget, type EncodeOptions } from './office/write.js';
export { commitOutput, commitTracked, discardOutput, stageOutput, writeWhole, type FileOutcome, type StagedFile } from './write/output-file.js';
export { OutputRecord, OutputRecords, RECORD_FILE } from './write/output-record.js';
export type { ReportDocument } from './document/model.js';

// The same three stages in one call, as `summary build FILE` runs them (never over an existing file without force).
export { buildOffice, commitOffice, discardOffice, saveRecords, stageOffice, type StagedOffice } from './office/build-office.js';
export type { Fonts, OfficeBuildResult, OfficeOptions, OfficeStatus, OutputFormat } from './office/types.js';

// Many offices: check, build in worker threads, roll up.
export { expandInputs, type BatchSettings, type ExpandedInputs, type ExpandOptions, type OfficeJob } from './inputs/expand.js';
export { checkInputs, type CheckedOffice, type CheckOptions, type CheckReport } from './check/check-inputs.js';
export { buildExpanded, runBatch, type BatchOptions, type BatchReport, type BatchResult } from './batch/run-batch.js';
export { officeOptions, type BuildOptions } from './batch/build-options.js';
export { writeRollup, type RollupFiles, type WriteRollupOptions } from './rollup/write-rollup.js';
export { exitCodeOf, EXIT, type ExitCode } from './office/exit-code.js';

// Showing diagnostics: the CLI's own formatters and its path display.
export { formatText, type TextOptions } from './diagnostics/format/text.js';
export { formatJson, JSON_FORMAT_VERSION } from './diagnostics/format/json.js';
export { formatGithub } from './diagnostics/format/github.js';
export type { CheckSummary, FormatInput } from './diagnostics/format/records.js';
export { showDiagnostics, showForGithub, showFrom, showResult, showSources, type ShowPath } from './cli/display-paths.js';

// The data's JSON Schema, as `summary schema` prints it.
export { yearJsonSchema } from './schema/json-schema.js';
