/**
 * `summary check … | head`: once the reader has gone, writing to the pipe
 * fails with EPIPE, which Node raises as an unhandled 'error' event with a
 * stack trace. The run is not the reader's to stop: it goes on (a build still
 * writes its files) and ends with the exit code it decides; what it would
 * have printed is dropped quietly.
 */
import type { Writable } from './io.js';

/** The part of a Node stream used here (process.stdout, process.stderr). */
export interface PipeStream {
  write(chunk: string): boolean;
  on(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

/** The reader closed its end: EPIPE, or a write to the stream Node destroyed after it. */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

/** `stream` as the CLI's Writable: after the pipe is closed, writes go nowhere and raise nothing. */
export function quietWhenClosed(stream: PipeStream): Writable {
  let closed = false;
  stream.on('error', (err) => {
    if (CLOSED.has(err.code ?? '')) {
      closed = true;
      return;
    }
    // Any other failure of the terminal or file is not ours to hide.
    throw err;
  });
  return {
    write: (chunk: string) => {
      if (closed) return true;
      try {
        return stream.write(chunk);
      } catch (err) {
        // A synchronous EPIPE (a pipe on some platforms is written synchronously).
        if (CLOSED.has((err as NodeJS.ErrnoException).code ?? '')) {
          closed = true;
          return true;
        }
        throw err;
      }
    },
  };
}
