/** How an office's status and first error are named in tables (the batch's, check's, the roll-up's). */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { placeOf } from '../diagnostics/format/text.js';
import { VALIDATED, type OfficeBuildResult, type OfficeStatus } from './types.js';

export const STATUS_LABELS: Record<OfficeStatus, string> = {
  built: '已生成',
  updated: '已更新',
  unchanged: '未变',
  kept: '保留修改',
  edited: '有修改、未更新',
  invalid: '数据有误',
  failed: '失败',
};

/** How `summary check` names the same statuses: nothing is generated there. */
export const CHECK_STATUS_LABELS: Record<OfficeStatus, string> = {
  built: '通过',
  invalid: '有错误',
  failed: '失败',
  // check writes nothing, so it never meets an existing report; named for completeness.
  updated: '通过',
  unchanged: '通过',
  kept: '通过',
  edited: '通过',
};

/** `CODE file:line:col message`: the first error of a result, or undefined. */
export function firstError(diagnostics: readonly Diagnostic[]): string | undefined {
  const d = diagnostics.find((x) => x.severity === 'error');
  if (!d) return undefined;
  return `${d.code} ${placeOf(d)} ${d.message}`;
}

/** What a table row or a progress line names after the status: the report's file, or what went wrong. */
export function rowDetail(r: Pick<OfficeBuildResult, 'status' | 'output' | 'input' | 'diagnostics'>): string {
  // An edited report is named by the error that says it was left, and how to replace it.
  if (VALIDATED.has(r.status) && r.status !== 'edited') return r.output ?? r.input;
  return firstError(r.diagnostics) ?? '（没有给出原因）';
}
