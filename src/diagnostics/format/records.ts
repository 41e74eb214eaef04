/** What every formatter is fed: flat diagnostics plus the files' text for frames. */
import type { Diagnostic } from '../diagnostic.js';

export interface FormatInput {
  diagnostics: readonly Diagnostic[];
  /** Decoded text of each file by its shown name; frames are skipped without it. */
  sources?: ReadonlyMap<string, string>;
  summary: CheckSummary;
}

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
}

export const SEVERITY_ZH = { error: '错误', warning: '警告' } as const;

export const summaryLine = (s: CheckSummary): string =>
  `检查了 ${s.files} 个文件：${s.errors} 个错误，${s.warnings} 个警告。${s.errors === 0 && s.warnings === 0 ? '没有发现问题。' : ''}`;
