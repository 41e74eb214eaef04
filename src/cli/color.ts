/**
 * Whether what is written to a stream is coloured: the one decision, for
 * every command and both streams. Colour follows the stream it is written to
 * (`summary build … 2>err.txt` from a terminal colours nothing in err.txt,
 * and stdout's terminal says nothing about stderr), then the conventions:
 * `--no-color` always wins; FORCE_COLOR (as Node reads it: anything but
 * `0`/`false` turns colour on, even into a file or a pipe); NO_COLOR
 * (no-color.org: set and not empty turns it off); TERM=dumb.
 */
import type { CliIo } from './io.js';

export type StreamName = 'stdout' | 'stderr';

export function colorFor(io: Pick<CliIo, 'env' | 'isTTY' | 'stderrIsTTY'>, stream: StreamName, wanted = true): boolean {
  if (!wanted) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.TERM === 'dumb') return false;
  return stream === 'stdout' ? io.isTTY : io.stderrIsTTY === true;
}
