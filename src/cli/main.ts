/**
 * The command line as a function: `run(argv, io) → exit code`, every command
 * registered. The bin is a few lines over it (or over one command's bundled
 * entry, src/cli/entries/), so tests run it in-process and as a child process alike.
 */
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerConvert } from './commands/convert.js';
import { registerInit } from './commands/init.js';
import { registerLedger } from './commands/ledger.js';
import { registerSchema } from './commands/schema.js';
import type { CliIo } from './io.js';
import { runCommands, type RegisterCommand } from './program.js';

export { quietWhenClosed } from './closed-pipe.js';

/** One line per command, in the order `summary --help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [registerInit, registerCheck, registerBuild, registerSchema, registerLedger, registerConvert];

/** `argv` is the user's arguments only (process.argv.slice(2)). */
export function run(argv: string[], io: CliIo): Promise<number> {
  return runCommands(COMMANDS, argv, io);
}
