/**
 * Decide every office's output file before anything is written, and refuse
 * two offices that would write the same file. Names come from data (office
 * names), so after sanitising two different names can meet (`青石镇/联络办`
 * and `青石镇_联络办`), and on Windows and macOS `A.docx` and `a.docx` are one
 * file: the comparison is on the sanitised, resolved, NFC, lower-cased path.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutputFormat } from '../build/types.js';
import { DEFAULT_PATTERN, type PatternField } from './batch-file-schema.js';
import { batchDiagnostic, wholeFile } from './batch-diagnostics.js';
import { defaultNamer, type Namer } from './output-names.js';

export type NameFields = { year: number; office: string; short?: string; township?: string };

const EXTENSIONS = /\.(docx|md|txt)$/i;

/** Fill `{year}`, `{office}`, `{short}`, `{township}`; the extension always follows the format. */
export function fillPattern(pattern: string | undefined, fields: NameFields, format: OutputFormat): string {
  const values: Record<PatternField, string> = {
    year: String(fields.year),
    office: fields.office,
    // Valid data always has both; the full name is the honest fallback.
    short: fields.short ?? fields.office,
    township: fields.township ?? fields.office,
  };
  const filled = (pattern ?? DEFAULT_PATTERN).replace(/\{(year|office|short|township)\}/g, (_m, k: PatternField) => values[k]);
  return `${filled.replace(EXTENSIONS, '')}.${format}`;
}

export const patternNeedsFields = (pattern: string | undefined): boolean => /\{(short|township)\}/.test(pattern ?? DEFAULT_PATTERN);

export interface PlanItem {
  /** The office's input as the user sees it. */
  input: string;
  outDir: string;
  pattern?: string;
  format: OutputFormat;
  fields: NameFields;
}

export interface PlannedOutput {
  /** File name inside outDir, sanitised. */
  fileName: string;
  /** Full path. */
  path: string;
}

export interface Plan {
  /** One entry per item, in order: the output, or the errors that stop this office. */
  outputs: ({ ok: true; output: PlannedOutput } | { ok: false; diagnostics: Diagnostic[] })[];
}

export function planOutputs(items: readonly PlanItem[], namer: Namer = defaultNamer): Plan {
  const named = items.map((item) => {
    const wanted = fillPattern(item.pattern, item.fields, item.format);
    const r = namer(item.outDir, wanted);
    if (!r.ok) return { ok: false as const, diagnostics: [batchDiagnostic('BATCH_BAD_NAME', { name: wanted, reason: r.reason }, wholeFile(item.input))] };
    return { ok: true as const, output: { fileName: path.basename(r.path), path: r.path } };
  });

  const byKey = new Map<string, number[]>();
  named.forEach((n, i) => {
    if (!n.ok) return;
    const key = path.resolve(n.output.path).normalize('NFC').toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });

  const outputs: Plan['outputs'] = named;
  for (const indexes of byKey.values()) {
    if (indexes.length < 2) continue;
    for (const i of indexes) {
      const n = named[i];
      if (!n?.ok) continue;
      const others = indexes.filter((j) => j !== i).map((j) => items[j]?.input ?? '');
      outputs[i] = {
        ok: false,
        diagnostics: [batchDiagnostic('BATCH_NAME_COLLISION', { name: n.output.fileName, other: others.join('”“') }, wholeFile(items[i]?.input ?? ''))],
      };
    }
  }
  return { outputs };
}
