/**
 * Read one file's bytes and decode them as strict UTF-8.
 *
 * Office staff save files from Notepad or WPS, which may write GBK or UTF-16.
 * Decoded leniently these give mojibake with no error, and the garbage would
 * end up printed in the report, so decoding is strict and a wrong encoding is
 * a diagnostic telling the user to save as UTF-8.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
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
 * `limit` bytes, or the reason not as a diagnostic at `at`.
 */
export async function readBoundedFile(file: string, limit: number, at: Location): Promise<Result<Uint8Array>> {
  try {
    const read = await readRegularFile(file, limit);
    if (read.kind === 'not-file') return fail(diagnostic('FILE_UNREADABLE', { cause: read.cause }, at));
    if (read.kind === 'too-large') return fail(diagnostic('FILE_TOO_LARGE', { size: read.size, limit }, at));
    return { value: read.bytes, diagnostics: [] };
  } catch (err) {
    return fail(diagnostic('FILE_UNREADABLE', readProblem(err), at));
  }
}

type RegularRead = { kind: 'ok'; bytes: Uint8Array } | { kind: 'not-file'; cause: ReadProblem } | { kind: 'too-large'; size: number };

/** The bytes of a regular file of at most `limit` bytes, read through one handle (what readBoundedFile says in diagnostics). */
async function readRegularFile(file: string, limit: number): Promise<RegularRead> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
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
      const { bytesRead } = await handle.read(buffer, used, buffer.length - used, null);
      if (bytesRead === 0) break;
      used += bytesRead;
      if (used > limit) return { kind: 'too-large', size: used };
    }
    return { kind: 'ok', bytes: buffer.subarray(0, used) };
  } finally {
    await handle.close();
  }
}

function kindOf(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): ReadProblem {
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'special';
}

/** Decode bytes already in memory (tests and the property test use this directly). */
export function decodeSource(bytes: Uint8Array, displayName: string): Result<string> {
  const at = { file: displayName, line: 1, column: 1 };
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

