/**
 * The worker thread of a batch or a check: one office per message, one after
 * another in the order they came (the pool sends the next before this one is
 * done, ./pool.ts), each answered with its result only. A report is written
 * by the worker, so documents never travel back to the main thread and never
 * pile up in memory.
 *
 * Anything the build throws is caught here and answered as `ok: false`; the
 * pool turns it into a 'failed' result for that office alone.
 *
 * `workerData.warm`: the work this worker is started for (a build's format);
 * its code is loaded as the worker starts, while the main thread is still
 * finding the offices, instead of when the first office arrives.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runOfficeTask, warmUp, type OfficeTask, type OfficeTaskResult, type WorkerWarmth } from './office-task.js';
import { describeThrown, type ReplyMessage, type TaskMessage } from './worker-protocol.js';

const port = parentPort;
if (port) {
  const warmth = (workerData as { warm?: WorkerWarmth } | undefined)?.warm;
  // A failure to load is the first office's to report (its own import fails the same way), not the worker's.
  let last: Promise<unknown> = warmth ? warmUp(warmth).catch(() => undefined) : Promise.resolve();
  port.on('message', (msg: TaskMessage<OfficeTask>) => {
    last = last.then(() =>
      runOfficeTask(msg.task).then(
        (value) => port.postMessage({ id: msg.id, ok: true, value } satisfies ReplyMessage<OfficeTaskResult>),
        (err: unknown) => port.postMessage({ id: msg.id, ok: false, detail: describeThrown(err) } satisfies ReplyMessage<OfficeTaskResult>),
      ),
    );
  });
}
