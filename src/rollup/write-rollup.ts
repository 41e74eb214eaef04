/**
 * Write the roll-up's .docx and .csv beside the offices' reports, through the
 * same renderDocx, atomic writer and re-run rule as every report.
 * Never throws: a failure is a diagnostic of the batch.
 */
import path from 'node:path';
import type { OfficeBuildResult } from '../office/types.js';
import type { KeyNumbers } from '../model/key-numbers.js';
import { commitTracked, stageOutput, type FileOutcome } from '../write/output-file.js';
import { OutputRecords } from '../write/output-record.js';
import { resolveOutputPath, safeFileName } from '../write/safe-name.js';
import { diagnostic as batchDiagnostic, wholeFile } from '../diagnostics/create.js';
import type { Fonts } from '../office/types.js';
import { displayName, rollupDocument } from './rollup-document.js';
import { rollupCsv } from './rollup-csv.js';
import { ok, type Always, type Result } from '../result.js';
import { sourceDateEpoch } from '../util/source-date-epoch.js';
import { naturalCompare } from '../util/natural-order.js';

export interface RollupFiles {
  docx?: string;
  csv?: string;
  /** What became of each roll-up file, .docx first, by the re-run rule every generated file follows (../write/output-file.ts). */
  files: { file: string; outcome: FileOutcome }[];
}

export interface WriteRollupOptions {
  outDir: string;
  year?: number;
  county?: string;
  superior?: string;
  previous?: ReadonlyMap<string, KeyNumbers>;
  force: boolean;
  /** The output folders' records of what the tool wrote (the caller saves them); a fresh set by default. */
  records?: OutputRecords;
  fonts?: Fonts;
  /** 成文日期 of the roll-up; else SOURCE_DATE_EPOCH; else none (rollupDate says why). */
  date?: Date;
  /**
   * `input`: the offices in the order given (a batch file's list);
   * `pinyin` (default): by name in pinyin order (pinyin-pro, which reads place
   * names as places: 长岭 cháng, not zhǎng as ICU's collation had it).
   */
  order?: 'input' | 'pinyin';
}

/** The offices in the order the .docx and the .csv both list them. */
export async function orderOffices(results: readonly OfficeBuildResult[], order: 'input' | 'pinyin' = 'pinyin'): Promise<OfficeBuildResult[]> {
  if (order === 'input') return [...results];
  // Loaded only here: ~1 MB of dictionary that no other command needs.
  const { pinyin } = await import('pinyin-pro');
  const key = new Map(results.map((r) => [r, pinyin(displayName(r), { toneType: 'num', separator: ' ', nonZh: 'consecutive' })]));
  // Numbers in names as people count them: 青石2镇 before 青石10镇.
  const byKey = (a: OfficeBuildResult, b: OfficeBuildResult) => naturalCompare(key.get(a) ?? '', key.get(b) ?? '');
  // The name's pinyin, then the input: a stable order for two offices of one name.
  return [...results].sort((a, b) => byKey(a, b) || (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
}

/**
 * The roll-up's date: `--date`, else SOURCE_DATE_EPOCH (a CI's or a
 * reproducible build's fixed day), else none, and the user is told. Not the
 * day it was generated (issue 20: a 2024 roll-up came out dated 2026年12月5日):
 * the day a county signs its report is its own decision, and whenever a
 * roll-up is made again later the build day is wrong. Nor a guess from the
 * offices' dates: they are the townships', not the county's.
 */
function rollupDate(opts: WriteRollupOptions, env: NodeJS.ProcessEnv = process.env): Date | undefined {
  if (opts.date && !Number.isNaN(opts.date.getTime())) return opts.date;
  return sourceDateEpoch(env);
}

/** The roll-up's files' name (without extension): short and sortable in a folder, not the document's formal title. */
export function rollupFileStem(year: number, county?: string): string {
  return `${year}年${county?.trim() ?? ''}各镇（街道）政协联络工作情况汇总`;
}

/** The roll-up's file name without extension, as writeRollup will use it; undefined when no year is known. */
export function rollupBaseName(results: readonly OfficeBuildResult[], year: number | undefined, county: string | undefined): string | undefined {
  const y = year ?? commonYear(results);
  if (y === undefined) return undefined;
  // The name holds only the year and a county name; a county name that sanitises to nothing falls back.
  return safeFileName(rollupFileStem(y, county)) ?? rollupFileStem(y);
}

// Over 60 lines: the roll-up's files in order (year, date, document, .docx, .csv), sharing `out`.
export async function writeRollup(results: readonly OfficeBuildResult[], opts: WriteRollupOptions): Promise<Result<RollupFiles>> {
  const files: RollupFiles = { files: [] };
  const out = ok(files, []) as Always<RollupFiles>;
  const year = opts.year ?? commonYear(results);
  if (year === undefined) return out;
  // Another year's office does not belong in this year's totals; its own report is still built,
  // and the user is told, since a wrong-year file in the folder is usually a mistake.
  for (const r of results) {
    if (r.year !== undefined && r.year !== year) {
      out.diagnostics.push(batchDiagnostic('BATCH_ROLLUP_OTHER_YEAR', { office: displayName(r), year: r.year, rollupYear: year }, wholeFile(r.input)));
    }
  }
  const base = rollupBaseName(results, year, opts.county) as string;
  const records = opts.records ?? new OutputRecords();
  // The one file writer and the one re-run rule: the tool's own untouched roll-up is rewritten when the
  // numbers changed; one edited since is never overwritten without --force, and never left looking current
  // in silence (OUTPUT_EDITED, exit 2).
  const write = async (name: string, data: Uint8Array) => {
    const target = resolveOutputPath(opts.outDir, name) as string;
    const staged = await stageOutput(target, data);
    const put = staged.value && (await commitTracked(staged.value, await records.forFile(target), opts.force));
    out.diagnostics.push(...(put ?? staged).diagnostics);
    if (put?.value === undefined) return undefined;
    files.files.push({ file: target, outcome: put.value });
    return put.value === 'refused' ? undefined : target;
  };
  // Offices of another year stay in the list, named as such; the document and the CSV leave them out of the totals.
  results = await orderOffices(results, opts.order);
  const where = wholeFile(path.join(opts.outDir, `${base}.docx`));
  const superior = opts.superior?.trim() || undefined;
  const date = superior ? rollupDate(opts) : undefined;
  if (!superior) out.diagnostics.push(batchDiagnostic('BATCH_ROLLUP_NO_SIGNATURE', rollupDate(opts) ? { dated: true } : {}, where));
  else if (!date) out.diagnostics.push(batchDiagnostic('BATCH_ROLLUP_NO_DATE', {}, where));
  try {
    const doc = rollupDocument(results, { year, county: opts.county, previous: opts.previous, superior, date });
    // Imported here, as by office/write.ts: the .docx writer is its own bundle (scripts/bundle.mjs), loaded when a .docx is written.
    const { renderDocx } = await import('../write/docx/write-docx.js');
    const { buffer } = await renderDocx(doc, { fonts: opts.fonts, date });
    files.docx = await write(`${base}.docx`, buffer);
    files.csv = await write(`${base}.csv`, Buffer.from(rollupCsv(results, year), 'utf8'));
  } catch {
    out.diagnostics.push(batchDiagnostic('TOOL_BUG', { stage: 'rollup' }, wholeFile(path.join(opts.outDir, base))));
  }
  return out;
}

/** An old roll-up at `target`: the same bytes (up to date), other bytes (an earlier run's), or none. */

/** The year most offices report, when neither the batch file nor the command says. */
function commonYear(results: readonly OfficeBuildResult[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of results) if (r.year !== undefined) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}
