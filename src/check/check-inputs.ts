/**
 * `check` as a library call: expand the inputs into offices and prepare each
 * on its own (read, validate, model: the build's own first stage), on every
 * core when there are many. Results stream out in input order through
 * `onOffice` with the source lines their frames need; nothing keeps a file's
 * text or parsed tree past its office, so memory stays flat over thousands of
 * files. One office's failure, even a bug of the tool, never stops or
 * changes the others.
 */
import os from 'node:os';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckSummary } from '../diagnostics/format/records.js';
import { countResults } from '../diagnostics/findings.js';
import { runOfficeTask, type OfficeTask, type OfficeTaskResult } from '../batch/office-task.js';
import { failedResult } from '../batch/failed-result.js';
import { describeThrown } from '../batch/worker-protocol.js';
import { expandInputs, type OfficeJob } from '../inputs/expand.js';
import type { OfficeBuildResult } from '../office/types.js';
import type { Always } from '../result.js';

export interface CheckOptions {
  cwd: string;
  ignore?: string[];
  allowOutside?: boolean;
  /** Worker threads; default the available cores. 1 checks in this thread. */
  jobs?: number;
  /** The inputs' own problems, once expanded, before any office is read. */
  onInputs?: (diagnostics: readonly Diagnostic[]) => void;
  /** Each office as it is done, in input order, with the lines its code frames show. */
  onOffice?: (office: CheckedOffice) => void;
  /** The worker module (tests). */
  workerUrl?: URL;
}

export interface CheckedOffice {
  result: OfficeBuildResult;
  /** Files read for this office. */
  fileCount: number;
  frames: Map<string, string>;
}

/** The check's value; its diagnostics (the Result's) are every one: the inputs', then office by office, small records without sources. */
export interface CheckReport {
  /** One per office, in input order, without their sources. */
  results: OfficeBuildResult[];
  /** Problems of the inputs themselves (a missing file, a bad batch file): usage errors. */
  inputDiagnostics: Diagnostic[];
  summary: CheckSummary;
  /** Offices on which the tool failed (a bug), with their stacks. */
  crashed: { input: string; stack: string }[];
}

/** Below this many offices, starting worker threads costs more than it saves. */
const POOL_FROM = 24;

export async function checkInputs(inputs: readonly string[], opts: CheckOptions): Promise<Always<CheckReport>> {
  const expanded = await expandInputs(inputs.length > 0 ? inputs : ['.'], {
    cwd: opts.cwd,
    ...(opts.ignore && { ignore: opts.ignore }),
    ...(opts.allowOutside && { allowOutside: true }),
  });
  opts.onInputs?.(expanded.diagnostics);
  const jobs = expanded.jobs;
  const threads = Math.min(opts.jobs ?? os.availableParallelism(), jobs.length);
  const results: OfficeBuildResult[] = new Array<OfficeBuildResult>(jobs.length);
  const crashed: CheckReport['crashed'] = [];
  let files = 0;

  // Offices finish out of order on the pool; they are handed on in input order.
  const done = new Map<number, CheckedOffice>();
  let next = 0;
  const deliver = (i: number, office: CheckedOffice) => {
    results[i] = office.result;
    files += Math.max(office.fileCount, 1);
    // A failure of the tool (a bug, a worker that died): its error is for --debug.
    if (office.result.crash !== undefined) crashed.push({ input: office.result.input, stack: office.result.crash });
    done.set(i, office);
    for (let o = done.get(next); o; o = done.get(next)) {
      done.delete(next++);
      opts.onOffice?.(o);
    }
  };

  const task = (job: OfficeJob): OfficeTask => ({
    op: 'check',
    input: job.input,
    options: { cwd: opts.cwd, files: job.files, root: job.root, ...(opts.allowOutside && { allowOutside: true }) },
  });
  if (threads < 2 || jobs.length < POOL_FROM) {
    for (const [i, job] of jobs.entries()) deliver(i, await checkHere(job.input, task(job)));
  } else {
    const { createPool } = await import('../batch/pool.js');
    const pool = createPool<OfficeTask, OfficeTaskResult>({ workerUrl: opts.workerUrl ?? new URL('../batch/worker.js', import.meta.url), size: threads });
    try {
      await Promise.all(
        jobs.map(async (job, i) => {
          const outcome = await pool.run(task(job));
          deliver(i, outcome.ok ? asChecked(outcome.value) : failedOffice(failedResult(job.input, outcome, 'check')));
        }),
      );
    } finally {
      await pool.close();
    }
  }

  const all = [...expanded.diagnostics, ...results.flatMap((r) => r.diagnostics)];
  const summary = { files, ...countResults(results, expanded.diagnostics) };
  return { value: { results, inputDiagnostics: expanded.diagnostics, summary, crashed }, diagnostics: all };
}

async function checkHere(input: string, task: OfficeTask): Promise<CheckedOffice> {
  try {
    return asChecked(await runOfficeTask(task));
  } catch (err) {
    return failedOffice(failedResult(input, { kind: 'threw', detail: describeThrown(err) }, 'check'));
  }
}

const asChecked = (v: OfficeTaskResult): CheckedOffice => ({ result: v.result, fileCount: v.fileCount ?? 1, frames: v.frames ?? new Map() });

/** A failure of the tool on this office (the same words as a batch's, src/batch/run-batch.ts): the others go on. */
const failedOffice = (result: OfficeBuildResult): CheckedOffice => ({ result, fileCount: 1, frames: new Map() });
