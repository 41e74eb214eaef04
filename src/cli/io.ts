/** Everything the CLI touches in the outside world, passed in so tests can run it in-process. */
export interface Writable {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal: what is written there may be coloured (src/cli/color.ts). */
  isTTY: boolean;
  /**
   * Whether stderr is a terminal: the batch's progress bar and the diagnostics
   * of build go there, so `2>err.txt` from a terminal must get plain lines, not
   * \r frames or colours. Absent: not one.
   */
  stderrIsTTY?: boolean;
  /** stderr's width in columns, when it is a terminal. */
  stderrColumns?: number;
  /**
   * SIGINT and SIGTERM, as the bin receives them. A command that cleans up
   * after itself (build: staged files) calls `hold()` and watches `signal`;
   * otherwise the bin ends the process at once, as the signal would.
   */
  stop?: { signal: AbortSignal; hold(): void };
}

/** Shared by the commands: where to write, and the exit code they decide. */
export interface CommandContext {
  io: CliIo;
  exitCode: number;
  debug: boolean;
}

export { EXIT } from '../office/exit-code.js';
