/**
 * Commander's errors in Chinese. Commander raises each as a CommanderError
 * with a stable code and an English message (its configureOutput is told to
 * print nothing, main.ts); here the code picks the Chinese sentence and the
 * message gives only what was quoted in it (the option, the value).
 */
import type { CommanderError } from 'commander';
import { EXIT, type CliIo } from './io.js';

/** The exit code for a CommanderError, with its Chinese message written to stderr. */
export function usageError(err: CommanderError, io: CliIo, debug: boolean): number {
  // --help and --version end with code 0; `summary` with no command shows help as an error.
  if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
    return err.exitCode === 0 ? EXIT.ok : EXIT.failure;
  }
  const quoted = [...err.message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  const first = quoted[0] ?? '';
  const zh: Record<string, () => string> = {
    'commander.unknownOption': () => `不认识的选项 ${first}。`,
    'commander.unknownCommand': () => `没有 ${first} 这个命令。`,
    'commander.missingArgument': () => `缺少参数 ${first}。`,
    'commander.optionMissingArgument': () => `选项 ${first} 后面缺少取值。`,
    'commander.missingMandatoryOptionValue': () => `缺少必需的选项 ${first}。`,
    'commander.conflictingOption': () => '有两个选项不能同时使用。',
    'commander.excessArguments': () => excessArguments(err.message),
    'commander.invalidArgument': () => invalidArgument(err.message),
  };
  // An error of commander's that is not in the list above is still said in Chinese; its English only under --debug.
  const message = zh[err.code]?.() ?? `命令行用法有误（${err.code}）。`;
  // The help of the command whose line was wrong (`summary check --help`), else the program's.
  const command = (err as CommanderError & { command?: string }).command;
  io.stderr.write(`${message}\n运行 summary ${command === undefined ? '' : `${command} `}--help 查看用法${debug ? `\n${err.message}` : ''}。\n`);
  return EXIT.failure;
}

/** “too many arguments for 'preview'. Expected 1 argument but got 2.” */
function excessArguments(message: string): string {
  const m = /Expected (\d+) arguments? but got (\d+)/.exec(message);
  return m ? `参数太多了：这里只要 ${m[1]} 个，给了 ${m[2]} 个。` : '参数太多了。';
}

/**
 * “option '--format <格式>' argument 'xml' is invalid. Allowed choices are …”,
 * “command-argument value 'x' is invalid for argument '输入'. …” or a value our
 * own parser refused (its Chinese reason follows “is invalid.”).
 */
function invalidArgument(message: string): string {
  const option = /option '([^' ]+)[^']*' argument '([^']*)' is invalid\.\s*(.*)$/s.exec(message);
  const argument = /command-argument value '([^']*)' is invalid for argument '([^']*)'\.\s*(.*)$/s.exec(message);
  const [what, value, rest] = option ? [`选项 ${option[1]}`, option[2], option[3]] : argument ? [`参数 ${argument[2]}`, argument[1], argument[3]] : [];
  if (what === undefined) return '参数取值不对。';
  const choices = /Allowed choices are (.*)\.$/.exec(rest ?? '');
  const why = choices ? `可选：${(choices[1] ?? '').split(', ').join('、')}。` : (rest ?? '');
  return `${what} 的取值“${value}”不对，${why}`;
}
