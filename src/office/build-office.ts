/**
 * One office, start to staged file: prepare → name → render → encode →
 * stage. `summary build` of one file commits the staged files at once
 * (commitOffice); a batch worker returns them and the main thread commits
 * them once it knows no two offices collide. Either way an office takes this
 * one path, so alone or among forty it gives the same bytes under the same
 * name. Nothing here prints or exits; nothing throws for the user's input.
 */
import { access } from 'node:fs/promises';
import type { Location } from '../diagnostics/create.js';
import { diagnostic } from '../diagnostics/create.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { prepareOffice, type PrepareOptions } from './prepare.js';
import { resultOf } from './result.js';
import { appendAll } from '../util/append-all.js';
import type { OfficeBuildResult, OfficeOptions } from './types.js';
import { removeStaleTemps } from '../write/staging.js';
import { commitOutput, discardOutput, inSystemFolder, stageOutput, type StagedFile } from '../write/output-file.js';
import { encodeReport, reportTarget } from './write.js';

export interface StagedOffice {
  /** `built` here means staged: nothing is in place until commitOffice. */
  result: OfficeBuildResult;
  /** The report first, then its `.explain.txt` when asked for. */
  files: StagedFile[];
  /** What was read, for code frames (the single build prints them; a batch worker drops them). */
  sources: Map<string, string>;
}

export async function stageOffice(input: string, options: OfficeOptions): Promise<StagedOffice> {
  const prepared = await prepareOffice(input, prepareOptions(options));
  const result = resultOf(input, prepared);
  const staged: StagedOffice = { result, files: [], sources: prepared.sources };
  const office = prepared.value;
  if (!office) return staged;
  const fail = () => ((result.status = 'failed'), staged);
  const at: Location = { file: office.file, line: 0, column: 0 };

  const fields = { year: office.data.year, office: office.data.office.name, short: office.data.office.shortName, township: office.data.office.township };
  const named = reportTarget(options.outDir, options.fileName, fields, options.format, at);
  appendAll(result.diagnostics, named.diagnostics);
  const target = named.value;
  if (target === undefined) return fail();
  result.output = target;
  // An existing report is left before the work of rendering it, not after. What that means
  // is the caller's: one office alone refuses (buildOffice), a batch reports it and goes on.
  if (!options.force && (await exists(target))) {
    result.status = 'exists';
    return staged;
  }

  const { renderOffice } = await import('./render.js');
  const rendered = renderOffice(office, renderOptions(options));
  appendAll(result.diagnostics, rendered.diagnostics);
  if (!rendered.value || hasErrors(rendered.diagnostics)) return fail();

  const encoded = await encodeReport(rendered.value.document, { format: options.format, fonts: options.fonts, date: options.date }, at);
  appendAll(result.diagnostics, encoded.diagnostics);
  const report = await stageOutput(target, encoded.value, at);
  appendAll(result.diagnostics, report.diagnostics);
  if (!report.value) return fail();
  staged.files.push(report.value);
  if (options.explain) {
    result.explanation = rendered.value.explanation;
    const sidecar = await stageOutput(`${target}.explain.txt`, rendered.value.explanation, at);
    appendAll(result.diagnostics, sidecar.diagnostics);
    if (sidecar.value) staged.files.push(sidecar.value);
  }
  result.status = 'built';
  return staged;
}

/**
 * Put an office's staged files in place. The report obeys --force; its
 * sidecar belongs to the report just written, so it follows it even over an
 * older sidecar. A report that cannot be put in place takes its sidecar with it.
 *
 * `existing`: what a report found in place at this moment (another run put it
 * there since this one looked) is. In a batch it is `leftInPlace`, as when it
 * is found before rendering: 已存在、未覆盖, counted in the roll-up, not a failure
 * (two batches on one folder, repro 33). One office asked for by name: a refusal.
 */
export async function commitOffice(staged: StagedOffice, force: boolean, existing: 'refused' | 'leftInPlace' = 'refused'): Promise<OfficeBuildResult> {
  const { result, files } = staged;
  if (result.status !== 'built') {
    await discardOffice(staged);
    return result;
  }
  const at: Location = { file: result.input, line: 0, column: 0 };
  const [report, ...rest] = files;
  const failed = report ? (await commitOutput(report, force, at)).diagnostics : [];
  if (failed.length > 0) {
    await Promise.all(rest.map(discardOutput));
    if (existing === 'leftInPlace' && failed.every((d) => d.code === 'OUTPUT_EXISTS')) return { ...result, status: 'exists' };
    return { ...result, status: 'failed', output: undefined, diagnostics: [...result.diagnostics, ...failed] };
  }
  const sidecarProblems = (await Promise.all(rest.map((f) => commitOutput(f, true, at)))).flatMap((r) => r.diagnostics);
  return sidecarProblems.length > 0 ? { ...result, diagnostics: [...result.diagnostics, ...sidecarProblems] } : result;
}

export async function discardOffice(staged: Pick<StagedOffice, 'files'>): Promise<void> {
  await Promise.all(staged.files.map(discardOutput));
}

/** What the render stage takes of an office's options: its templates, and whether their links may leave their folder. */
export const renderOptions = (o: OfficeOptions): { templatesDir?: string; allowOutside?: boolean } => ({
  ...(o.templatesDir !== undefined && { templatesDir: o.templatesDir }),
  ...(o.allowOutside && { allowOutside: true }),
});

/** What the prepare stage takes of an office's options: how to read it. */
export const prepareOptions = (o: OfficeOptions): PrepareOptions => ({
  cwd: o.cwd,
  ...(o.previous !== undefined && { previous: o.previous }),
  ...(o.annex && { annex: true }),
  ...(o.files !== undefined && { files: o.files }),
  ...(o.root !== undefined && { root: o.root }),
  ...(o.allowOutside && { allowOutside: true }),
});

const exists = (p: string): Promise<boolean> => access(p).then(() => true, () => false);

/**
 * One office built alone (`summary build FILE`): stage, then commit at once.
 * Temp files a killed earlier run left in the output folder go first. Stopped
 * (`signal`: SIGINT, SIGTERM) before the commit, the staged file is removed
 * and nothing is put in place.
 */
export async function buildOffice(input: string, options: OfficeOptions, signal?: AbortSignal): Promise<StagedOffice> {
  if (!inSystemFolder(options.outDir)) await removeStaleTemps(options.outDir);
  const staged = await stageOffice(input, options);
  if (signal?.aborted) {
    await discardOffice(staged);
    return { ...staged, files: [], result: { ...staged.result, status: 'failed', output: undefined } };
  }
  if (staged.result.status === 'exists') {
    // One office asked for by name and nothing written: a refusal (exit 2), as it has always been.
    const { result } = staged;
    const at: Location = { file: result.input, line: 0, column: 0 };
    const refused = diagnostic('OUTPUT_EXISTS', { target: result.output as string }, at);
    return { ...staged, result: { ...result, status: 'failed', output: undefined, diagnostics: [...result.diagnostics, refused] } };
  }
  return { ...staged, result: await commitOffice(staged, options.force) };
}
