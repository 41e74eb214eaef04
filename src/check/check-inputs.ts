/**
 * `check` as a library call: expand the inputs into offices and prepare each
 * on its own (read, validate, model: the build's own first stage), on every
 * core when there are many. Results stream out in input order through
 * `onOffice` with the source lines their frames need; nothing keeps a file's
 * text or parsed tree past its office, so memory stays flat over thousands of
 * files. One office's failure, even a bug of the tool, never stops or
 * changes the others.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckSummary } from '../diagnostics/format/records.js';
import { countResults } from '../diagnostics/findings.js';
import type { OfficeTask, OfficeTaskResult } from '../batch/office-task.js';
import { failedResult } from '../batch/failed-result.js';
import { createCrew, type Crew } from '../batch/crew.js';
import { expandInputs, type OfficeJob } from '../inputs/expand.js';
import type { OfficeBuildResult } from '../office/types.js';
import type { Always } from '../result.js';
import { DEFAULT_RESOURCE_LIMITS } from '../batch/pool.js';

/**
 * A check worker's heap: the default old generation, and a young generation of
 * 16 MB instead of V8's default (up to 3 × 16 MB semi-spaces, sized up as the
 * allocation rate grows). Checking an office allocates its parse trees and
 * drops them: a smaller nursery is swept more often at no measured cost (CPU
 * of 1,000 and 5,000 files within noise) and keeps ~30 MB per run off the
 * peak (bench/README.md, the 2026-12-06 profiles). Not for builds: there it cost 8 % CPU.
 */
const CHECK_WORKER_LIMITS = { ...DEFAULT_RESOURCE_LIMITS, maxYoungGenerationSizeMb: 16 };

export interface CheckOptions {
  cwd: string;
  ignore?: string[];
  allowOutside?: boolean;
  /** Worker threads at most; default the available cores. 1 checks in this thread, and so does a check too small to pay for workers (src/batch/worker-count.ts). */
  jobs?: number;
  /** The inputs' own problems, once expanded, before any office is read. */
  onInputs?: (diagnostics: readonly Diagnostic[]) => void;
  /** Each office as it is done, in input order, with the lines its code frames show. */
  onOffice?: (office: CheckedOffice) => void;
  /** Exactly this many worker threads (one per office at most), instead of deciding from the work: tests, and comparing. */
  workers?: number;
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

export async function checkInputs(inputs: readonly string[], opts: CheckOptions): Promise<Always<CheckReport>> {
  // Workers start while the files are still being found, once there are enough of them to pay.
  const crew = createCrew({
    kind: 'check',
    warm: 'check',
    resourceLimits: CHECK_WORKER_LIMITS,
    workerUrl: opts.workerUrl ?? new URL('../batch/worker.js', import.meta.url),
    ...(opts.jobs !== undefined && { jobs: opts.jobs }),
    ...(opts.workers !== undefined && { workers: opts.workers }),
  });
  try {
    return await checkWith(crew, inputs, opts);
  } finally {
    await crew.close();
  }
}

async function checkWith(crew: Crew, inputs: readonly string[], opts: CheckOptions): Promise<Always<CheckReport>> {
  const expanded = await expandInputs(inputs.length > 0 ? inputs : ['.'], {
    cwd: opts.cwd,
    ...(opts.ignore && { ignore: opts.ignore }),
    ...(opts.allowOutside && { allowOutside: true }),
    found: crew.found,
  });
  opts.onInputs?.(expanded.diagnostics);
  const jobs = expanded.jobs;
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
  await Promise.all(
    jobs.map(async (job, i) => {
      const outcome = await crew.run(task(job));
      deliver(i, outcome.ok ? asChecked(outcome.value) : failedOffice(failedResult(job.input, outcome, 'check')));
    }),
  );

  const all = [...expanded.diagnostics, ...results.flatMap((r) => r.diagnostics)];
  const summary = { files, ...countResults(results, expanded.diagnostics) };
  return { value: { results, inputDiagnostics: expanded.diagnostics, summary, crashed }, diagnostics: all };
}

const asChecked = (v: OfficeTaskResult): CheckedOffice => ({ result: v.result, fileCount: v.fileCount ?? 1, frames: v.frames ?? new Map() });

/** A failure of the tool on this office (the same words as a batch's, src/batch/run-batch.ts): the others go on. */
const failedOffice = (result: OfficeBuildResult): CheckedOffice => ({ result, fileCount: 1, frames: new Map() });
