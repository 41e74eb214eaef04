/**
 * docs/diagnostics.md, generated from the catalogue so the two never drift
 * (scripts/diagnostics-doc.mjs writes it; a test holds the file to this).
 */
import { CATALOGUE } from './catalogue.js';

/** Parameters shown as “…” in the generic message of each entry. */
const placeholder = new Proxy({}, { get: (_t, key) => (key === 'suggestion' ? undefined : '…') });

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function catalogueMarkdown(): string {
  const rows = Object.entries(CATALOGUE).map(([code, e]) => {
    const entry = e as { severity: string; title: string; message: (p: unknown) => string; hint?: string | ((p: unknown) => string) };
    const hint = typeof entry.hint === 'function' ? entry.hint(placeholder) : (entry.hint ?? '');
    const severity = entry.severity === 'error' ? '错误' : '警告';
    return `| \`${code}\` | ${severity} | ${cell(entry.title)}：${cell(entry.message(placeholder))} | ${cell(hint)} |`;
  });
  return [
    '# 诊断信息一览（Diagnostics）',
    '',
    '<!-- Generated from src/diagnostics/catalogue.ts by `node scripts/diagnostics-doc.mjs` (after `npm run build`). Do not edit by hand. -->',
    '',
    '`summary check` 报告的每一条问题都有一个固定的代码。代码一经发布永不改变含义、永不复用，CI 脚本可以放心引用。',
    '“错误”使检查以代码 1 退出；“警告”只在超过 `--max-warnings` 时才使检查失败。消息中的“…”在实际输出中是具体的字段、数值和位置。',
    '',
    '| 代码 | 级别 | 含义 | 提示 |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
