/**
 * The worker thread of a batch: builds one office per message and answers with
 * its OfficeBuildResult only. The report itself is written by the worker, so
 * documents never travel back to the main thread and never pile up in memory.
 *
 * Anything the build throws is caught here and answered as `ok: false`; the
 * pool turns it into a 'failed' result for that office alone.
 */
import { parentPort } from 'node:worker_threads';
import { runOfficeTask, type OfficeTask, type OfficeTaskResult } from './office-task.js';
import { describeThrown, type ReplyMessage, type TaskMessage } from './worker-protocol.js';

const port = parentPort;
if (port) {
  port.on('message', (msg: TaskMessage<OfficeTask>) => {
    runOfficeTask(msg.task).then(
      (value) => port.postMessage({ id: msg.id, ok: true, value } satisfies ReplyMessage<OfficeTaskResult>),
      (err: unknown) => port.postMessage({ id: msg.id, ok: false, detail: describeThrown(err) } satisfies ReplyMessage<OfficeTaskResult>),
    );
  });
}
