/**
 * Stage 3 of an office: the document model → bytes in the asked format →
 * a file staged beside its target, then committed (put in place) or
 * discarded. A single build commits at once; a batch commits only after every
 * office's name is known and no two collide. Never over an existing file
 * without force, never a half-written file.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Location } from '../diagnostics/create.js';
import type { FolderProblem } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportDocument } from '../document/model.js';
import { commitStaged, discardStaged, resolveOutputPath, safeFileName, stageFile, inSystemFolder } from '../write/output-file.js';
import { reportFileName, stemOf, type NameFields } from './file-name.js';
import type { Fonts, OutputFormat } from './types.js';

export interface EncodeOptions {
  format: OutputFormat;
  fonts?: Fonts;
  date?: Date;
}

/** The report as Markdown or plain text: the file of `--format md|txt` and `summary preview` alike. */
export async function previewText(doc: ReportDocument, format: 'md' | 'txt'): Promise<string> {
  const { toMarkdown, toPlainText } = await import('../write/markdown.js');
  return format === 'md' ? toMarkdown(doc) : toPlainText(doc);
}

/** The report's bytes; heavy writers are imported only when asked for. */
export async function encodeReport(doc: ReportDocument, opts: EncodeOptions, at: Location): Promise<{ bytes: Uint8Array | string; diagnostics: Diagnostic[] }> {
  if (opts.format === 'md' || opts.format === 'txt') return { bytes: await previewText(doc, opts.format), diagnostics: [] };
  const { renderDocx } = await import('../write/docx/write-docx.js');
  const { buffer, removedCharacters } = await renderDocx(doc, { fonts: opts.fonts, date: opts.date });
  // Validation already warned at each such character's position; this says the file is clean of them.
  const diagnostics = removedCharacters > 0 ? [diagnostic('CHARACTERS_REMOVED', { count: removedCharacters }, at)] : [];
  return { bytes: buffer, diagnostics };
}

/** Where the report goes: the name from the pattern, sanitised, inside outDir; undefined with a diagnostic when nothing usable is left. */
export function reportTarget(outDir: string, pattern: string | undefined, fields: NameFields, format: OutputFormat, at: Location): { target?: string; diagnostics: Diagnostic[] } {
  const wanted = reportFileName(pattern, fields, format);
  // The stem must hold something usable on its own: “../..” is refused, not turned into “_...docx”.
  const target = safeFileName(stemOf(wanted)) === undefined ? undefined : resolveOutputPath(outDir, wanted);
  return target ? { target, diagnostics: [] } : { diagnostics: [diagnostic('OUTPUT_NAME_INVALID', { name: wanted }, at)] };
}

/** A staged file and where it is to go. */
export interface StagedFile {
  staged: string;
  target: string;
}

export async function stageOutput(target: string, bytes: Uint8Array | string, at: Location): Promise<{ value?: StagedFile; diagnostics: Diagnostic[] }> {
  const dir = path.dirname(target);
  // Node's recursive mkdir can hang under /proc: refused before it is tried.
  if (inSystemFolder(dir)) return { diagnostics: [diagnostic('OUTPUT_DIR_INVALID', { dir, cause: 'systemFolder' }, at)] };
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    return { diagnostics: [diagnostic('OUTPUT_DIR_INVALID', { dir, ...folderProblem(err) }, at)] };
  }
  const staged = await stageFile(target, bytes);
  if (!staged.ok) return { diagnostics: [diagnostic('OUTPUT_WRITE_FAILED', { target, cause: staged.cause, ...(staged.errno !== undefined && { errno: staged.errno }) }, at)] };
  return { value: { staged: staged.staged, target }, diagnostics: [] };
}

/** Put a staged file in place; the diagnostic names the target, as the user knows it. */
export async function commitOutput(file: StagedFile, force: boolean, at: Location): Promise<Diagnostic[]> {
  const written = await commitStaged(file.staged, file.target, { force });
  if (written.ok) return [];
  if (written.reason === 'exists') return [diagnostic('OUTPUT_EXISTS', { target: file.target }, at)];
  const why = { target: file.target, cause: written.cause, ...(written.errno !== undefined && { errno: written.errno }) };
  return [written.reason === 'busy' ? diagnostic('OUTPUT_BUSY', why, at) : diagnostic('OUTPUT_WRITE_FAILED', why, at)];
}

export const discardOutput = (file: StagedFile): Promise<void> => discardStaged(file.staged);

function folderProblem(err: unknown): { cause: FolderProblem; errno?: string } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') return { cause: 'isFile' };
  if (code === 'EACCES' || code === 'EPERM') return { cause: 'denied', errno: code };
  return code === undefined ? { cause: 'other' } : { cause: 'other', errno: code };
}
