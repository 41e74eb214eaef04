/**
 * Build many offices in one command, each office read once:
 *
 *   expand inputs (the workers, if the count calls for them, starting
 *   meanwhile: ./crew.ts) → each office staged on a worker, or here for a
 *   small batch (prepare → render → write to a temp file beside its target),
 *   giving back its name, numbers and diagnostics → the main thread refuses colliding names (two offices, or an
 *   office and the roll-up) → commits or discards the staged files → roll-up
 *   from the numbers the workers returned → table and exit code.
 *
 * Nothing is in place before every name is known, and a batch that fails or
 * is stopped discards what it staged (a kill -9 leaves temp files that the
 * next run in that folder removes: output-file.ts removeStaleTemps).
 *
 * Each office's options follow one rule, alone or in a batch (./build-options.ts).
 */
import path from 'node:path';
import { appendAll } from '../util/append-all.js';
import type { Always } from '../result.js';
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { expandInputs, type BatchSettings, type ExpandedInputs, type OfficeJob } from '../inputs/expand.js';
import { officeOptions, type BuildOptions, type JobOptions } from './build-options.js';
import { commitOffice, discardOffice, saveRecords } from '../office/build-office.js';
import { EXIT, exitCodeOf, type ExitCode } from '../office/exit-code.js';
import { VALIDATED, type OfficeBuildResult } from '../office/types.js';
import { OutputRecords } from '../write/output-record.js';
import type { StagedFile } from '../write/output-file.js';
import { rollupBaseName, writeRollup, type RollupFiles } from '../rollup/write-rollup.js';
import { inSystemFolder } from '../write/output-file.js';
import { removeOwnTemps, removeStaleTemps } from '../write/staging.js';
import { createCrew, type Crew } from './crew.js';
import type { OfficeTask, OfficeTaskResult } from './office-task.js';
import { DEFAULT_FORMAT, type OutputFormat } from '../write/formats.js';
import { failedResult } from './failed-result.js';
import { createProgress, type Progress } from './progress.js';
import { findCollisions } from './collisions.js';

/** A batch's options: a build's (./build-options.ts; `previous` is each office's own, in a batch file), and the batch's own. */
export interface BatchOptions extends Omit<BuildOptions, 'previous'> {
  /** County name for the roll-up title. */
  county?: string;
  /** Write the roll-up .docx and .csv; default: when a batch file is used and does not say `rollup: false`. */
  rollup?: boolean;
  /** Worker threads at most; default the available cores. How many are started is decided from the work (src/batch/worker-count.ts): a small batch is built in this thread. */
  jobs?: number;
  /** Stop one office's build after this long; default 5 minutes. */
  taskTimeoutMs?: number;
  /** Where progress goes; default none. */
  progress?: Progress;
  /** The worker module; default ./worker.js beside this file (dist/batch/worker.js). */
  workerUrl?: URL;
  /** The roll-up's date (`--date`); its .docx properties too. Each office's report keeps its own signature date. */
  date?: Date;
  /** The roll-up's 落款 (`--superior`); a batch file's `superior` otherwise. */
  superior?: string;
  /** Stops the batch: staged files are removed, nothing more is written (the CLI aborts it on SIGINT/SIGTERM). */
  signal?: AbortSignal;
  /** Exactly this many worker threads (one per office at most), instead of deciding from the work: tests, and comparing. */
  workers?: number;
  /** The workers, made by batchCrew before the inputs were expanded so that they start while the offices are found; default one made here. */
  crew?: Crew;
}

/** The batch's value; its diagnostics (the Result's) are the batch's own: batch file, missing inputs, roll-up. Each office's are in its result. */
export interface BatchReport {
  /** One per office, in the order the inputs named them. */
  results: OfficeBuildResult[];
  /** The batch file's shared settings, if one was used. */
  settings: BatchSettings;
  exitCode: ExitCode;
  rollup?: RollupFiles;
  /** Set when `signal` stopped the batch before anything was put in place: the signal's reason (`SIGINT`, `SIGTERM`). */
  stopped?: string;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

export type BatchResult = Always<BatchReport>;

export async function runBatch(inputs: readonly string[], opts: BatchOptions = {}): Promise<BatchResult> {
  const cwd = opts.cwd ?? process.cwd();
  const crew = opts.crew ?? batchCrew(opts);
  try {
    const expanded = await expandInputs(inputs, { cwd, ...(opts.allowOutside && { allowOutside: true }), found: crew.found });
    return await buildExpanded(expanded, { ...opts, crew });
  } finally {
    await crew.close();
  }
}

/**
 * A batch's workers, made before its inputs are expanded (pass `found` to
 * expandInputs, then the crew to buildExpanded): the workers the count calls
 * for start while the rest of the offices are found. `format`: the batch
 * file's, when it is already known; the command's otherwise.
 */
export function batchCrew(opts: Pick<BatchOptions, 'jobs' | 'workers' | 'format' | 'workerUrl' | 'taskTimeoutMs'>, format: OutputFormat = opts.format ?? DEFAULT_FORMAT): Crew {
  return createCrew({
    kind: format === 'docx' ? 'build-docx' : 'build-text',
    warm: `build-${format}`,
    workerUrl: opts.workerUrl ?? new URL('./worker.js', import.meta.url),
    taskTimeoutMs: opts.taskTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(opts.jobs !== undefined && { jobs: opts.jobs }),
    ...(opts.workers !== undefined && { workers: opts.workers }),
  });
}

/**
 * The batch over inputs already expanded (the CLI expands once to decide
 * between one office and many): stage every office, commit, roll up.
 *
 * `opts.signal` stops it (the CLI aborts it on SIGINT and SIGTERM): the
 * workers are terminated, nothing more is put in place, and what was staged —
 * the files results name and the temp files a terminated worker was writing —
 * is removed before this returns (`stopped` then says why). Only kill -9
 * leaves temp files, which the next run in that folder removes.
 */
export async function buildExpanded(expanded: ExpandedInputs, opts: BatchOptions = {}): Promise<BatchResult> {
  const cwd = opts.cwd ?? process.cwd();
  const { jobs, settings } = expanded;
  const diagnostics = [...expanded.diagnostics];
  // A missing input or a broken batch file is a usage error (exit 2), but it does not take
  // the offices that were found down with it: they are built, and the error is named.
  if (jobs.length === 0) return finish([], diagnostics, settings);

  const progress = opts.progress ?? createProgress({ stream: nullStream, tty: false, quiet: true });
  const resolved = jobs.map((job) => ({ job, ...officeOptions(job, opts, cwd) }));
  const rollupDir = path.resolve(cwd, opts.outDir ?? settings.outDir ?? '.');
  const wantRollup = opts.rollup ?? settings.rollup ?? jobs.some((j) => j.batchFile !== undefined);
  const dirs = [...new Set([...resolved.map((r) => r.options.outDir), ...(wantRollup ? [rollupDir] : [])])].filter((d) => !inSystemFolder(d));
  for (const dir of dirs) await removeStaleTemps(dir);

  const crew = opts.crew ?? batchCrew(opts, opts.format ?? settings.format);
  // The count is final: workers if it calls for them (already started if the expansion was told of the crew).
  crew.found(jobs.length);
  const staged: (StagedFile[] | undefined)[] = [];
  const stop = () => void crew.close();
  opts.signal?.addEventListener('abort', stop, { once: true });
  try {
    const results = await stageAll(crew, resolved, staged, progress, settings, opts.signal);
    // Stopped while staging: nothing is put in place (the finally discards it all).
    if (opts.signal?.aborted) return stopped(results, diagnostics, settings, progress, opts.signal);
    // What the tool wrote into each output folder before: its own untouched files are rewritten, edited ones kept.
    const records = new OutputRecords();
    const final = await commitAll(results, staged, resolved, wantRollup ? rollupFileNames(results, opts, settings, rollupDir) : [], records);
    const rollup = wantRollup && !opts.signal?.aborted ? await rollUp(final, jobs, opts, settings, rollupDir, diagnostics, records) : undefined;
    appendAll(diagnostics, await saveRecords(records));
    const done = finish(final, diagnostics, settings, progress);
    return rollup ? { ...done, value: { ...done.value, rollup } } : done;
  } finally {
    opts.signal?.removeEventListener('abort', stop);
    // Whatever was not committed (a throw, a stop) goes.
    await Promise.all(staged.map((files) => (files ? discardOffice({ files }) : undefined)));
    await crew.close();
    // The workers are gone now: what a terminated one was writing is ours to remove.
    if (opts.signal?.aborted) for (const dir of dirs) await removeOwnTemps(dir);
  }
}

type Resolved = { job: OfficeJob } & JobOptions;

/** Each office staged by a worker: its result, its files kept in `staged` (by index) until commit. */
async function stageAll(
  crew: Crew,
  resolved: readonly Resolved[],
  staged: (StagedFile[] | undefined)[],
  progress: Progress,
  settings: BatchSettings,
  signal: AbortSignal | undefined,
): Promise<OfficeBuildResult[]> {
  // Staged offices are not written yet: the progress lines say 已排版 until the table says 已生成.
  progress.phase('生成', resolved.length, { staged: true });
  return Promise.all(
    resolved.map(async (r, i) => {
      // Named when a worker takes it, so the bar shows the offices being built now, not the last one queued.
      const out = await runTask(crew, r.job, { op: 'build', input: r.job.input, options: r.options }, () => progress.started(r.job.input));
      staged[i] = out.files;
      const result = checkYear(out.result, r.expectedYear ?? settings.year);
      // Staged, not yet in place: the line names no file (a collision may still refuse it); the table does.
      if (!signal?.aborted) progress.finished({ ...result, output: undefined });
      return result;
    }),
  );
}

/** Every name is known now: two offices, or an office and the roll-up, that would write one file are refused; the rest put in place. */
async function commitAll(
  results: readonly OfficeBuildResult[],
  staged: (StagedFile[] | undefined)[],
  resolved: readonly Resolved[],
  rollupNames: readonly string[],
  records: OutputRecords,
): Promise<OfficeBuildResult[]> {
  const collisions = findCollisions(results, rollupNames);
  return Promise.all(
    results.map(async (result, i) => {
      const files = staged[i] ?? [];
      staged[i] = undefined;
      const clash = collisions.get(i);
      if (clash !== undefined) {
        await discardOffice({ files });
        return { ...result, status: 'invalid' as const, output: undefined, diagnostics: [...result.diagnostics, clash] };
      }
      return commitOffice({ result, files, sources: new Map() }, resolved[i]?.options.force ?? false, records);
    }),
  );
}

async function rollUp(
  final: OfficeBuildResult[],
  jobs: readonly OfficeJob[],
  opts: BatchOptions,
  settings: BatchSettings,
  rollupDir: string,
  diagnostics: Diagnostic[],
  records: OutputRecords,
): Promise<RollupFiles | undefined> {
  const written = await writeRollup(final, {
    outDir: rollupDir,
    year: opts.year ?? settings.year,
    county: opts.county ?? settings.county,
    superior: opts.superior ?? settings.superior,
    // A batch file's list is the order the county chose; loose files go in pinyin order.
    order: jobs.every((j) => j.batchFile !== undefined) ? 'input' : 'pinyin',
    previous: previousByOffice(final),
    force: opts.force ?? false,
    records,
    fonts: opts.fonts ?? settings.fonts,
    date: opts.date,
  });
  appendAll(diagnostics, written.diagnostics);
  return written.value;
}

/** A batch stopped before anything was put in place: no office is built, and the report says why it stopped. */
function stopped(results: readonly OfficeBuildResult[], diagnostics: Diagnostic[], settings: BatchSettings, progress: Progress, signal: AbortSignal): BatchResult {
  progress.done();
  const notWritten = results.map((r): OfficeBuildResult => ({ input: r.input, status: 'failed', diagnostics: [], ...(r.office !== undefined && { office: r.office }) }));
  const reason = typeof signal.reason === 'string' ? signal.reason : 'stopped';
  return { value: { results: notWritten, settings, exitCode: EXIT.failure, stopped: reason }, diagnostics };
}

function rollupFileNames(results: readonly OfficeBuildResult[], opts: BatchOptions, settings: BatchSettings, dir: string): string[] {
  const base = rollupBaseName(results, opts.year ?? settings.year, opts.county ?? settings.county);
  return base === undefined ? [] : [path.join(dir, `${base}.docx`), path.join(dir, `${base}.csv`)];
}

/** Last year's key numbers by office full name, as the workers returned them. */
function previousByOffice(results: readonly OfficeBuildResult[]): Map<string, NonNullable<OfficeBuildResult['previousNumbers']>> {
  const out = new Map<string, NonNullable<OfficeBuildResult['previousNumbers']>>();
  for (const r of results) if (r.office !== undefined && r.previousNumbers) out.set(r.office, r.previousNumbers);
  return out;
}

async function runTask(crew: Crew, job: OfficeJob, task: OfficeTask, onStart?: () => void): Promise<OfficeTaskResult> {
  const outcome = await crew.run(task, onStart);
  if (outcome.ok) return { ...outcome.value, result: { ...outcome.value.result, input: job.input } };
  return { result: failedResult(job.input, outcome) };
}

function checkYear(result: OfficeBuildResult, expected: number | undefined): OfficeBuildResult {
  // Checked before the commit: an office of another year is not written, and does not join the roll-up.
  if (expected === undefined || result.year === undefined || result.year === expected || !VALIDATED.has(result.status)) return result;
  const d = diagnostic('BATCH_YEAR_MISMATCH', { year: result.year, expected }, wholeFile(result.input));
  return { ...result, status: 'invalid', output: undefined, diagnostics: [...result.diagnostics, d] };
}

function finish(results: OfficeBuildResult[], diagnostics: Diagnostic[], settings: BatchSettings, progress?: Progress): BatchResult {
  progress?.done();
  return { value: { results, settings, exitCode: exitCodeOf({ results, diagnostics }) }, diagnostics };
}

const nullStream = { write: () => true } as unknown as NodeJS.WritableStream;
