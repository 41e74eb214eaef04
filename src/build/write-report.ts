/**
 * The last stage of a build: the document model → bytes in the asked format →
 * a file written atomically inside the output folder, never over an existing
 * file without --force.
 */
import { mkdir } from 'node:fs/promises';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportDocument } from '../document/model.js';
import type { YearModel } from '../model/types.js';
import { cutToBytes, resolveOutputPath, safeFileName, systemFolderReason, writeFileAtomic } from '../write/output-file.js';
import type { BuildOptions } from './types.js';

export interface WriteOutcome {
  ok: boolean;
  output?: string;
  diagnostics: Diagnostic[];
}

/** The extension always follows the format: `--name 总结 --format md` writes 总结.md, never Markdown in a .docx. */
export function withExtension(name: string, format: BuildOptions['format']): string {
  return `${stemOf(name)}.${format}`;
}

const stemOf = (name: string): string => name.replace(/\.(docx|md|txt)$/i, '');

/** File names stay under ~200 bytes (output-file.ts); the office name gives way, never “工作总结”. */
const NAME_BUDGET_BYTES = 180;

/** The default file name: `2021年青石镇政协联络工作委员会工作总结.docx`. */
export function defaultFileName(model: Pick<YearModel, 'year' | 'office'>, format: BuildOptions['format']): string {
  // The office name gets what the fixed parts leave, cut once (linear in the name).
  const fixed = Buffer.byteLength(`${model.year}年工作总结.${format}`);
  const office = cutToBytes(model.office.name, Math.max(0, NAME_BUDGET_BYTES - fixed));
  return `${model.year}年${office}工作总结.${format}`;
}

export async function writeReport(doc: ReportDocument, model: Pick<YearModel, 'year' | 'office'>, options: BuildOptions, dataFile: string): Promise<WriteOutcome> {
  const diagnostics: Diagnostic[] = [];
  const at = { file: dataFile, line: 0, column: 0 };
  const wanted = options.fileName ?? defaultFileName(model, options.format);
  // The stem must hold something usable on its own: “../..” is refused, not turned into “_...docx”.
  const target = safeFileName(stemOf(wanted)) === undefined ? undefined : resolveOutputPath(options.outDir, withExtension(wanted, options.format));
  if (!target) {
    diagnostics.push(diagnostic('OUTPUT_NAME_INVALID', { name: wanted }, at));
    return { ok: false, diagnostics };
  }

  // A dry run (a preview) needs the document, not the bytes.
  if (options.dryRun) return { ok: true, output: target, diagnostics };
  const bytes = await encode(doc, options, diagnostics, dataFile);

  const system = systemFolderReason(options.outDir);
  if (system) {
    diagnostics.push(diagnostic('OUTPUT_DIR_INVALID', { dir: options.outDir, reason: system }, at));
    return { ok: false, diagnostics };
  }
  try {
    await mkdir(options.outDir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? '这是一个文件，不是文件夹。'
        : code === 'EACCES' || code === 'EPERM'
          ? `没有创建它的权限（${code}）。`
          : `无法创建（系统错误 ${code ?? '未知'}）。`;
    diagnostics.push(diagnostic('OUTPUT_DIR_INVALID', { dir: options.outDir, reason }, at));
    return { ok: false, diagnostics };
  }
  const written = await writeFileAtomic(target, bytes, { force: options.force });
  if (!written.ok) {
    const code = written.reason === 'exists' ? 'OUTPUT_EXISTS' : written.reason === 'busy' ? 'OUTPUT_BUSY' : 'OUTPUT_WRITE_FAILED';
    diagnostics.push(diagnostic(code, { target, reason: written.message }, at));
    return { ok: false, diagnostics };
  }
  return { ok: true, output: target, diagnostics };
}

/** The report as Markdown or plain text: the file of `--format md|txt` and `summary preview` alike. */
export async function previewText(doc: ReportDocument, format: 'md' | 'txt'): Promise<string> {
  const { toMarkdown, toPlainText } = await import('../write/markdown.js');
  return format === 'md' ? toMarkdown(doc) : toPlainText(doc);
}

/** The report's bytes; heavy writers are imported only when asked for. */
async function encode(doc: ReportDocument, options: BuildOptions, diagnostics: Diagnostic[], dataFile: string): Promise<Uint8Array | string> {
  if (options.format === 'md' || options.format === 'txt') return previewText(doc, options.format);
  const { renderDocx } = await import('../write/docx/write-docx.js');
  const { buffer, removedCharacters } = await renderDocx(doc, { fonts: options.fonts, date: options.date });
  // Validation already warned at each such character's position; this says the file is clean of them.
  if (removedCharacters > 0) diagnostics.push(diagnostic('CHARACTERS_REMOVED', { count: removedCharacters }, { file: dataFile, line: 0, column: 0 }));
  return buffer;
}
