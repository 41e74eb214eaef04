/**
 * A small pool of worker threads, one task at a time per worker.
 *
 * Why workers and not Promise.all in one thread: building a report is CPU work
 * (templates, zip), so only threads use both cores; and an office whose build
 * throws, runs out of memory or kills its thread must not take the others down
 * (reliability.md row 20). So `run` never rejects: a task that throws, a worker
 * that dies and a task that runs too long each come back as an outcome, and a
 * dead or stuck worker is replaced before the next task.
 *
 * The worker module speaks a two-message protocol (see ./worker-protocol.ts),
 * so tests can drive the pool with a tiny worker of their own.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { TaskMessage, ReplyMessage } from './worker-protocol.js';

/**
 * How a worker ended without answering: by itself with an exit code, closed
 * by the pool, out of its heap, or crashed. `detail` is the error as Node gave
 * it (English), for `--debug` only.
 */
export type WorkerDeath = { how: 'exited'; exitCode: number } | { how: 'closed' } | { how: 'outOfMemory'; detail: string } | { how: 'crashed'; detail: string };

/** `threw`: the task threw inside the worker (`detail`: its stack); `died`: the worker ended; `timeout`: it was stopped after `seconds`. */
export type PoolFailure = { kind: 'threw'; detail: string } | ({ kind: 'died' } & WorkerDeath) | { kind: 'timeout'; seconds: number };

export type PoolOutcome<R> = { ok: true; value: R } | ({ ok: false } & PoolFailure);

export interface PoolOptions {
  /** The worker module (compiled JS). */
  workerUrl: URL;
  /** Number of threads at most. */
  size: number;
  /** Stop a task (and its worker) after this long. */
  taskTimeoutMs?: number;
  /** Heap limits per worker: a runaway build ends its own thread, not the process. */
  resourceLimits?: ResourceLimits;
  workerData?: unknown;
}

export interface Pool<T, R> {
  /** `onStart` is called when a worker takes the task (not when it is queued): what the progress bar names. */
  run(task: T, onStart?: () => void): Promise<PoolOutcome<R>>;
  /** Stop every worker; tasks still queued come back as `died`. */
  close(): Promise<void>;
}

interface Pending<T, R> {
  id: number;
  task: T;
  resolve: (o: PoolOutcome<R>) => void;
  onStart?: () => void;
}

interface Slot<T, R> {
  worker: Worker;
  current?: Pending<T, R>;
  timer?: NodeJS.Timeout;
  /** How the worker failed outside any task, reported when it exits. */
  lastError?: WorkerDeath;
  /** Being terminated or crashed: takes no new task; its exit replaces it. */
  dead?: boolean;
}

export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

// Over 60 lines: one closure holds the pool's state (slots, queue) that its handlers share; each handler is short.
export function createPool<T, R>(opts: PoolOptions): Pool<T, R> {
  const size = Math.max(1, Math.floor(opts.size));
  const slots = new Set<Slot<T, R>>();
  const queue: Pending<T, R>[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (slot: Slot<T, R>, outcome: PoolOutcome<R>) => {
    const p = slot.current;
    if (!p) return;
    slot.current = undefined;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    p.resolve(outcome);
  };

  const spawn = (): Slot<T, R> => {
    const worker = new Worker(opts.workerUrl, {
      workerData: opts.workerData,
      resourceLimits: opts.resourceLimits ?? DEFAULT_RESOURCE_LIMITS,
      // The worker's own stdout/stderr would interleave with the progress bar.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot<T, R> = { worker };
    worker.on('message', (msg: ReplyMessage<R>) => {
      if (!slot.current || msg.id !== slot.current.id) return;
      settle(slot, msg.ok ? { ok: true, value: msg.value } : { ok: false, kind: 'threw', detail: msg.detail });
      pump();
    });
    worker.on('error', (err: NodeJS.ErrnoException) => {
      slot.dead = true;
      const detail = `${err.name}: ${err.message}`;
      slot.lastError = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { how: 'outOfMemory', detail } : { how: 'crashed', detail };
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      settle(slot, { ok: false, kind: 'died', ...(slot.lastError ?? { how: 'exited', exitCode: code }) });
      pump();
    });
    slots.add(slot);
    return slot;
  };

  const assign = (slot: Slot<T, R>, p: Pending<T, R>) => {
    slot.current = p;
    slot.lastError = undefined;
    if (opts.taskTimeoutMs !== undefined) {
      slot.timer = setTimeout(() => {
        slot.dead = true;
        settle(slot, { ok: false, kind: 'timeout', seconds: Math.max(1, Math.ceil((opts.taskTimeoutMs as number) / 1000)) });
        // The exit handler then removes the slot; pump() replaces it.
        void slot.worker.terminate();
      }, opts.taskTimeoutMs);
    }
    const msg: TaskMessage<T> = { id: p.id, task: p.task };
    slot.worker.postMessage(msg);
    p.onStart?.();
  };

  const pump = () => {
    if (closed) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.current && !slot.dead) assign(slot, queue.shift() as Pending<T, R>);
    }
    while (queue.length > 0 && slots.size < size) assign(spawn(), queue.shift() as Pending<T, R>);
  };

  return {
    run(task: T, onStart?: () => void) {
      return new Promise<PoolOutcome<R>>((resolve) => {
        if (closed) return resolve({ ok: false, kind: 'died', how: 'closed' });
        queue.push({ id: nextId++, task, resolve, ...(onStart && { onStart }) });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.resolve({ ok: false, kind: 'died', how: 'closed' });
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    },
  };
}
