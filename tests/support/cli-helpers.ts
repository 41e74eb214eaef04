// The CLI in-process: run(argv, io) with its output captured, as the bin calls it.
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `terminal`: which streams claim to be terminals (both off by default, as under a pipe). */
export async function cli(argv: string[], cwd = process.cwd(), env: Record<string, string> = {}, terminal: Pick<CliIo, 'isTTY' | 'stderrIsTTY'> = { isTTY: false }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env,
    ...terminal,
  });
  return { code, stdout, stderr };
}
