/**
 * Stage 3 of an office: the document model → bytes in the asked format (the
 * formats table's writer) under the name the file namer gives. The bytes go
 * to disk through the one file writer (src/write/output-file.ts): staged
 * beside the target, then committed or discarded.
 */
import { diagnostic, type Location } from '../diagnostics/create.js';
import { failed, ok, type Always, type Result } from '../result.js';
import type { ReportDocument } from '../document/model.js';
import { resolveOutputPath, safeFileName } from '../write/safe-name.js';
import { reportFileName, stemOf, type NameFields } from './file-name.js';
import type { Fonts, OutputFormat } from './types.js';
import { OUTPUT_FORMATS, type TextFormat } from '../write/formats.js';

export interface EncodeOptions {
  format: OutputFormat;
  fonts?: Fonts;
  date?: Date;
}

/** The report as text a terminal shows: the file of `--format md|txt` and `summary preview` alike. */
export async function previewText(doc: ReportDocument, format: TextFormat): Promise<string> {
  return String((await OUTPUT_FORMATS[format].write(doc, {})).bytes);
}

/** The report's bytes, by the formats table's writer (imported only when asked for). */
export async function encodeReport(doc: ReportDocument, opts: EncodeOptions, at: Location): Promise<Always<Uint8Array | string>> {
  const { bytes, removedCharacters } = await OUTPUT_FORMATS[opts.format].write(doc, { ...(opts.fonts && { fonts: opts.fonts }), ...(opts.date && { date: opts.date }) });
  // Validation already warned at each such character's position; this says the file is clean of them.
  const diagnostics = removedCharacters > 0 ? [diagnostic('CHARACTERS_REMOVED', { count: removedCharacters }, at)] : [];
  return { value: bytes, diagnostics };
}

/** Where the report goes: the name from the pattern, sanitised, inside outDir; undefined with a diagnostic when nothing usable is left. */
export function reportTarget(outDir: string, pattern: string | undefined, fields: NameFields, format: OutputFormat, at: Location): Result<string> {
  const wanted = reportFileName(pattern, fields, format);
  // The stem must hold something usable on its own: “../..” is refused, not turned into “_...docx”.
  const target = safeFileName(stemOf(wanted)) === undefined ? undefined : resolveOutputPath(outDir, wanted);
  return target ? ok(target) : failed([diagnostic('OUTPUT_NAME_INVALID', { name: wanted }, at)]);
}
