/**
 * ReportDocument → .docx bytes laid out per GB/T 9704-2012. Pure: no file
 * system, no clock (see fixed-time.ts), no printing. Writing the bytes to disk
 * is src/write/output-file.ts's job.
 */
import { Document } from 'docx';
import type { ReportDocument } from '../../../src/document/model.js';
import { renderBlocks } from './blocks.js';
import { fixedTime } from './fixed-time.js';
import { resolveFonts, type Fonts } from './fonts.js';
import { pageNumberFooters } from './footer.js';
import { FOOTER_DISTANCE, HEADER_DISTANCE, MARGIN, PAGE } from './layout.js';
import { TextCleaner } from './sanitize-text.js';
import { packDocx } from './package.js';
import { buildStyles } from './styles.js';

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
  const children = renderBlocks(doc.blocks, cleaner);
  const time = fixedTime(doc, opts.date);

  const document = new Document({
    title: cleaner.clean(doc.title),
    creator: cleaner.clean(doc.author),
    lastModifiedBy: cleaner.clean(doc.author),
    revision: 1,
    // Odd pages number on the right, even on the left (§7.5): Word only reads
    // the even footer with this setting on.
    evenAndOddHeaderAndFooters: true,
    // A line break (`\n` in the model) must not stretch a justified line
    // across the page, which Word does by default.
    compatibility: { doNotExpandShiftReturn: true },
    styles: buildStyles(fonts),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
          },
        },
        footers: pageNumberFooters(),
        children,
      },
    ],
  });

  return { buffer: packDocx(document, time), removedCharacters: cleaner.removed };
}
