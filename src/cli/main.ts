/**
 * The command line as a function: `run(argv, io) → exit code`. The bin is a
 * few lines over it, so tests run it in-process and as a child process alike.
 * Nothing here calls process.exit; exit codes: 0 clean, 1 findings in the
 * data, 2 bad usage or a failure of the tool.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { bugReport } from './bug-report.js';
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
    if (err instanceof CommanderError) return usageError(err, io);
    io.stderr.write(bugReport('', err instanceof Error ? err.stack : String(err), debug));
    return EXIT.failure;
  }
}

function buildProgram(ctx: CommandContext): Command {
  const { io } = ctx;
  const program = new Command('summary')
    .description('基层政协联络工作年终工作总结：校验全年工作记录（YAML）并生成总结')
    .version(version(), '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .option('--debug', '出现内部错误时显示详细信息')
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's own English error line is replaced by ours in usageError().
      outputError: () => undefined,
    });
  for (const register of COMMANDS) register(program, ctx);
  for (const cmd of program.commands) {
    cmd.exitOverride().helpOption('-h, --help', '显示帮助').configureOutput(program.configureOutput()).showSuggestionAfterError(false);
  }
  return program;
}

function usageError(err: CommanderError, io: CliIo): number {
  // --help and --version end with code 0; `summary` with no command shows help as an error.
  if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
    return err.exitCode === 0 ? EXIT.ok : EXIT.failure;
  }
  const quoted = /'([^']*)'/.exec(err.message)?.[1] ?? '';
  const zh: Record<string, string> = {
    'commander.unknownOption': `不认识的选项 ${quoted}。`,
    'commander.unknownCommand': `没有 ${quoted} 这个命令。`,
    'commander.missingArgument': `缺少参数 ${quoted}。`,
    'commander.optionMissingArgument': `选项 ${quoted} 后面缺少取值。`,
    'commander.missingMandatoryOptionValue': `缺少必需的选项 ${quoted}。`,
    'commander.excessArguments': '参数太多了。',
    'commander.invalidArgument': invalidArgument(err.message),
  };
  const message = zh[err.code] ?? `命令行用法有误：${err.message.replace(/^error: /, '')}`;
  io.stderr.write(`${message}\n运行 summary --help 查看用法。\n`);
  return EXIT.failure;
}

/** “option '--format <format>' argument 'xml' is invalid. Allowed choices are …” in Chinese. */
function invalidArgument(message: string): string {
  const m = /option '([^' ]+)[^']*' argument '([^']*)' is invalid\.\s*(.*)$/s.exec(message);
  if (!m) return `参数取值不对：${message.replace(/^error: /, '')}`;
  const choices = /Allowed choices are (.*)\.$/.exec(m[3] ?? '');
  const why = choices ? `可选：${(choices[1] ?? '').split(', ').join('、')}。` : (m[3] ?? '');
  return `选项 ${m[1]} 的取值“${m[2]}”不对，${why}`;
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
