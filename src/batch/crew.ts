/**
 * Who does a batch's or a check's offices: worker threads, or this thread.
 *
 * The crew is made before the inputs are expanded and told each count as
 * offices are found (`found`): as soon as the work calls for workers
 * (./worker-count.ts) they start, loading their code while the expansion goes
 * on. When the count is final and small, no worker was ever started and the
 * offices are done here, one after another, by the same task function a
 * worker runs (./office-task.ts): one office takes one path either way.
 *
 * In this thread an office that throws is still that office's failure alone;
 * what only a worker gives is surviving a crash of the thread itself and the
 * per-office time limit (every input's cost is bounded, docs/limits.md).
 */
import os from 'node:os';
import { createPool, type Pool, type PoolOptions, type PoolOutcome } from './pool.js';
import { runOfficeTask, type OfficeTask, type OfficeTaskResult, type WorkerWarmth } from './office-task.js';
import { describeThrown } from './worker-protocol.js';
import { workerCount, type WorkKind } from './worker-count.js';

export interface Crew {
  /** The inputs have given `count` offices so far: the workers that much work calls for start now. */
  found(count: number): void;
  /** One office's task, on a worker if any was started, else here after the ones before it. */
  run(task: OfficeTask, onStart?: () => void): Promise<PoolOutcome<OfficeTaskResult>>;
  /** Worker threads started (0: the offices are done in this thread). */
  readonly workers: number;
  /** Stops the workers; tasks not yet done come back as `died` (closed), here as there. */
  close(): Promise<void>;
}

export interface CrewOptions extends Omit<PoolOptions, 'size' | 'workerData'> {
  kind: WorkKind;
  /** What the workers load as they start. */
  warm: WorkerWarmth;
  /** --jobs; default the available cores. */
  jobs?: number;
  /** Exactly this many workers (one per office at most) instead of what the work calls for: tests, and comparing. */
  workers?: number;
  /** Default os.availableParallelism() (tests). */
  cores?: number;
}

export function createCrew(opts: CrewOptions): Crew {
  const { kind, warm, jobs, cores, workers, ...poolOptions } = opts;
  const machine = { cores: cores ?? os.availableParallelism(), ...(jobs !== undefined && { jobs }) };
  let pool: Pool<OfficeTask, OfficeTaskResult> | undefined;
  let closed = false;
  // In this thread, one office at a time: each waits for the one before it.
  let last: Promise<unknown> = Promise.resolve();
  const here = async (task: OfficeTask, onStart?: () => void): Promise<PoolOutcome<OfficeTaskResult>> => {
    if (closed) return { ok: false, kind: 'died', how: 'closed' };
    onStart?.();
    try {
      return { ok: true, value: await runOfficeTask(task) };
    } catch (err) {
      return { ok: false, kind: 'threw', detail: describeThrown(err) };
    }
  };
  return {
    found(count) {
      const n = workers === undefined ? workerCount({ kind, offices: count }, machine) : Math.min(workers, count);
      if (n === 0 || closed) return;
      pool ??= createPool<OfficeTask, OfficeTaskResult>({ ...poolOptions, size: n, workerData: { warm } });
      pool.grow(n);
    },
    run(task, onStart) {
      if (pool) return pool.run(task, onStart);
      const done = last.then(() => here(task, onStart));
      last = done;
      return done;
    },
    get workers() {
      return pool?.threads ?? 0;
    },
    async close() {
      closed = true;
      await pool?.close();
    },
  };
}
