/**
 * Build (or check) many offices in one command.
 *
 *   expand inputs → plan pass (each office validated and modelled in a worker:
 *   its name, year and data problems) → output names, collisions refused →
 *   build pass (each worker writes its own file) → roll-up → table and exit code.
 *
 * The plan pass is what lets two offices that would write one file be refused
 * before anything is written, using buildOffice's own front half (planOnly)
 * rather than a second reader of the data. An office whose data fails in the
 * plan pass is not built again. `summary check` shares the same input
 * expansion (./inputs.ts) and the same table (./report-table.ts).
 *
 * Settings, strongest first: an office's own entry in a batch file, then the
 * command-line options, then the batch file's shared values, then defaults.
 */
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BuildOptions, OfficeBuildResult, OutputFormat } from '../build/types.js';
import { loadPreviousNumbers } from '../build/build-office.js';
import type { KeyNumbers } from '../model/key-numbers.js';
import { batchDiagnostic, wholeFile } from './batch-diagnostics.js';
import { expandInputs, type BatchSettings, type Fonts, type OfficeJob } from './inputs.js';
import { patternNeedsFields, planOutputs, type PlanItem } from './plan.js';
import { createPool, type Pool, type PoolOutcome } from './pool.js';
import { createProgress, type Progress } from './progress.js';
import { batchExitCode, formatBatchTable } from './report-table.js';
import type { OfficeTask, OfficeTaskResult } from './office-task.js';
import { writeRollup, type RollupFiles } from '../rollup/write-rollup.js';

export interface BatchOptions {
  outDir?: string;
  format?: OutputFormat;
  force?: boolean;
  templatesDir?: string;
  fonts?: Fonts;
  /** File-name pattern, e.g. `{year}年{township}政协工作总结.docx`. */
  fileName?: string;
  /** The year every office must be (a batch file's `year` otherwise). */
  year?: number;
  /** County name for the roll-up title. */
  county?: string;
  /** Write the roll-up .docx and .csv; default: when a batch file is used and does not say `rollup: false`. */
  rollup?: boolean;
  explain?: boolean;
  /** Worker threads; default min(available cores, offices). */
  jobs?: number;
  /** Stop one office's build after this long; default 5 minutes. */
  taskTimeoutMs?: number;
  /** Where progress goes; default none. */
  progress?: Progress;
  /** Folder inputs are relative to; default process.cwd(). */
  cwd?: string;
  /** The worker module; default ./worker.js beside this file (dist/batch/worker.js). */
  workerUrl?: URL;
  /** Date written into the roll-up .docx (tests fix it). */
  date?: Date;
  /** The roll-up's 落款 (`--superior`); a batch file's `superior` otherwise. */
  superior?: string;
}

export interface BatchResult {
  /** One per office, in the order the inputs named them. */
  results: OfficeBuildResult[];
  /** Problems of the batch itself: batch file, missing inputs, roll-up. */
  diagnostics: Diagnostic[];
  /** The batch file's shared settings, if one was used. */
  settings: BatchSettings;
  exitCode: 0 | 1 | 2;
  /** The final table, plain text. */
  table: string;
  rollup?: RollupFiles;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

export async function runBatch(inputs: readonly string[], opts: BatchOptions = {}): Promise<BatchResult> {
  return batch(inputs, opts);
}

async function batch(inputs: readonly string[], opts: BatchOptions): Promise<BatchResult> {
  const expanded = await expandInputs(inputs, { cwd: opts.cwd });
  const { jobs, settings } = expanded;
  const diagnostics = [...expanded.diagnostics];
  // A missing input or a broken batch file is a usage error (exit 2), but it does not take
  // the offices that were found down with it: they are built, and the error is named.
  if (jobs.length === 0) return finish([], diagnostics, settings);

  const progress = opts.progress ?? createProgress({ stream: nullStream, tty: false, quiet: true });
  const pool = createPool<OfficeTask, OfficeTaskResult>({
    workerUrl: opts.workerUrl ?? new URL('./worker.js', import.meta.url),
    size: Math.min(opts.jobs ?? os.availableParallelism(), jobs.length),
    taskTimeoutMs: opts.taskTimeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  try {
    const cwd = opts.cwd ?? process.cwd();
    const resolved = jobs.map((job) => resolveJob(job, opts, settings, cwd));

    progress.phase('检查', jobs.length, { quiet: true });
    const planned = await Promise.all(
      resolved.map(async (r) => {
        progress.started(r.job.input);
        const out = await runTask(pool, r.job, { op: 'plan', input: r.taskInput, path: r.job.path, options: r.options, wantFields: patternNeedsFields(r.pattern) });
        const result = checkYear(out.result, r.expectedYear);
        progress.finished(result);
        return { ...r, result, fields: out.fields };
      }),
    );

    // Names for every office that got through, collisions refused before anything is written.
    const ready = planned.filter((p) => p.result.status === 'built' && p.result.office !== undefined && p.result.year !== undefined);
    const items: PlanItem[] = ready.map((p) => ({
      input: p.job.input,
      outDir: p.options.outDir,
      pattern: p.pattern,
      format: p.options.format,
      fields: { year: p.result.year as number, office: p.result.office as string, ...p.fields },
    }));
    const plan = planOutputs(items);
    const finals = new Map<OfficeJob, OfficeBuildResult>();
    for (const p of planned) if (!ready.includes(p)) finals.set(p.job, p.result);

    progress.phase('生成', ready.length);
    await Promise.all(
      ready.map(async (p, i) => {
        const named = plan.outputs[i];
        if (!named?.ok) {
          const result: OfficeBuildResult = { ...p.result, status: 'invalid', output: undefined, diagnostics: [...p.result.diagnostics, ...(named?.diagnostics ?? [])] };
          finals.set(p.job, result);
          progress.finished(result);
          return;
        }
        progress.started(p.result.office ?? p.job.input);
        const options: BuildOptions = { ...p.options, outDir: path.dirname(named.output.path), fileName: named.output.fileName };
        const out = await runTask(pool, p.job, { op: 'build', input: p.taskInput, path: p.job.path, options });
        finals.set(p.job, out.result);
        progress.finished(out.result);
      }),
    );
    const results = jobs.map((j) => finals.get(j) as OfficeBuildResult);

    let rollup: RollupFiles | undefined;
    const wantRollup = opts.rollup ?? settings.rollup ?? jobs.some((j) => j.batchFile !== undefined);
    if (wantRollup) {
      const previous = await previousNumbers(resolved, results, cwd);
      rollup = await writeRollup(results, {
        outDir: path.resolve(cwd, opts.outDir ?? settings.outDir ?? '.'),
        year: opts.year ?? settings.year,
        county: opts.county ?? settings.county,
        superior: opts.superior ?? settings.superior,
        // A batch file's list is the order the county chose; loose files go in pinyin order.
        order: jobs.every((j) => j.batchFile !== undefined) ? 'input' : 'pinyin',
        previous,
        force: opts.force ?? false,
        fonts: opts.fonts ?? settings.fonts,
        date: opts.date,
      });
      diagnostics.push(...rollup.diagnostics);
    }
    return { ...finish(results, diagnostics, settings, progress), rollup };
  } finally {
    await pool.close();
  }
}

interface ResolvedJob {
  job: OfficeJob;
  /** What buildOffice is given: the user's name for it, resolved against options.cwd. */
  taskInput: string;
  options: BuildOptions;
  pattern: string | undefined;
  expectedYear: number | undefined;
}

function resolveJob(job: OfficeJob, opts: BatchOptions, settings: BatchSettings, cwd: string): ResolvedJob {
  const s = job.shared;
  const options: BuildOptions = {
    outDir: path.resolve(cwd, opts.outDir ?? s.outDir ?? '.'),
    format: opts.format ?? s.format ?? 'docx',
    force: opts.force ?? false,
    // buildOffice resolves the input from here and names files as the user sees them.
    cwd,
  };
  const templatesDir = job.own.templatesDir ?? opts.templatesDir ?? s.templatesDir;
  if (templatesDir !== undefined) options.templatesDir = path.resolve(cwd, templatesDir);
  const fonts = { ...s.fonts, ...opts.fonts, ...job.own.fonts };
  if (Object.keys(fonts).length > 0) options.fonts = fonts;
  if (job.own.previous !== undefined) options.previous = path.resolve(cwd, job.own.previous);
  if (opts.explain) options.explain = true;
  return {
    job,
    taskInput: job.input,
    options,
    pattern: job.own.pattern ?? opts.fileName ?? s.pattern,
    expectedYear: opts.year ?? s.year ?? settings.year,
  };
}

/**
 * Last year's key numbers by office (this year's full name), for the roll-up's
 * 比上年: each office's own `previous` file, loaded, validated and counted as
 * buildOffice does. A previous year that does not validate is an error for that
 * office (the build already said so; if it did not, it is said here) and is
 * left out, so the county's totals are never compared with a partial last year.
 */
async function previousNumbers(resolved: readonly ResolvedJob[], results: OfficeBuildResult[], cwd: string): Promise<Map<string, KeyNumbers>> {
  const out = new Map<string, KeyNumbers>();
  await Promise.all(
    resolved.map(async (r, i) => {
      const result = results[i];
      const file = r.options.previous;
      if (file === undefined || result?.office === undefined || result.numbers === undefined) return;
      const diagnostics: Diagnostic[] = [];
      const numbers = await loadPreviousNumbers(file, cwd, diagnostics);
      if (numbers) {
        out.set(result.office, numbers);
        return;
      }
      if (!result.diagnostics.some((d) => d.code === 'PREVIOUS_YEAR_INVALID')) {
        results[i] = { ...result, status: result.status === 'failed' ? 'failed' : 'invalid', diagnostics: [...result.diagnostics, ...diagnostics] };
      }
    }),
  );
  return out;
}

async function runTask(pool: Pool<OfficeTask, OfficeTaskResult>, job: OfficeJob, task: OfficeTask): Promise<OfficeTaskResult> {
  const outcome = await pool.run(task);
  if (outcome.ok) return { ...outcome.value, result: { ...outcome.value.result, input: job.input } };
  return { result: failedResult(job.input, outcome) };
}

/** A build that threw, a worker that died or hung: 'failed' for this office alone. */
export function failedResult(input: string, outcome: Extract<PoolOutcome<unknown>, { ok: false }>): OfficeBuildResult {
  const detail = outcome.detail.split('\n').slice(0, 2).join(' ').trim();
  const at = wholeFile(input);
  const d =
    outcome.kind === 'threw'
      ? batchDiagnostic('BATCH_INTERNAL_ERROR', { detail }, at)
      : outcome.kind === 'timeout'
        ? batchDiagnostic('BATCH_TIMEOUT', { seconds: Number(outcome.detail) }, at)
        : batchDiagnostic('BATCH_WORKER_DIED', { detail }, at);
  return { input, status: 'failed', diagnostics: [d] };
}

function checkYear(result: OfficeBuildResult, expected: number | undefined): OfficeBuildResult {
  if (expected === undefined || result.year === undefined || result.year === expected || result.status !== 'built') return result;
  const d = batchDiagnostic('BATCH_YEAR_MISMATCH', { year: result.year, expected }, wholeFile(result.input));
  return { ...result, status: 'invalid', output: undefined, diagnostics: [...result.diagnostics, d] };
}

function finish(results: OfficeBuildResult[], diagnostics: Diagnostic[], settings: BatchSettings, progress?: Progress): BatchResult {
  progress?.done();
  return { results, diagnostics, settings, exitCode: batchExitCode(results, diagnostics), table: formatBatchTable(results) };
}

const nullStream = { write: () => true } as unknown as NodeJS.WritableStream;
