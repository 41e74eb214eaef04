/**
 * What a hostile workbook may cost, measured before the workbook is parsed.
 *
 * An .xlsx is a zip of XML parts. A few hundred KB can inflate to gigabytes
 * (a zip bomb), a sheet can hold a million empty rows, and the shared strings
 * part can hold millions of strings; the xlsx library would build all of it
 * in memory before we could look. So the zip is inflated once here, in small
 * slices, counting the bytes each part really inflates to (the sizes its
 * headers declare may lie) and the rows and strings as they stream past, and
 * the count stops at the first limit crossed. Nothing is kept: this pass costs
 * one inflate of at most the limits, which is what the library then does again
 * on a workbook we know to be small.
 */
import { Unzip, UnzipInflate } from 'fflate';

export const LEDGER_LIMITS = {
  /** Bytes of the .xlsx file. A year's ledger is a few hundred KB. */
  fileBytes: 10 * 1024 * 1024,
  /** Bytes all parts inflate to together. */
  unzippedBytes: 64 * 1024 * 1024,
  /** Parts in the zip. A ledger has about 40. */
  parts: 500,
  /** Rows with content in one sheet's XML: the most a list may hold, with room for headers and notes. */
  rowsPerSheet: 5000,
  /** Strings in the shared strings part. */
  sharedStrings: 200_000,
} as const;

export type BoundsProblem =
  | { kind: 'unzipped'; limit: number }
  | { kind: 'parts'; limit: number }
  | { kind: 'rows'; part: string; limit: number }
  | { kind: 'strings'; limit: number }
  | { kind: 'not-zip'; cause: 'notZip' | 'corrupt' };

/** Slices small enough that one slice inflates to a few MB at most (deflate tops out near 1:1032). */
const SLICE = 4096;

/** Counts occurrences of a tag across chunk boundaries. */
class TagCounter {
  count = 0;
  private tail = '';
  constructor(private readonly tag: string) {}
  push(chunk: Uint8Array): void {
    // XML tags are ASCII: latin1 decoding keeps their bytes and never fails.
    const text = this.tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    let at = text.indexOf(this.tag);
    while (at !== -1) {
      this.count++;
      at = text.indexOf(this.tag, at + this.tag.length);
    }
    this.tail = text.slice(-(this.tag.length - 1));
  }
}

/** The first limit the workbook's zip crosses, or undefined when it stays inside them all. */
export function checkZipBounds(bytes: Uint8Array, limits = LEDGER_LIMITS): BoundsProblem | undefined {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { kind: 'not-zip', cause: 'notZip' };
  let problem: BoundsProblem | undefined;
  let total = 0;
  let parts = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (problem) return;
    if (++parts > limits.parts) {
      problem = { kind: 'parts', limit: limits.parts };
      return;
    }
    const counter = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name) ? new TagCounter('<row') : file.name === 'xl/sharedStrings.xml' ? new TagCounter('<si') : undefined;
    file.ondata = (err, chunk) => {
      if (problem) return;
      if (err) {
        problem = { kind: 'not-zip', cause: 'corrupt' };
        return;
      }
      total += chunk.length;
      if (total > limits.unzippedBytes) problem = { kind: 'unzipped', limit: limits.unzippedBytes };
      counter?.push(chunk);
      if (counter && file.name === 'xl/sharedStrings.xml' && counter.count > limits.sharedStrings) problem = { kind: 'strings', limit: limits.sharedStrings };
      if (counter && file.name !== 'xl/sharedStrings.xml' && counter.count > limits.rowsPerSheet) problem = { kind: 'rows', part: file.name, limit: limits.rowsPerSheet };
      if (problem) file.terminate();
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length && !problem; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch {
    return problem ?? { kind: 'not-zip', cause: 'corrupt' };
  }
  return problem;
}
