/**
 * The command line as a function over a list of commands: `runCommands(commands,
 * argv, io) → exit code`. `run` (main.ts) passes every command; each bundled
 * entry (entries/, scripts/bundle.mjs) passes only its own, so a bundle holds
 * no code its command does not use. Nothing here calls process.exit; exit
 * codes: 0 clean, 1 findings in the data, 2 bad usage or a failure of the tool.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { bugReport } from './bug-report.js';
import { chineseHelp, examples } from './help-zh.js';
import { usageError } from './usage-error.js';
import { EXIT, type CliIo, type CommandContext } from './io.js';

/** Adds one command (or a pair, as build and preview) to the program. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

/** `argv` is the user's arguments only (process.argv.slice(2)). */
export async function runCommands(commands: readonly RegisterCommand[], argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug') || io.env.SUMMARY_DEBUG === '1';
  const ctx: CommandContext = { io, exitCode: EXIT.ok, debug };
  try {
    const program = buildProgram(commands, ctx);
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return usageError(err, io, debug);
    io.stderr.write(bugReport('', err instanceof Error ? err.stack : String(err), debug));
    return EXIT.failure;
  }
}

function buildProgram(commands: readonly RegisterCommand[], ctx: CommandContext): Command {
  const { io } = ctx;
  const program = new Command('summary')
    .description('基层政协联络工作年终工作总结：校验全年工作记录（YAML）并生成总结')
    .version(version(), '-v, --version', '显示版本号')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .option('--debug', '出现内部错误时显示详细信息')
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's own English error line is replaced by ours in usageError().
      outputError: () => undefined,
    });
  program.addHelpText(
    'after',
    examples([
      ['summary check 青石镇2021.yaml', '检查一个单位的记录'],
      ['summary build 青石镇2021.yaml --out 输出', '生成总结，写到“输出”文件夹'],
      ['summary help build', '看 build 命令的全部选项'],
    ]),
  );
  for (const register of commands) register(program, ctx);
  for (const cmd of program.commands) {
    // A usage error of a command points to that command's help (usageError reads the name off the error).
    cmd
      .exitOverride((err) => {
        throw Object.assign(err, { command: cmd.name() });
      })
      .configureOutput(program.configureOutput())
      .showSuggestionAfterError(false);
  }
  chineseHelp(program);
  return program;
}

function version(): string {
  try {
    // dist/cli/program.js, src/cli/program.ts and the bundle's dist/bundle/*.js are all two levels below package.json.
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
