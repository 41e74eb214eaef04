/** Everything the CLI touches in the outside world, passed in so tests can run it in-process. */
export interface Writable {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours on). */
  isTTY: boolean;
}

/** Shared by the commands: where to write, and the exit code they decide. */
export interface CommandContext {
  io: CliIo;
  exitCode: number;
  debug: boolean;
}

export { EXIT } from '../office/exit-code.js';
