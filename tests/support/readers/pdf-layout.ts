/**
 * Reading a printed page back from LibreOffice's PDF for the page-layout test:
 * words with their boxes (pdftotext -bbox), lines of the 22-line grid, and the
 * page number's dash found in the pixels (pdftoppm), since a glyph's box starts
 * at the font's ascent, millimetres above the dash itself.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Points in a millimetre, and the GB/T 9704 page in points. */
export const PT_PER_MM = 72 / 25.4;
export const PAGE_PT = { width: 210 * PT_PER_MM, height: 297 * PT_PER_MM };
/** The text block (twips from layout.ts, in points): top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
export const BLOCK = { top: 2098 / 20, bottom: PAGE_PT.height - 1984 / 20, left: 1588 / 20, right: PAGE_PT.width - 1474 / 20 };
/** The body's exact line, in points. */
export const LINE_PT = 579 / 20;

export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Convert many .docx in one LibreOffice run (one start-up); returns each one's PDF path. */
export async function convertAll(docxPaths: readonly string[], outDir: string): Promise<string[]> {
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-profile-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], { timeout: 600_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return docxPaths.map((d) => path.join(outDir, `${path.basename(d, '.docx')}.pdf`));
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, '&');

/** Every page's words with their boxes, in points from the page's top left. */
export async function pageWords(pdf: string): Promise<Word[][]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 << 20 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: decode(m[5] ?? ''),
      })),
    );
}

/** The body's 22-line grid: which line of the text block a word sits on (0–21), undefined under the block. */
export function gridLine(w: Word): number | undefined {
  const middle = (w.y0 + w.y1) / 2;
  if (middle < BLOCK.top || middle > BLOCK.bottom) return undefined;
  return Math.floor((middle - BLOCK.top) / LINE_PT);
}

/** A page's text lines within the text block: words grouped by their vertical middle (within 3 pt), top to bottom. */
export function textLines(words: readonly Word[]): { y: number; text: string; words: Word[] }[] {
  const lines: { y: number; text: string; words: Word[] }[] = [];
  for (const w of [...words].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const middle = (w.y0 + w.y1) / 2;
    if (middle > BLOCK.bottom) continue;
    const line = lines.find((l) => Math.abs(l.y - middle) < 3);
    if (line) line.words.push(w);
    else lines.push({ y: middle, text: '', words: [w] });
  }
  for (const l of lines) l.text = l.words.sort((a, b) => a.x0 - b.x0).map((w) => w.text).join('');
  return lines.sort((a, b) => a.y - b.y);
}

/**
 * The page number's dash: its top in millimetres below the text block's bottom
 * edge, found as the first pixel row (300 dpi) under the block holding a dark
 * run at least 2.5 mm long (a digit is never that wide); undefined when none.
 */
export async function dashTopMm(pdf: string, page: number): Promise<number | undefined> {
  const dpi = 300;
  const pxPerMm = dpi / 25.4;
  const y0 = Math.round(262 * pxPerMm);
  const height = Math.round(30 * pxPerMm);
  const width = Math.round(210 * pxPerMm);
  const { stdout } = await run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', '-x', '0', '-y', String(y0), '-W', String(width), '-H', String(height), pdf], {
    encoding: 'buffer',
    maxBuffer: 64 << 20,
  });
  // A binary PGM: "P5\n<w> <h>\n255\n" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(stdout.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = stdout.subarray(header[0].length);
  const minRun = 2.5 * pxPerMm;
  for (let y = 0; y < h; y += 1) {
    let runLength = 0;
    for (let x = 0; x < w; x += 1) {
      runLength = (pixels[y * w + x] ?? 255) < 128 ? runLength + 1 : 0;
      if (runLength >= minRun) return (y0 + y) / pxPerMm - 262;
    }
  }
  return undefined;
}
