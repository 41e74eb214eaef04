/**
 * `summary check … | head`: the reader closes the pipe early. The child must
 * end with the exit code its run decides (the same as with the whole output
 * read), and print no stack trace about EPIPE, on stdout or stderr.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'summary.js');
const ENV = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };

beforeAll(() => requireBuilt());

interface Closed {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** What the child wrote on stderr (while it stayed open). */
  stderr: string;
  /** Bytes read from stdout before it was closed. */
  read: number;
}

/**
 * Run the CLI with stdout a pipe that the reader closes: at once (`after`
 * 0 bytes, before the child has written anything) or after reading that many
 * bytes, as `head -c` would. With `closeStderr`, stderr is closed at once too.
 */
function runClosingPipe(args: string[], after: number, closeStderr = false): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let read = 0;
    let stderr = '';
    child.stderr.setEncoding('utf8');
    if (closeStderr) child.stderr.destroy();
    else child.stderr.on('data', (s: string) => (stderr += s));
    if (after === 0) child.stdout.destroy();
    else
      child.stdout.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read >= after) child.stdout.destroy();
      });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, read }));
  });
}

const fullRun = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: ENV, encoding: 'utf8' });

const NO_TRACE = /EPIPE|ERR_STREAM_DESTROYED|Unhandled 'error' event|\n\s+at .+:\d+:\d+\)?|node:internal/;

describe('a pipe closed by its reader (summary … | head)', () => {
  it('check over files with findings: exit 1, as with the whole output read, and nothing about the pipe', async () => {
    const args = ['check', 'examples/invalid'];
    const whole = fullRun(args);
    expect(whole.status).toBe(1);
    expect(whole.stdout.length).toBeGreaterThan(1000);
    const r = await runClosingPipe(args, 0);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(whole.status);
    expect(r.stderr).not.toMatch(NO_TRACE);
    expect(r.stderr).toBe(whole.stderr);
  });

  it('check on a clean file, stdout and stderr both closed at once: exit 0', async () => {
    const r = await runClosingPipe(['check', 'examples/qingshi-2021.yaml'], 0, true);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
  });

  // Whether this one meets EPIPE depends on how much of the one 95 KB write the pipe took before it closed: it holds the exit code, not the fix.
  it('schema (95 KB) read for its first bytes, as head -c does: exit 0, nothing on stderr', async () => {
    const r = await runClosingPipe(['schema'], 1);
    expect(r.read).toBeGreaterThan(0);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
