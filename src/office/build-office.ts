/**
 * One office, start to staged file: prepare → name → render → encode →
 * stage. `summary build` of one file commits the staged files at once
 * (commitOffice); a batch worker returns them and the main thread commits
 * them once it knows no two offices collide. Either way an office takes this
 * one path, so alone or among forty it gives the same bytes under the same
 * name. Nothing here prints or exits; nothing throws for the user's input.
 */
import type { Location } from '../diagnostics/create.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { prepareOffice, type PrepareOptions } from './prepare.js';
import { resultOf } from './result.js';
import { appendAll } from '../util/append-all.js';
import type { OfficeBuildResult, OfficeOptions, OfficeStatus } from './types.js';
import { removeStaleTemps } from '../write/staging.js';
import { commitOutput, commitTracked, discardOutput, inSystemFolder, stageOutput, writeWhole, type FileOutcome, type StagedFile } from '../write/output-file.js';
import { OutputRecords } from '../write/output-record.js';
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
  // Rendered even when a report is there: only its bytes tell whether the data changed since (commitOffice).
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

/** What a committed report's outcome makes of the office's status (./types.ts). */
const STATUS_OF: Record<FileOutcome, OfficeStatus> = { written: 'built', replaced: 'updated', unchanged: 'unchanged', kept: 'kept', refused: 'edited' };

/**
 * Put an office's staged files in place by the re-run rule (commitTracked:
 * the output folder's record says which files are the tool's own and
 * untouched). The sidecar `.explain.txt` belongs to the report this run made:
 * it follows the report whenever the report holds this run's bytes (written,
 * rewritten or already so), even over an older sidecar, and goes with it otherwise.
 */
export async function commitOffice(staged: StagedOffice, force: boolean, records: OutputRecords): Promise<OfficeBuildResult> {
  const { result, files } = staged;
  const [report, ...rest] = files;
  if (result.status !== 'built' || !report) {
    await discardOffice(staged);
    return result;
  }
  const at: Location = { file: result.input, line: 0, column: 0 };
  const put = await commitTracked(report, await records.forFile(report.target), force, at);
  if (put.value === undefined) {
    await Promise.all(rest.map(discardOutput));
    return { ...result, status: 'failed', output: undefined, diagnostics: [...result.diagnostics, ...put.diagnostics] };
  }
  const status = STATUS_OF[put.value];
  const current = status === 'built' || status === 'updated' || status === 'unchanged';
  const sidecarProblems = current ? (await Promise.all(rest.map((f) => commitOutput(f, true, at)))).flatMap((r) => r.diagnostics) : [];
  if (!current) await Promise.all(rest.map(discardOutput));
  return { ...result, status, diagnostics: [...result.diagnostics, ...put.diagnostics, ...sidecarProblems] };
}

/** Save the output folders' records of what was written (the tool's own file, always replaced). */
export const saveRecords = (records: OutputRecords): Promise<Diagnostic[]> => records.save(async (target, text) => (await writeWhole(target, text, true)).diagnostics);

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

/**
 * One office built alone (`summary build FILE`, the live preview's write
 * button): stage, then commit at once by the re-run rule, and save the output
 * folder's record. Temp files a killed earlier run left in the output folder
 * go first. Stopped (`signal`: SIGINT, SIGTERM) before the commit, the staged
 * file is removed and nothing is put in place.
 */
export async function buildOffice(input: string, options: OfficeOptions, signal?: AbortSignal): Promise<StagedOffice> {
  // Both wait on the file system while the office is read and rendered: the stale temps are never this
  // process's (staging names them by pid), and the record is of the folder every report goes to (reportTarget).
  const records = new OutputRecords();
  const systemFolder = inSystemFolder(options.outDir);
  const cleaned = systemFolder ? undefined : removeStaleTemps(options.outDir);
  if (!systemFolder) void records.forFolder(options.outDir);
  const staged = await stageOffice(input, options);
  await cleaned;
  if (signal?.aborted) {
    await discardOffice(staged);
    return { ...staged, files: [], result: { ...staged.result, status: 'failed', output: undefined } };
  }
  const result = await commitOffice(staged, options.force, records);
  const unsaved = await saveRecords(records);
  return { ...staged, result: unsaved.length > 0 ? { ...result, diagnostics: [...result.diagnostics, ...unsaved] } : result };
}
