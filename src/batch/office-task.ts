/**
 * What a worker does for one office: `check` prepares it (read, validate,
 * model) and returns only the source lines its diagnostics' frames show;
 * `build` stages its report (src/office/build-office.ts) and returns the
 * result and the staged files to commit. Kept apart from the thread glue
 * (./worker.ts) so tests can call it directly.
 */
import { excerptSources } from '../diagnostics/format/excerpt.js';
import { resultOf } from '../office/result.js';
import { prepareOffice, type PrepareOptions } from '../office/prepare.js';
import type { OfficeBuildResult, OfficeOptions } from '../office/types.js';
import type { StagedFile } from '../write/output-file.js';
import type { OutputFormat } from '../write/formats.js';

export type OfficeTask = { op: 'check'; input: string; options: PrepareOptions } | { op: 'build'; input: string; options: OfficeOptions };

export interface OfficeTaskResult {
  result: OfficeBuildResult;
  /** Staged, not yet in place (build). */
  files?: StagedFile[];
  /** The lines code frames show, by file (check). */
  frames?: Map<string, string>;
  /** Files read for the office. */
  fileCount?: number;
}

/** What a worker is started for: checks, or builds in one format. */
export type WorkerWarmth = 'check' | `build-${OutputFormat}`;

/** Loads the code a worker's offices need (the renderer, the writer) as it starts, before its first office arrives. */
export async function warmUp(warmth: WorkerWarmth): Promise<void> {
  if (warmth === 'check') return;
  await Promise.all([import('../office/build-office.js'), import('../office/render.js')]);
  if (warmth === 'build-docx') await import('../write/docx/write-docx.js');
}

export async function runOfficeTask(task: OfficeTask): Promise<OfficeTaskResult> {
  if (task.op === 'check') {
    const prepared = await prepareOffice(task.input, task.options);
    return { result: resultOf(task.input, prepared), frames: excerptSources(prepared.sources, prepared.diagnostics), fileCount: prepared.files.length };
  }
  const { stageOffice } = await import('../office/build-office.js');
  const staged = await stageOffice(task.input, task.options);
  // The batch table shows each office's first error, not code frames: no source lines travel back.
  return { result: staged.result, files: staged.files };
}
