/**
 * What a hostile workbook may cost, measured before the workbook is parsed,
 * on exactly the parts the workbook library will read.
 *
 * An .xlsx is a zip of XML parts. A few hundred KB can inflate to gigabytes
 * (a zip bomb), a sheet can hold a million empty rows, and the shared strings
 * part can hold millions of strings; the xlsx library would build all of it
 * in memory before we could look. A zip also has two indexes that may
 * disagree — the local headers in sequence and the central directory at the
 * end — and readers differ in names (exceljs strips a leading “/”). Counting
 * one index while the library reads the other let a sheet stored as
 * `/xl/worksheets/sheet3.xml`, or reachable only through the central
 * directory, past every bound (repro 25).
 *
 * So here the zip is opened once, by its central directory, as the library
 * opens it; entries that overlap, are encrypted, use an unknown method, or
 * whose names leave the archive (`..`) or collide once normalised (`/x`,
 * `./x`, `x\y`) are refused; each entry is inflated in small slices, counting
 * the bytes it really inflates to (declared sizes may lie) and the rows,
 * cells and strings as they stream past, stopping at the first limit crossed.
 * The library is then given only what was counted: a new zip of these
 * entries, stored, under their normalised names. The cost of this pass is one
 * inflate of at most the limits.
 */
import { Inflate, zipSync } from 'fflate';
import { isOle2, looksLikeZip } from '../load/read-source.js';

export const LEDGER_LIMITS = {
  /** Bytes of the .xlsx file. A year's ledger is a few hundred KB. */
  fileBytes: 10 * 1024 * 1024,
  /** Bytes all parts inflate to together. */
  unzippedBytes: 64 * 1024 * 1024,
  /** Parts in the zip. A ledger has about 40. */
  parts: 500,
  /** Rows with content in one sheet's XML: the most a list may hold, with room for headers and notes. */
  rowsPerSheet: 5000,
  /** Cells in one sheet's XML: 5,000 rows of a ledger's widest sheet, with room to spare. */
  cellsPerSheet: 200_000,
  /** Strings in the shared strings part. */
  sharedStrings: 200_000,
} as const;

export type ZipProblem = 'notZip' | 'corrupt' | 'encrypted' | 'xls' | 'ods';

export type BoundsProblem =
  | { kind: 'unzipped'; limit: number }
  | { kind: 'parts'; limit: number }
  | { kind: 'rows'; part: string; limit: number }
  | { kind: 'cells'; part: string; limit: number }
  | { kind: 'strings'; limit: number }
  | { kind: 'not-zip'; cause: ZipProblem };

/** Slices small enough that one slice inflates to a few MB at most (deflate tops out near 1:1032). */
const SLICE = 4096;


/** Counts occurrences of tags across chunk boundaries. */
class TagCounter {
  readonly counts: number[];
  private tail = '';
  private readonly keep: number;
  constructor(private readonly tags: readonly string[]) {
    this.counts = tags.map(() => 0);
    this.keep = Math.max(...tags.map((t) => t.length)) - 1;
  }
  push(chunk: Uint8Array): void {
    // XML tags are ASCII: latin1 decoding keeps their bytes and never fails.
    const text = this.tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    this.tags.forEach((tag, i) => {
      // A match inside the kept tail was counted with the chunk before: start after it.
      for (let at = text.indexOf(tag, Math.max(0, this.tail.length - tag.length + 1)); at !== -1; at = text.indexOf(tag, at + tag.length)) this.counts[i]!++;
    });
    this.tail = text.slice(-this.keep);
  }
}

/** A cell starts `<c ` or `<c>` (not `<col`, `<cols`). */
const CELL_TAGS = ['<row', '<c ', '<c>', '<c/', '<c\n', '<c\t', '<c\r'];
const isSheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
const isSharedStrings = (name: string): boolean => name.toLowerCase() === 'xl/sharedstrings.xml';

/**
 * A name as the readers see it: backslashes as slashes (Windows zippers), a
 * leading `/` or `./` dropped (exceljs, JSZip). Undefined for a name that
 * climbs out (`..`) or is empty.
 */
export function normalisedName(raw: string): string | undefined {
  let name = raw.replace(/\\/g, '/');
  for (;;) {
    const next = name.replace(/^\/+/, '').replace(/^\.\/+/, '');
    if (next === name) break;
    name = next;
  }
  name = name.replace(/\/\.\//g, '/').replace(/\/{2,}/g, '/');
  if (name === '' || name.split('/').some((seg) => seg === '..')) return undefined;
  return name;
}

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** Where the local header starts and where the entry's data ends. */
  start: number;
  dataStart: number;
  dataEnd: number;
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

/** The central directory's entries, or why they cannot be trusted. */
function centralDirectory(b: Uint8Array, limits: typeof LEDGER_LIMITS): CentralEntry[] | BoundsProblem {
  const corrupt: BoundsProblem = { kind: 'not-zip', cause: 'corrupt' };
  // The end record is in the last 22 + 65,535 bytes (its comment is at most that long).
  let end = -1;
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return corrupt;
  const count = u16(b, end + 10);
  const size = u32(b, end + 12);
  const offset = u32(b, end + 16);
  // Zip64 markers: a ledger is never that large.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff || offset + size > end) return corrupt;
  if (count > limits.parts) return { kind: 'parts', limit: limits.parts };
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(b, at) !== 0x02014b50) return corrupt;
    const nameLength = u16(b, at + 28);
    if (at + 46 + nameLength > end) return corrupt;
    const start = u32(b, at + 42);
    const raw = Buffer.from(b.buffer, b.byteOffset + at + 46, nameLength).toString((u16(b, at + 8) & 0x800) !== 0 ? 'utf8' : 'latin1');
    const compressedSize = u32(b, at + 20);
    if (start + 30 > offset || u32(b, start) !== 0x04034b50) return corrupt;
    const dataStart = start + 30 + u16(b, start + 26) + u16(b, start + 28);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > offset) return corrupt;
    entries.push({ name: raw, method: u16(b, at + 10), flags: u16(b, at + 8), compressedSize, start, dataStart, dataEnd });
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  // Entries sharing bytes are a known zip bomb, and the way a part hides from a sequential scan.
  const byStart = [...entries].sort((x, y) => x.start - y.start);
  for (let i = 1; i < byStart.length; i++) if (byStart[i]!.start < byStart[i - 1]!.dataEnd) return corrupt;
  return entries;
}

/** The parts as the library will see them, inflated and counted; or the first limit crossed. */
export type OpenedZip = { parts: Map<string, Uint8Array> } | { problem: BoundsProblem };

/**
 * Open a workbook's zip within the limits. Over 60 lines would be the loop
 * below with its counters inlined; it is split into centralDirectory and
 * inflateEntry instead.
 */
export function openZip(bytes: Uint8Array, limits = LEDGER_LIMITS): OpenedZip {
  if (isOle2(bytes)) return { problem: { kind: 'not-zip', cause: 'xls' } };
  if (!looksLikeZip(bytes)) return { problem: { kind: 'not-zip', cause: 'notZip' } };
  const entries = centralDirectory(bytes, limits);
  if (!Array.isArray(entries)) return { problem: entries };
  const parts = new Map<string, Uint8Array>();
  const budget = { left: limits.unzippedBytes };
  for (const entry of entries) {
    if ((entry.flags & 1) !== 0) return { problem: { kind: 'not-zip', cause: 'encrypted' } };
    const name = normalisedName(entry.name);
    if (name === undefined || parts.has(name)) return { problem: { kind: 'not-zip', cause: 'corrupt' } };
    if (name.endsWith('/')) continue;
    const inflated = inflateEntry(bytes, entry, name, budget, limits);
    if ('problem' in inflated) return inflated;
    parts.set(name, inflated.data);
  }
  const mimetype = parts.get('mimetype');
  if (mimetype && Buffer.from(mimetype).toString('latin1').startsWith('application/vnd.oasis.opendocument')) return { problem: { kind: 'not-zip', cause: 'ods' } };
  return { parts };
}

/** One entry's bytes, inflated slice by slice against what is left of the budget, its rows, cells or strings counted. */
function inflateEntry(bytes: Uint8Array, entry: CentralEntry, name: string, budget: { left: number }, limits: typeof LEDGER_LIMITS): { data: Uint8Array } | { problem: BoundsProblem } {
  const raw = bytes.subarray(entry.dataStart, entry.dataEnd);
  const counter = isSheet(name) ? new TagCounter(CELL_TAGS) : isSharedStrings(name) ? new TagCounter(['<si']) : undefined;
  const chunks: Uint8Array[] = [];
  let problem: BoundsProblem | undefined;
  const take = (chunk: Uint8Array) => {
    if (problem) return;
    budget.left -= chunk.length;
    if (budget.left < 0) problem = { kind: 'unzipped', limit: limits.unzippedBytes };
    chunks.push(chunk);
    if (!counter) return;
    counter.push(chunk);
    const [first = 0, ...rest] = counter.counts;
    if (isSharedStrings(name) && first > limits.sharedStrings) problem = { kind: 'strings', limit: limits.sharedStrings };
    else if (isSheet(name) && first > limits.rowsPerSheet) problem = { kind: 'rows', part: name, limit: limits.rowsPerSheet };
    else if (isSheet(name) && rest.reduce((a, n) => a + n, 0) > limits.cellsPerSheet) problem = { kind: 'cells', part: name, limit: limits.cellsPerSheet };
  };
  if (entry.method === 0) {
    for (let at = 0; at < raw.length && !problem; at += SLICE) take(raw.subarray(at, at + SLICE));
  } else if (entry.method === 8) {
    const inflate = new Inflate((chunk) => take(chunk));
    try {
      for (let at = 0; at < raw.length && !problem; at += SLICE) inflate.push(raw.subarray(at, at + SLICE), at + SLICE >= raw.length);
    } catch {
      return { problem: problem ?? { kind: 'not-zip', cause: 'corrupt' } };
    }
  } else {
    return { problem: { kind: 'not-zip', cause: 'corrupt' } };
  }
  if (problem) return { problem };
  return { data: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) };
}

/** The first limit the workbook's zip crosses, or undefined when it stays inside them all. */
export function checkZipBounds(bytes: Uint8Array, limits = LEDGER_LIMITS): BoundsProblem | undefined {
  const opened = openZip(bytes, limits);
  return 'problem' in opened ? opened.problem : undefined;
}

/** The counted parts as a zip for the library: stored, under their normalised names, nothing else in it. */
export const countedZip = (parts: ReadonlyMap<string, Uint8Array>): Uint8Array => zipSync(Object.fromEntries(parts), { level: 0 });
