/**
 * How many worker threads a batch or a check starts, from the amount of work.
 *
 * A worker costs its start before it does anything: a new V8 isolate, the
 * worker bundle read, compiled and run, and its first offices built by code
 * not yet optimised — ~150 ms of a core here, paid again by every worker.
 * A county of 40 that one thread builds in under a second would spend a good
 * part of that second starting workers, so it is built in the command's own
 * thread; hundreds of offices are seconds of work and take every core.
 *
 * Pure: the work and the machine in, a number out (0: this thread does the
 * work). Called again as the inputs are found (src/batch/crew.ts), so it only
 * grows with the count: workers start while the inputs are still expanded.
 */

export type WorkKind = 'build-docx' | 'build-text' | 'check';

/**
 * One office's cost on one warm thread, in ms, as measured (bench/warm.mjs and a
 * check loop over the bench's generated offices, 2-core EPYC, Node 20): a .docx
 * report ~12 ms, its Markdown ~9 ms, a check ~3.5 ms. Rounded up: a loaded
 * machine is slower, and erring towards workers only costs their start.
 */
export const OFFICE_MS: Readonly<Record<WorkKind, number>> = { 'build-docx': 20, 'build-text': 14, check: 5 };

/** Below this much work for one thread, no worker is started: it would not pay for its start. */
export const ONE_THREAD_MS = 1000;

/** Each worker beyond the first needs this much work to earn its start. */
export const MS_PER_WORKER = 500;

export interface WorkAmount {
  kind: WorkKind;
  /** Offices (a check's offices are its files, or folders of files). */
  offices: number;
}

export interface Machine {
  /** os.availableParallelism(). */
  cores: number;
  /** --jobs: the threads the user allows; 1 means this thread alone. */
  jobs?: number;
}

/** Worker threads for this work on this machine: 0 (this thread builds) or 2 up to min(cores, --jobs, offices). */
export function workerCount(work: WorkAmount, machine: Machine): number {
  const cap = Math.min(Math.max(1, Math.floor(machine.cores)), machine.jobs ?? Infinity, work.offices);
  const ms = work.offices * OFFICE_MS[work.kind];
  // One worker alone is this thread's work moved elsewhere, plus its start.
  if (cap < 2 || ms < ONE_THREAD_MS) return 0;
  // ms ≥ ONE_THREAD_MS = 2 × MS_PER_WORKER: never fewer than two.
  return Math.min(cap, Math.floor(ms / MS_PER_WORKER));
}
