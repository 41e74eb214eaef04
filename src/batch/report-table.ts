/**
 * The table printed at the end of a batch: one row per office with its status,
 * warning count and either its file or its first error; then the totals. Plain
 * text with no control sequences, so it reads the same in a terminal, a CI log
 * and a file.
 */
import { countFindings, countResults } from '../diagnostics/findings.js';
import { printable } from '../diagnostics/format/printable.js';
import { CHECK_STATUS_LABELS, STATUS_LABELS, firstError } from '../office/labels.js';
import type { OfficeStatus as BuildStatus, OfficeBuildResult } from '../office/types.js';
import { displayWidth as displayWidthOf, padEnd } from './text-width.js';

const warnings = (r: OfficeBuildResult) => countFindings(r.diagnostics).warnings;

/** `otherWarnings`: warnings printed that belong to no office (the roll-up's), counted in the last line too. */
export function formatBatchTable(results: readonly OfficeBuildResult[], labels: Record<BuildStatus, string> = STATUS_LABELS, otherWarnings = 0): string {
  const header = ['单位', '状态', '警告', '文件或首个错误'];
  // Cells quote the data (office names, messages): escaped before their width is measured (printable.ts).
  const rows = results.map((r) =>
    [r.office ?? r.input, labels[r.status], String(warnings(r)), r.status === 'built' || r.status === 'exists' ? (r.output ?? r.input) : (firstError(r.diagnostics) ?? '（没有给出原因）')].map(printable),
  );
  const widths = header.map((h, i) => rows.reduce((w, row) => Math.max(w, displayWidthOf(row[i] ?? '')), displayWidthOf(h)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line), '', formatTotals(results, labels, otherWarnings)].join('\n') + '\n';
}

export function formatTotals(results: readonly OfficeBuildResult[], labels: Record<BuildStatus, string> = STATUS_LABELS, otherWarnings = 0): string {
  const n = (s: BuildStatus) => results.filter((r) => r.status === s).length;
  const w = countResults(results).warnings + otherWarnings;
  const parts = [`${labels.built} ${n('built')} 个`];
  if (n('invalid') > 0) parts.push(`${labels.invalid} ${n('invalid')} 个`);
  if (n('exists') > 0) parts.push(`${labels.exists} ${n('exists')} 个（加 --force 重新生成）`);
  if (n('failed') > 0) parts.push(`${labels.failed} ${n('failed')} 个`);
  return `共 ${results.length} 个单位：${parts.join('，')}；警告 ${w} 条。`;
}

export { CHECK_STATUS_LABELS, STATUS_LABELS };
