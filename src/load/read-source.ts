/**
 * Read one file's bytes and decode them as strict UTF-8.
 *
 * Office staff save files from Notepad or WPS, which may write GBK or UTF-16.
 * Decoded leniently these give mojibake with no error, and the garbage would
 * end up printed in the report, so decoding is strict and a wrong encoding is
 * a diagnostic telling the user to save as UTF-8.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Result } from '../result.js';
import { diagnostic, type Location } from '../diagnostics/create.js';
import type { ReadProblem } from '../diagnostics/catalogue.js';
import { readProblem } from '../diagnostics/read-problem.js';

/** A year's records are a few dozen KB; anything this big is the wrong file. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
}

/**
 * Open once, look at what was opened, read at most the limit. A FIFO or a
 * device (a symlink to /dev/urandom) is refused by the handle's own fstat,
 * not by a stat of the name beforehand that another process could race;
 * O_NONBLOCK keeps the open of a FIFO with no writer from hanging, and the
 * read stops one byte past the limit whatever the size claims to be.
 */
export async function readSource(file: string, displayName: string, opts: ReadOptions = {}): Promise<Result<string>> {
  const read = await readBoundedFile(file, opts.maxBytes ?? MAX_FILE_BYTES, { file: displayName, line: 0, column: 0 });
  return read.value === undefined ? { value: undefined, diagnostics: read.diagnostics } : decodeSource(read.value, displayName);
}

/**
 * The one bounded reader of a user's file (a year's YAML, a batch file, a
 * ledger workbook, a template): the bytes of a regular file of at most
 * `limit` bytes, or the reason not as a diagnostic at `at`. Synchronous at its
 * core (templates are loaded in the synchronous render); the async form is for
 * the loaders that await.
 */
export function readBoundedFileSync(file: string, limit: number, at: Location): Result<Uint8Array> {
  const read = readRegular(file, limit);
  if (read.kind === 'not-file') return fail(diagnostic('FILE_UNREADABLE', { cause: read.cause, ...(read.errno !== undefined && { errno: read.errno }) }, at));
  if (read.kind === 'too-large') return fail(diagnostic('FILE_TOO_LARGE', { size: read.size, limit }, at));
  return { value: read.bytes, diagnostics: [] };
}

export const readBoundedFile = async (file: string, limit: number, at: Location): Promise<Result<Uint8Array>> => readBoundedFileSync(file, limit, at);

/** What reading gave: the bytes, or why not, as facts (a caller with its own words, the template loader, says them). */
export type RegularRead = { kind: 'ok'; bytes: Uint8Array } | { kind: 'not-file'; cause: ReadProblem; errno?: string } | { kind: 'too-large'; size: number };

/** The reader itself, never throwing: readBoundedFile's facts before they become diagnostics. */
export function readRegular(file: string, limit: number): RegularRead {
  try {
    return readRegularFile(file, limit);
  } catch (err) {
    return { kind: 'not-file', ...readProblem(err) };
  }
}

/** The bytes of a regular file of at most `limit` bytes, read through one handle. */
function readRegularFile(file: string, limit: number): RegularRead {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { kind: 'not-file', cause: 'folder' };
    if (!info.isFile()) return { kind: 'not-file', cause: kindOf(info) };
    if (info.size > limit) return { kind: 'too-large', size: info.size };
    // Sized from fstat, one byte more so a file that grew since is noticed; it grows
    // only as far as one byte past the limit. (A 2 MiB buffer for every 10 KB file
    // was most of what reading cost in a check of many files.)
    let buffer = Buffer.allocUnsafe(Math.min(info.size, limit) + 1);
    let used = 0;
    for (;;) {
      if (used === buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(bigger, 0, 0, used);
        buffer = bigger;
      }
      const bytesRead = readSync(fd, buffer, used, buffer.length - used, null);
      if (bytesRead === 0) break;
      used += bytesRead;
      if (used > limit) return { kind: 'too-large', size: used };
    }
    return { kind: 'ok', bytes: buffer.subarray(0, used) };
  } finally {
    closeSync(fd);
  }
}

function kindOf(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): ReadProblem {
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'special';
}

/** The first bytes of an OLE2 compound file: Excel 97-2003 (.xls), WPS (.et), or an encrypted .xlsx. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const isOle2 = (b: Uint8Array): boolean => b.length >= 8 && OLE2.every((x, i) => b[i] === x);
/** A zip's first local header, or its end record alone (an empty zip): .xlsx, .ods and other containers. */
export const looksLikeZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/** Decode bytes already in memory (tests and the property test use this directly). */
export function decodeSource(bytes: Uint8Array, displayName: string): Result<string> {
  const at = { file: displayName, line: 1, column: 1 };
  // A workbook named .yaml is not text in another encoding: never tell the clerk to re-save it from Notepad (repro 28).
  if (isOle2(bytes) || looksLikeZip(bytes)) return fail(diagnostic('LEDGER_UNREADABLE', { cause: 'namedYaml' }, { file: displayName, line: 0, column: 0 }));
  // UTF-32 first: its little-endian BOM FF FE 00 00 begins like UTF-16's FF FE.
  if (looksUtf32(bytes)) return fail(diagnostic('ENCODING_UTF32', {}, at));
  if (looksUtf16(bytes)) return fail(diagnostic('ENCODING_UTF16', {}, at));
  try {
    // ignoreBOM: false (the default) strips a leading UTF-8 BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { value: lineEndingsToLf(text), diagnostics: [] };
  } catch {
    const line = lineOfFirstBadByte(bytes);
    return fail(diagnostic('ENCODING_NOT_UTF8', { line }, { file: displayName, line, column: 1 }));
  }
}

function fail<T>(d: ReturnType<typeof diagnostic>): Result<T> {
  return { value: undefined, diagnostics: [d] };
}

/**
 * Classic Mac OS line ends (CR alone) read as one long line: the whole file
 * became a comment and was reported EMPTY_FILE. A lone CR becomes LF; CRLF
 * stays. The length is unchanged, so every offset still points where it did.
 */
export function lineEndingsToLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function looksUtf32(b: Uint8Array): boolean {
  if (b.length >= 4 && ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff))) return true;
  // Without a BOM: ASCII in UTF-32 has three NULs in every four bytes.
  const n = Math.min(b.length - (b.length % 4), 200);
  if (n < 8) return false;
  let nuls = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) nuls++;
  return nuls >= (n * 5) / 8;
}

function looksUtf16(b: Uint8Array): boolean {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return true;
  // UTF-16 without a BOM is valid UTF-8 full of NULs: ASCII text has a NUL in every other byte.
  const n = Math.min(b.length, 200);
  if (n < 4) return false;
  let nuls = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) nuls++;
  return nuls >= n / 4;
}

/** Line of the first byte sequence that is not UTF-8, so the user can find it. */
function lineOfFirstBadByte(b: Uint8Array): number {
  let line = 1;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i <= b.length; i++) {
    if (i === b.length || b[i] === 0x0a) {
      try {
        decoder.decode(b.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

