// The pool's failure isolation, driven by a tiny worker (fixtures/batch/pool-worker.mjs):
// a task that throws, a worker that crashes or exits, a task that hangs — each comes
// back as that task's outcome, and the other tasks still run.
import { describe, expect, it } from 'vitest';
import { createPool } from '../../src/batch/pool.js';

type Task = { kind: 'ok' | 'slow' | 'throw' | 'crash' | 'exit' | 'hang'; value?: number };
type Value = { doubled: number; threadId: number; waiting: number };
const workerUrl = new URL('../fixtures/batch/pool-worker.mjs', import.meta.url);

describe('worker pool', () => {
  it('runs tasks on at most `size` threads and returns their values', async () => {
    const pool = createPool<Task, Value>({ workerUrl, size: 2 });
    const outcomes = await Promise.all([1, 2, 3, 4, 5].map((value) => pool.run({ kind: 'ok', value })));
    await pool.close();
    expect(outcomes.map((o) => (o.ok ? o.value.doubled : undefined))).toEqual([2, 4, 6, 8, 10]);
    const threads = new Set(outcomes.map((o) => (o.ok ? o.value.threadId : 0)));
    expect(threads.size).toBeLessThanOrEqual(2);
  });

  it('calls onStart when a worker takes the task, not when it is queued', async () => {
    const pool = createPool<Task, Value>({ workerUrl, size: 1 });
    const started: number[] = [];
    const runs = [1, 2, 3].map((value) => pool.run({ kind: 'ok', value }, () => started.push(value)));
    // One thread: only the first task is on a worker yet; the others wait in the queue.
    expect(started).toEqual([1]);
    await runs[0];
    expect(started).toContain(2);
    expect(started).not.toContain(3);
    await Promise.all(runs);
    await pool.close();
    expect(started).toEqual([1, 2, 3]);
  });

  it('turns a throw, a crash and an exit into that task’s outcome and goes on', async () => {
    const pool = createPool<Task, Value>({ workerUrl, size: 2 });
    const tasks: Task[] = [
      { kind: 'ok', value: 1 },
      { kind: 'throw', value: 7 },
      { kind: 'crash' },
      { kind: 'ok', value: 2 },
      { kind: 'exit' },
      { kind: 'ok', value: 3 },
      { kind: 'ok', value: 4 },
    ];
    const outcomes = await Promise.all(tasks.map((t) => pool.run(t)));
    await pool.close();
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.kind))).toEqual(['ok', 'threw', 'died', 'ok', 'died', 'ok', 'ok']);
    // Typed values, not sentences: what each failure was is a field, the error text is only for --debug.
    expect(outcomes[1]).toMatchObject({ ok: false, kind: 'threw', detail: expect.stringContaining('boom 7') });
    expect(outcomes[2]).toMatchObject({ ok: false, kind: 'died', how: 'crashed', detail: expect.stringContaining('uncaught in worker') });
    expect(outcomes[4]).toEqual({ ok: false, kind: 'died', how: 'exited', exitCode: 3 });
    expect(outcomes.filter((o) => o.ok).map((o) => (o.ok ? o.value.doubled : 0))).toEqual([2, 4, 6, 8]);
  });

  it('stops a task that runs too long and replaces its worker', async () => {
    const pool = createPool<Task, Value>({ workerUrl, size: 1, taskTimeoutMs: 300 });
    const outcomes = await Promise.all([pool.run({ kind: 'hang' }), pool.run({ kind: 'ok', value: 5 })]);
    await pool.close();
    expect(outcomes[0]).toEqual({ ok: false, kind: 'timeout', seconds: 1 });
    expect(outcomes[1]).toMatchObject({ ok: true, value: { doubled: 10 } });
  });

  it('sends a worker its next task before the one it is running is done', async () => {
    const pool = createPool<Task, Value>({ workerUrl, size: 1 });
    const outcomes = await Promise.all([pool.run({ kind: 'slow', value: 200 }), pool.run({ kind: 'ok', value: 1 }), pool.run({ kind: 'ok', value: 2 })]);
    await pool.close();
    // As the slow task ended the second was already on the worker (depth 2); the third is sent when the first is done.
    expect(outcomes.map((o) => (o.ok ? o.value.waiting : -1))).toEqual([1, 0, 0]);
    const one = createPool<Task, Value>({ workerUrl, size: 1, depth: 1 });
    const alone = await Promise.all([one.run({ kind: 'slow', value: 200 }), one.run({ kind: 'ok', value: 1 })]);
    await one.close();
    expect(alone.map((o) => (o.ok ? o.value.waiting : -1))).toEqual([0, 0]);
  });

  it('blames a death on the task the worker was running; the one sent behind it runs on a new worker', async () => {
    const pool = createPool<Task, Value>({ workerUrl, size: 1 });
    const started: string[] = [];
    const outcomes = await Promise.all([pool.run({ kind: 'crash' }, () => started.push('crash')), pool.run({ kind: 'ok', value: 4 }, () => started.push('ok'))]);
    await pool.close();
    expect(outcomes[0]).toMatchObject({ ok: false, kind: 'died', how: 'crashed' });
    expect(outcomes[1]).toMatchObject({ ok: true, value: { doubled: 8 } });
    // Begun once, on the worker that ran it: not when it was sent to the one that died.
    expect(started).toEqual(['crash', 'ok']);
  });

  it('starts workers ahead of any task when grown, and runs tasks on all of them', async () => {
    const pool = createPool<Task, Value>({ workerUrl, size: 1 });
    expect(pool.threads).toBe(0);
    pool.grow(2);
    expect(pool.threads).toBe(2);
    const outcomes = await Promise.all([pool.run({ kind: 'slow', value: 150 }), pool.run({ kind: 'slow', value: 150 })]);
    await pool.close();
    expect(new Set(outcomes.map((o) => (o.ok ? o.value.threadId : 0))).size).toBe(2);
  });

  it('answers tasks queued after close as died, never hangs', async () => {
    const pool = createPool<Task, Value>({ workerUrl, size: 1 });
    await pool.close();
    expect(await pool.run({ kind: 'ok', value: 1 })).toEqual({ ok: false, kind: 'died', how: 'closed' });
  });
});
