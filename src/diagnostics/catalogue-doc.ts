/**
 * docs/diagnostics.md, generated from the catalogue and the table of inputs
 * that trigger each code (tests/fixtures/diagnostics/triggers.yaml), so that
 * neither can drift from the doc: scripts/diagnostics-doc.mjs writes it, and
 * tests/diagnostics/catalogue.test.ts holds the file to this function.
 */
import { CATALOGUE, type Entry } from './catalogue.js';
import { fillMessage, type MessageText } from './message-text.js';

/** A file of a trigger: its text, bytes in base64 (other encodings), a named pipe, or a text repeated (files too large to list). */
export type TriggerFile = string | { base64: string } | { fifo: true } | { repeat: string; times: number; before?: string; after?: string };

/** An input that triggers a code: an entry of the trigger table, as read from YAML. */
export interface TriggerExample {
  /** The command line, after `summary`; `{repo}` stands for the project's folder. */
  run: string;
  /** Files written into an empty folder, the working folder of the run (without files: the project's folder). A name ending in / is a folder. */
  files?: Record<string, TriggerFile>;
  /** Set when the code cannot be caused from outside: how the test injects the fault. */
  fault?: string;
}

/** Every wording a message can take: each case of a `select`, both branches of an `ifPresent`. */
export function variants(text: MessageText): string[] {
  if (typeof text === 'string') return [text];
  if (Array.isArray(text)) {
    return (text as readonly MessageText[]).reduce<string[]>((acc, part) => acc.flatMap((a) => variants(part).map((v) => a + v)), ['']);
  }
  if ('select' in text) return Object.values(text.cases).flatMap(variants);
  if ('ifPresent' in text) return [...variants(text.then), ...(text.else === undefined ? [''] : variants(text.else))];
  return [];
}

/** A parameter is shown as ‹name›. */
const shown = (s: string): string => fillMessage(s, {}, (name) => `‹${name}›`);
const lines = (text: MessageText | undefined): string[] => (text === undefined ? [] : [...new Set(variants(text).map(shown))]);

/** What the docs show of a file: bytes and generated content described, not dumped. */
const shownFile = (f: TriggerFile): string =>
  typeof f === 'string' ? f : 'base64' in f ? `（二进制内容，base64：${f.base64}）` : 'fifo' in f ? '（命名管道，不是普通文件）' : `${f.before ?? ''}（“${f.repeat}”重复 ${f.times} 次）${f.after ?? ''}`;

const fenceLanguage = (name: string): string => (/\.ya?ml$/.test(name) ? 'yaml' : name.endsWith('.hbs') ? 'handlebars' : 'text');

function section(code: string, e: Entry, example: TriggerExample | undefined): string[] {
  const out = [`### \`${code}\``, ''];
  if (e.deprecated) out.push(`**已弃用**（deprecated）：不再给出，改为 \`${e.deprecated.replacedBy}\`。代码保留，引用它的脚本仍能在这里查到。`, '');
  out.push(`- 级别：${e.severity === 'error' ? '错误' : '警告'}`, `- 标题：${e.title}`);
  const messages = lines(e.message);
  if (messages.length === 1) out.push(`- 消息：${messages[0] as string}`);
  else out.push('- 消息（视情形而定）：', ...messages.map((m) => `  - ${m}`));
  const hints = lines(e.hint).filter((h) => h !== '');
  if (hints.length === 1) out.push(`- 提示：${hints[0] as string}`);
  else if (hints.length > 1) out.push('- 提示（视情形而定）：', ...hints.map((h) => `  - ${h}`));
  out.push('');
  if (example) {
    out.push(example.fault ? `例（从外部无法引起，测试中注入故障：${example.fault}）：` : '例：', '');
    for (const [name, file] of Object.entries(example.files ?? {})) {
      out.push(`\`${name}\`：`, '', `\`\`\`\`${fenceLanguage(name)}`, shownFile(file).replace(/\n$/, ''), '````', '');
    }
    out.push('```sh', `summary ${example.run.replaceAll('{repo}', '<项目文件夹>')}`, '```', '');
  }
  return out;
}

export function catalogueMarkdown(examples: Readonly<Record<string, TriggerExample>>): string {
  const entries = Object.entries(CATALOGUE as Record<string, Entry>);
  return [
    '# 诊断信息一览（Diagnostics）',
    '',
    '<!-- Generated from src/diagnostics/catalogue.ts (entries in src/diagnostics/catalogue/) and tests/fixtures/diagnostics/triggers.yaml by `npm run build && node scripts/diagnostics-doc.mjs`. Do not edit by hand. -->',
    '',
    '`summary check` 报告的每一条问题都有一个固定的代码。代码一经发布永不改变含义、永不复用，也不删除：不再使用的代码标为“已弃用”并指明替代它的代码，CI 脚本可以放心引用。',
    '“错误”使检查以代码 1 退出；“警告”只在超过 `--max-warnings` 时才使检查失败。消息中的 ‹…› 在实际输出中是具体的字段、数值和位置。',
    '每个代码下的“例”是一个会引起它的输入：列出了文件的，在只有这些文件的空文件夹里运行；没有列出文件的，在项目文件夹里运行。',
    '测试（tests/diagnostics/catalogue.test.ts）逐个运行这些例子，确认确实得到这个代码。少数代码从外部无法引起（工具自身的缺陷、系统故障），测试中注入所写的故障来引起它。',
    '',
    '| 代码 | 级别 | 标题 |',
    '|---|---|---|',
    ...entries.map(([code, e]) => `| [\`${code}\`](#${code.toLowerCase()}) | ${e.severity === 'error' ? '错误' : '警告'} | ${e.title}${e.deprecated ? `（已弃用，见 \`${e.deprecated.replacedBy}\`）` : ''} |`),
    '',
    ...entries.flatMap(([code, e]) => section(code, e, examples[code])),
  ].join('\n');
}
