/**
 * The diagnostics a batch itself can give (not an office's data): a bad batch
 * file, two offices writing one file, an internal failure while building one
 * office. Same shape as the main catalogue (src/diagnostics/catalogue.ts),
 * which this folder does not own; the entries are kept here so they can be
 * moved into it as they are, codes unchanged.
 */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Location } from '../diagnostics/catalogue.js';

interface Entry<P> {
  severity: Severity;
  title: string;
  message: (p: P) => string;
  hint?: string | ((p: P) => string);
}
const entry = <P = Record<string, never>>(e: Entry<P>): Entry<P> => e;

const REPORT_BUG = '这是工具的问题，不是数据的问题。其他单位的报告不受影响；请把这条信息和该单位的文件发给工具维护者。';

export const BATCH_CATALOGUE = {
  BATCH_NO_INPUT: entry<{ input: string }>({
    severity: 'error',
    title: '找不到要生成的单位',
    message: (p) => `“${p.input}”中没有找到任何单位的年度工作记录（.yaml 或 .yml 文件）。`,
    hint: '检查路径或通配符是否写对；文件名应以 .yaml 或 .yml 结尾。',
  }),
  BATCH_LOOSE_FILE: entry<{ folder: string }>({
    severity: 'error',
    title: '文件不属于任何单位',
    message: (p) => `文件夹“${p.folder}”里既有按单位分的子文件夹，又有不含“office”（单位）的零散 YAML 文件，无法判断它属于哪个单位。`,
    hint: '把这个文件移到它所属单位的子文件夹里，或在文件中写明 office（单位）。',
  }),
  BATCH_FILE_INVALID: entry<{ detail: string }>({
    severity: 'error',
    title: '批量文件写法不对',
    message: (p) => `批量文件有误：${p.detail}`,
    hint: '对照 docs/batch.md 中的批量文件示例修改。',
  }),
  BATCH_UNKNOWN_KEY: entry<{ key: string; suggestion?: string }>({
    severity: 'error',
    title: '批量文件中有不认识的字段',
    message: (p) => `批量文件中有不认识的字段“${p.key}”。`,
    hint: (p) => (p.suggestion ? `是不是想写“${p.suggestion}”？` : '删除这个字段，或对照 docs/batch.md 改正字段名。'),
  }),
  BATCH_PATTERN_FIELD: entry<{ field: string; allowed: string }>({
    severity: 'error',
    title: '文件名模板中有不认识的字段',
    message: (p) => `文件名模板中的“{${p.field}}”不认识。`,
    hint: (p) => `可用的字段：${p.allowed}。`,
  }),
  BATCH_DUPLICATE_INPUT: entry<{ other: string }>({
    severity: 'warning',
    title: '同一单位列了两次',
    message: (p) => `这个单位已经列在“${p.other}”，只生成一次。`,
  }),
  BATCH_NAME_COLLISION: entry<{ name: string; other: string }>({
    severity: 'error',
    title: '两个单位会写入同一个文件',
    message: (p) => `这个单位的报告文件名“${p.name}”与“${p.other}”的相同（不分大小写），两份报告会互相覆盖，所以都没有生成。`,
    hint: '检查两个单位的名称是否写重了；或在批量文件的 fileName 中加入 {township} 等字段，或为其中一个单位单独指定 fileName。',
  }),
  BATCH_BAD_NAME: entry<{ name: string; reason: string }>({
    severity: 'error',
    title: '报告文件名不可用',
    message: (p) => `按文件名模板得到的“${p.name}”不能用作文件名：${p.reason}。`,
    hint: '修改批量文件中的 fileName，或为这个单位单独指定 fileName。',
  }),
  BATCH_YEAR_MISMATCH: entry<{ year: number; expected: number }>({
    severity: 'error',
    title: '年份与批量文件不一致',
    message: (p) => `这个单位的记录是 ${p.year} 年的，而批量文件写的是 ${p.expected} 年，所以没有生成。`,
    hint: '检查是否选错了文件，或改正记录中的 year（年份）。',
  }),
  BATCH_ROLLUP_NOT_WRITTEN: entry<{ reason: string }>({
    severity: 'error',
    title: '汇总表未能写入',
    message: (p) => `汇总表未能写入：${p.reason}`,
    hint: '文件已存在时加 --force 覆盖；文件在 Word 或 WPS 中打开时请先关闭。',
  }),
  BATCH_INTERNAL_ERROR: entry<{ detail: string }>({
    severity: 'error',
    title: '生成时工具内部出错',
    message: (p) => `生成这个单位的报告时工具内部出错：${p.detail}`,
    hint: REPORT_BUG,
  }),
  BATCH_WORKER_DIED: entry<{ detail: string }>({
    severity: 'error',
    title: '生成进程意外退出',
    message: (p) => `生成这个单位的报告时，工具的后台进程意外退出（${p.detail}）。`,
    hint: REPORT_BUG,
  }),
  BATCH_TIMEOUT: entry<{ seconds: number }>({
    severity: 'error',
    title: '生成超时',
    message: (p) => `生成这个单位的报告超过了 ${p.seconds} 秒，已被中止。`,
    hint: REPORT_BUG,
  }),
} as const;

export type BatchCode = keyof typeof BATCH_CATALOGUE;
type ParamsOf<C extends BatchCode> = Parameters<(typeof BATCH_CATALOGUE)[C]['message']>[0];

export function batchDiagnostic<C extends BatchCode>(code: C, params: ParamsOf<C>, location: Location): Diagnostic {
  const e = BATCH_CATALOGUE[code] as Entry<ParamsOf<C>>;
  const hint = typeof e.hint === 'function' ? e.hint(params) : e.hint;
  const d: Diagnostic = { code, severity: e.severity, message: e.message(params), file: location.file, line: location.line, column: location.column };
  if (hint !== undefined) d.hint = hint;
  if (location.endLine !== undefined) d.endLine = location.endLine;
  if (location.endColumn !== undefined) d.endColumn = location.endColumn;
  if (location.path !== undefined) d.path = location.path;
  return d;
}

/** A location for a problem that concerns a whole file, not a node in it. */
export const wholeFile = (file: string): Location => ({ file, line: 0, column: 0 });
