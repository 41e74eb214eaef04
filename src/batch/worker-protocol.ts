/**
 * The messages between the pool (./pool.ts) and a worker module. A worker
 * answers every task with exactly one reply carrying the same id, and runs its
 * tasks one after another in the order they were sent: the pool sends the
 * next before the first is done, and counts only the first as running.
 */
export interface TaskMessage<T> {
  id: number;
  task: T;
}

export type ReplyMessage<R> = { id: number; ok: true; value: R } | { id: number; ok: false; detail: string };

/** How a worker says what it threw: the stack when there is one, for the bug report. */
export function describeThrown(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}
