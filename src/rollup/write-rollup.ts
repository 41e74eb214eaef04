/**
 * Write the roll-up's .docx and .csv beside the offices' reports, through the
 * same renderDocx and atomic, no-overwrite-without-force writer as every report.
 * Never throws: a failure is a diagnostic of the batch.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OfficeBuildResult } from '../build/types.js';
import type { KeyNumbers } from '../model/key-numbers.js';
import { renderDocx } from '../write/docx/write-docx.js';
import { mkdir } from 'node:fs/promises';
import { resolveOutputPath, safeFileName, systemFolderReason, writeFileAtomic } from '../write/output-file.js';
import { batchDiagnostic, wholeFile } from '../batch/batch-diagnostics.js';
import type { Fonts } from '../batch/inputs.js';
import { rollupDocument, rollupTitle } from './rollup-document.js';
import { rollupCsv } from './rollup-csv.js';

export interface RollupFiles {
  docx?: string;
  csv?: string;
  /** The files written, .docx first. */
  written: string[];
  diagnostics: Diagnostic[];
}

export interface WriteRollupOptions {
  outDir: string;
  year?: number;
  county?: string;
  superior?: string;
  previous?: ReadonlyMap<string, KeyNumbers>;
  force: boolean;
  fonts?: Fonts;
  date?: Date;
}

export async function writeRollup(results: readonly OfficeBuildResult[], opts: WriteRollupOptions): Promise<RollupFiles> {
  const out: RollupFiles = { written: [], diagnostics: [] };
  const year = opts.year ?? commonYear(results);
  if (year === undefined) return out;
  // Another year's office does not belong in this year's totals; its own report is still built,
  // and the user is told, since a wrong-year file in the folder is usually a mistake.
  for (const r of results) {
    if (r.year !== undefined && r.year !== year) {
      out.diagnostics.push(batchDiagnostic('BATCH_ROLLUP_OTHER_YEAR', { office: r.office ?? r.input, year: r.year, rollupYear: year }, wholeFile(r.input)));
    }
  }
  results = results.filter((r) => r.year === undefined || r.year === year);
  // The title holds only the year and a county name; a county name that sanitises to nothing falls back.
  const base = safeFileName(rollupTitle(year, opts.county)) ?? rollupTitle(year);
  const write = async (name: string, data: Uint8Array) => {
    const target = resolveOutputPath(opts.outDir, name) as string;
    const w = await writeFileAtomic(target, data, { force: opts.force });
    if (w.ok) {
      out.written.push(target);
      return target;
    }
    out.diagnostics.push(batchDiagnostic('BATCH_ROLLUP_NOT_WRITTEN', { reason: w.message }, wholeFile(target)));
    return undefined;
  };
  try {
    const doc = rollupDocument(results, { year, county: opts.county, previous: opts.previous, signature: opts.superior, date: opts.date });
    const { buffer } = await renderDocx(doc, { fonts: opts.fonts, date: opts.date });
    const system = systemFolderReason(opts.outDir);
    if (system) {
      out.diagnostics.push(batchDiagnostic('BATCH_ROLLUP_NOT_WRITTEN', { reason: system }, wholeFile(path.join(opts.outDir, base))));
      return out;
    }
    await mkdir(opts.outDir, { recursive: true });
    out.docx = await write(`${base}.docx`, buffer);
    out.csv = await write(`${base}.csv`, Buffer.from(rollupCsv(results), 'utf8'));
  } catch (err) {
    out.diagnostics.push(batchDiagnostic('BATCH_INTERNAL_ERROR', { detail: `生成汇总表时出错：${err instanceof Error ? err.message : String(err)}` }, wholeFile(path.join(opts.outDir, base))));
  }
  return out;
}

/** The year most offices report, when neither the batch file nor the command says. */
function commonYear(results: readonly OfficeBuildResult[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of results) if (r.year !== undefined) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}
