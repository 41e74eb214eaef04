/**
 * A small pool of worker threads, each kept busy with more than one task.
 *
 * Why workers and not Promise.all in one thread: building a report is CPU work
 * (templates, zip), so only threads use both cores; and an office whose build
 * throws, runs out of memory or kills its thread must not take the others down
 * (reliability.md row 20). So `run` never rejects: a task that throws, a worker
 * that dies and a task that runs too long each come back as an outcome, and a
 * dead or stuck worker is replaced before the next task.
 *
 * A worker runs its tasks one after another, in the order they were sent
 * (./worker-protocol.ts). The pool keeps `depth` tasks on each worker, so the
 * next office is already there when one is done: no round trip through the
 * main thread idles a core between offices. Only the first of a worker's
 * tasks is running; when the worker dies or is stopped, that one is the
 * failure and the others, not begun, go back to the queue.
 *
 * Tests drive the pool with a tiny worker of their own that speaks the same
 * protocol (tests/fixtures/batch/pool-worker.mjs).
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
  /** Number of threads at most (grow raises it), each started when a task needs it. */
  size: number;
  /** Tasks sent to a worker before its first is done (default 2): the next is there when one ends. */
  depth?: number;
  /** Stop a task (and its worker) after it has run this long. */
  taskTimeoutMs?: number;
  /** Heap limits per worker: a runaway build ends its own thread, not the process. */
  resourceLimits?: ResourceLimits;
  workerData?: unknown;
}

export interface Pool<T, R> {
  /** `onStart` is called when a worker begins the task (not when it is queued or sent): what the progress bar names. */
  run(task: T, onStart?: () => void): Promise<PoolOutcome<R>>;
  /** Raise the pool to `count` threads (if it has fewer) and start them now, before there are tasks: their start overlaps the caller's own work. */
  grow(count: number): void;
  /** Workers alive now. */
  readonly threads: number;
  /** Stop every worker; tasks still queued or on a worker come back as `died`. */
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
  /** Sent to the worker, in the order sent: the first is running, the rest wait on the worker. */
  sent: Pending<T, R>[];
  /** The task the worker has begun (the first sent, once begun): the one a death or a timeout is blamed on. */
  begun?: number;
  /** The running task's time limit. */
  timer?: NodeJS.Timeout;
  /** How the worker failed outside any task, reported when it exits. */
  lastError?: WorkerDeath;
  /** Being terminated or crashed: takes no new task; its exit replaces it. */
  dead?: boolean;
}

export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

// Over 60 lines: one closure holds the pool's state (slots, queue) that its handlers share; each handler is short.
export function createPool<T, R>(opts: PoolOptions): Pool<T, R> {
  let size = Math.max(1, Math.floor(opts.size));
  const depth = Math.max(1, Math.floor(opts.depth ?? 2));
  const slots = new Set<Slot<T, R>>();
  const queue: Pending<T, R>[] = [];
  let nextId = 1;
  let closed = false;

  /** The slot's first task has begun: its clock starts, the caller hears of it. */
  const begin = (slot: Slot<T, R>) => {
    const p = slot.sent[0];
    if (!p) return;
    slot.begun = p.id;
    if (opts.taskTimeoutMs !== undefined) {
      slot.timer = setTimeout(() => {
        slot.dead = true;
        settle(slot, p.id, { ok: false, kind: 'timeout', seconds: Math.max(1, Math.ceil((opts.taskTimeoutMs as number) / 1000)) });
        // The exit handler then removes the slot and gives back what it held; pump() replaces it.
        void slot.worker.terminate();
      }, opts.taskTimeoutMs);
    }
    p.onStart?.();
  };

  /** The task `id` on this slot is over; the next one on the worker begins. */
  const settle = (slot: Slot<T, R>, id: number, outcome: PoolOutcome<R>) => {
    const at = slot.sent.findIndex((p) => p.id === id);
    if (at < 0) return;
    const [p] = slot.sent.splice(at, 1);
    if (at === 0) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = undefined;
      if (!slot.dead) begin(slot);
    }
    p?.resolve(outcome);
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
    const slot: Slot<T, R> = { worker, sent: [] };
    worker.on('message', (msg: ReplyMessage<R>) => {
      settle(slot, msg.id, msg.ok ? { ok: true, value: msg.value } : { ok: false, kind: 'threw', detail: msg.detail });
      pump();
    });
    worker.on('error', (err: NodeJS.ErrnoException) => {
      slot.dead = true;
      const detail = `${err.name}: ${err.message}`;
      slot.lastError = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { how: 'outOfMemory', detail } : { how: 'crashed', detail };
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      if (slot.timer) clearTimeout(slot.timer);
      const sent = slot.sent.splice(0);
      const running = sent[0]?.id === slot.begun ? sent.shift() : undefined;
      const waiting = sent;
      // Tasks the worker had not begun go back to the front of the queue, in their order; after close they died with it.
      if (closed) for (const p of waiting) p.resolve({ ok: false, kind: 'died', how: 'closed' });
      else queue.unshift(...waiting);
      running?.resolve({ ok: false, kind: 'died', ...(slot.lastError ?? { how: 'exited', exitCode: code }) });
      pump();
    });
    slots.add(slot);
    return slot;
  };

  const send = (slot: Slot<T, R>, p: Pending<T, R>) => {
    slot.sent.push(p);
    const msg: TaskMessage<T> = { id: p.id, task: p.task };
    slot.worker.postMessage(msg);
    if (slot.sent.length === 1) begin(slot);
  };

  /** Queued tasks to the live workers, the least loaded first; new workers while there is work and room. */
  const pump = () => {
    if (closed) return;
    // A new worker rather than a second task on a busy one, while there is room.
    let idle = [...slots].filter((s) => !s.dead && s.sent.length === 0).length;
    for (; queue.length > idle && slots.size < size; idle++) spawn();
    for (let load = 0; load < depth && queue.length > 0; load++) {
      for (const slot of slots) {
        if (queue.length === 0) return;
        if (!slot.dead && slot.sent.length === load) send(slot, queue.shift() as Pending<T, R>);
      }
    }
  };

  return {
    run(task: T, onStart?: () => void) {
      return new Promise<PoolOutcome<R>>((resolve) => {
        if (closed) return resolve({ ok: false, kind: 'died', how: 'closed' });
        queue.push({ id: nextId++, task, resolve, ...(onStart && { onStart }) });
        pump();
      });
    },
    grow(count: number) {
      size = Math.max(size, Math.floor(count));
      while (!closed && slots.size < size) spawn();
    },
    get threads() {
      return slots.size;
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.resolve({ ok: false, kind: 'died', how: 'closed' });
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    },
  };
}
