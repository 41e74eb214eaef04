/**
 * The command line as a function: `run(argv, io) → exit code`. The bin is a
 * few lines over it, so tests run it in-process and as a child process alike.
 * Nothing here calls process.exit; exit codes: 0 clean, 1 findings in the
 * data, 2 bad usage or a failure of the tool.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { bugReport } from './bug-report.js';
import { chineseHelp, examples } from './help-zh.js';
import { usageError } from './usage-error.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerConvert } from './commands/convert.js';
import { registerInit } from './commands/init.js';
import { registerLedger } from './commands/ledger.js';
import { registerSchema } from './commands/schema.js';
import { EXIT, type CliIo, type CommandContext } from './io.js';

export { quietWhenClosed } from './closed-pipe.js';

/** One line per command. Commands needing docx/handlebars import them lazily inside their action. */
const COMMANDS = [registerInit, registerCheck, registerBuild, registerSchema, registerLedger, registerConvert];

/** `argv` is the user's arguments only (process.argv.slice(2)). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug') || io.env.SUMMARY_DEBUG === '1';
  const ctx: CommandContext = { io, exitCode: EXIT.ok, debug };
  try {
    const program = buildProgram(ctx);
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return usageError(err, io, debug);
    io.stderr.write(bugReport('', err instanceof Error ? err.stack : String(err), debug));
    return EXIT.failure;
  }
}

function buildProgram(ctx: CommandContext): Command {
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
  for (const register of COMMANDS) register(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(false);
  }
  chineseHelp(program);
  return program;
}

function version(): string {
  try {
    // dist/cli/main.js and src/cli/main.ts are both two levels below package.json.
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
