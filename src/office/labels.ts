/** How an office's status and first error are named in tables (the batch's, check's, the roll-up's). */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { placeOf } from '../diagnostics/format/text.js';
import type { OfficeStatus } from './types.js';

export const STATUS_LABELS: Record<OfficeStatus, string> = {
  built: '已生成',
  invalid: '数据有误',
  failed: '失败',
  exists: '已存在、未覆盖',
};

/** How `summary check` names the same statuses: nothing is generated there. */
export const CHECK_STATUS_LABELS: Record<OfficeStatus, string> = {
  built: '通过',
  invalid: '有错误',
  failed: '失败',
  // check writes nothing, so it never meets an existing report; named for completeness.
  exists: '通过',
};

/** `CODE file:line:col message`: the first error of a result, or undefined. */
export function firstError(diagnostics: readonly Diagnostic[]): string | undefined {
  const d = diagnostics.find((x) => x.severity === 'error');
  if (!d) return undefined;
  return `${d.code} ${placeOf(d)} ${d.message}`;
}
