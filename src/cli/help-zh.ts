/**
 * Commander's help in Chinese. Commander writes its headings (Usage:,
 * Options:…), the `[options]` of a usage line and the `(choices: …, default:
 * …)` after a description itself; its Help class lets each of these be
 * replaced (configureHelp), so this is the one place they are said in Chinese
 * rather than a help text written by hand beside the options it describes.
 */
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import { displayWidth } from '../batch/text-width.js';

const BASE = new Help();

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Arguments:': '参数：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

/** `[options]` and `[command]` are commander's words in usage lines and command lists. */
const usageWords = (text: string): string => text.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]');

/** “（可选：docx、md、txt；默认：docx）” after a description. */
function extras(description: string, choices: readonly string[] | undefined, shownDefault: string | undefined): string {
  const parts: string[] = [];
  if (choices) parts.push(`可选：${choices.join('、')}`);
  if (shownDefault !== undefined) parts.push(`默认：${shownDefault}`);
  return parts.length === 0 ? description : `${description}（${parts.join('；')}）`;
}

const defaultText = (described: string | undefined, value: unknown): string => described ?? (typeof value === 'string' ? value : JSON.stringify(value));

export const CHINESE_HELP: HelpConfiguration = {
  styleTitle: (title) => TITLES[title] ?? title,
  // Commander's own usage line and command list entry, with its two English words in Chinese.
  commandUsage: (cmd: Command) => usageWords(BASE.commandUsage(cmd)),
  subcommandTerm: (cmd: Command) => usageWords(BASE.subcommandTerm(cmd)),
  optionDescription(option: Option) {
    // A switch's default (true/false) means something to the program, not to the clerk.
    const showDefault = option.defaultValue !== undefined && (option.required || option.optional);
    return extras(option.description, option.argChoices, showDefault ? defaultText(option.defaultValueDescription, option.defaultValue) : undefined);
  },
  argumentDescription(argument: Argument) {
    const shown = argument.defaultValue === undefined ? undefined : defaultText(argument.defaultValueDescription, argument.defaultValue);
    return extras(argument.description, argument.argChoices, shown);
  },
  // Chinese takes two columns: measured by .length the descriptions after a Chinese placeholder misalign.
  displayWidth: (text: string) => displayWidth(text),
};

/** The help option, help command and Chinese help on a command and every command below it. */
export function chineseHelp(cmd: Command): void {
  cmd.configureHelp(CHINESE_HELP).helpOption('-h, --help', '显示帮助');
  for (const sub of cmd.commands) chineseHelp(sub);
}

/** “示例：” and one line per example, after a command's help. */
export function examples(lines: readonly (readonly [command: string, what: string])[]): string {
  const width = Math.max(...lines.map(([c]) => displayWidth(c)));
  return `\n示例：\n${lines.map(([c, what]) => `  ${c}${' '.repeat(width - displayWidth(c))}  # ${what}`).join('\n')}\n`;
}
