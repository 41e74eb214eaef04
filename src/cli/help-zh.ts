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
  // Commander wraps only at spaces: a Chinese description has few, so it broke at its one
  // space (“YAML / 文件”) or ran past the edge. Chinese may break between any two characters.
  boxWrap: (text: string, width: number) => boxWrap(text, width),
};

/** Not at a line's start: closing punctuation stays with the character before it. */
const CLOSING = new Set([...'，。、；：！？）》」』”’']);
/** Not at a line's end: opening punctuation goes with the character after it. */
const OPENING = new Set([...'（《「『“‘']);
/** One wide character, or a run of anything else up to a space or a wide character, each with the spaces before it. */
const CHUNK = /\s*(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d]+)/gu;

function chunksOf(line: string): string[] {
  const out: string[] = [];
  let opening = '';
  for (const chunk of line.match(CHUNK) ?? []) {
    const last = out.length - 1;
    if (last >= 0 && opening === '' && CLOSING.has(chunk)) out[last] += chunk;
    else if (OPENING.has(chunk.trimStart())) opening += chunk;
    else {
      out.push(opening + chunk);
      opening = '';
    }
  }
  if (opening !== '') out.push(opening);
  return out;
}

/** Commander's boxWrap (existing line breaks kept, a space at a break dropped), breaking between Chinese characters too. */
export function boxWrap(text: string, width: number): string {
  if (width < BASE.minWidthToWrap) return text;
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = chunksOf(line);
    let current = '';
    for (const chunk of chunks) {
      if (current !== '' && displayWidth(current) + displayWidth(chunk) > width) {
        lines.push(current);
        current = chunk.trimStart();
      } else current += chunk;
    }
    lines.push(current);
  }
  return lines.join('\n');
}

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
