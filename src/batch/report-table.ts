/**
 * The table printed at the end of a batch: one row per office with its status,
 * warning count and either its file or its first error; then the totals. Plain
 * text with no control sequences, so it reads the same in a terminal, a CI log
 * and a file.
 */
import { countFindings, countResults } from '../diagnostics/findings.js';
import { printable } from '../diagnostics/format/printable.js';
import { CHECK_STATUS_LABELS, STATUS_LABELS, rowDetail } from '../office/labels.js';
import type { OfficeStatus as BuildStatus, OfficeBuildResult } from '../office/types.js';
import { displayWidth as displayWidthOf, padEnd } from './text-width.js';

const warnings = (r: OfficeBuildResult) => countFindings(r.diagnostics).warnings;

/** What the table's and the last line's ends say besides the offices. */
export interface TableExtras {
  /** Warnings printed that belong to no office (the roll-up's), counted in the last line too. */
  otherWarnings?: number;
  /** Lines between the table and the last line (what became of the roll-up). */
  lines?: readonly string[];
  /** The command's exit code: a last line of a run that did not do everything says so (0: nothing added). */
  exitCode?: number;
}

export function formatBatchTable(results: readonly OfficeBuildResult[], labels: Record<BuildStatus, string> = STATUS_LABELS, extras: TableExtras = {}): string {
  const header = ['单位', '状态', '警告', '文件或首个错误'];
  // Cells quote the data (office names, messages): escaped before their width is measured (printable.ts).
  const rows = results.map((r) => [r.office ?? r.input, labels[r.status], String(warnings(r)), rowDetail(r)].map(printable));
  const widths = header.map((h, i) => rows.reduce((w, row) => Math.max(w, displayWidthOf(row[i] ?? '')), displayWidthOf(h)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line), '', ...(extras.lines ?? []), formatTotals(results, labels, extras)].join('\n') + '\n';
}

/** The statuses in the order the last line counts them. */
const ORDER: readonly BuildStatus[] = ['built', 'updated', 'unchanged', 'kept', 'edited', 'invalid', 'failed'];

/** What the last line adds when the run did not do everything: the exit code, and where to look. */
const VERDICT: Record<number, string> = {
  1: '有单位的数据有错误，没有为它们生成报告（退出码 1）。',
  2: '没有全部完成（退出码 2），原因见上。',
  130: '已按 Ctrl-C 中止（退出码 130）：上表是中止前已经写好的。',
  143: '收到终止信号，已中止（退出码 143）：上表是中止前已经写好的。',
};

export function formatTotals(results: readonly OfficeBuildResult[], labels: Record<BuildStatus, string> = STATUS_LABELS, extras: TableExtras = {}): string {
  const n = (s: BuildStatus) => results.filter((r) => r.status === s).length;
  const w = countResults(results).warnings + (extras.otherWarnings ?? 0);
  // The first status is always counted (已生成 0 个 says nothing was); the others when there are any.
  const parts = ORDER.filter((s, i) => i === 0 || n(s) > 0).map((s) => `${labels[s]} ${n(s)} 个`);
  const verdict = VERDICT[extras.exitCode ?? 0] ?? '';
  return `共 ${results.length} 个单位：${parts.join('，')}；警告 ${w} 条。${verdict}`;
}

export { CHECK_STATUS_LABELS, STATUS_LABELS };
