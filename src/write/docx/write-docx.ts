/**
 * ReportDocument → .docx bytes laid out per GB/T 9704-2012. Pure: no file
 * system, no clock (see fixed-time.ts), no printing. Writing the bytes to disk
 * is src/write/output-file.ts's job.
 *
 * The WordprocessingML is written directly, part by part (package.ts lists
 * them), as strings: no object tree and no serialiser between the document
 * model and the zip (README, “依赖及理由”, says why docx was replaced).
 */
import type { ReportDocument } from '../../document/model.js';
import { documentXml } from './document.js';
import { fixedTime } from './fixed-time.js';
import { resolveFonts, type Fonts } from './fonts.js';
import { DOCUMENT_RELS, packageParts } from './package.js';
import { TextCleaner } from './sanitize-text.js';
import { zipParts } from './zip.js';

export interface RenderDocxOptions {
  /** Fonts to use instead of the GB/T 9704 defaults (fonts.ts). */
  fonts?: Partial<Fonts>;
  /** The created/modified date written into the file; see fixed-time.ts for the fallback. */
  date?: Date;
}

export interface RenderDocxResult {
  buffer: Buffer;
  /** Characters removed because Office cannot read them (sanitize-text.ts); warn when > 0. */
  removedCharacters: number;
}

export async function renderDocx(doc: ReportDocument, opts: RenderDocxOptions = {}): Promise<RenderDocxResult> {
  const fonts = resolveFonts(opts.fonts);
  const cleaner = new TextCleaner();
  const body = documentXml(doc.blocks, cleaner, { oddFooter: DOCUMENT_RELS.oddFooter.id, evenFooter: DOCUMENT_RELS.evenFooter.id });
  const time = fixedTime(doc, opts.date);
  // The author is cleaned once for creator and lastModifiedBy alike, so what it lost is counted once.
  const core = { title: cleaner.clean(doc.title), creator: cleaner.clean(doc.author), time };
  return { buffer: zipParts(packageParts(body, core, fonts), time), removedCharacters: cleaner.removed };
}
