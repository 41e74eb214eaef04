/**
 * Read one file's bytes and decode them as strict UTF-8.
 *
 * Office staff save files from Notepad or WPS, which may write GBK or UTF-16.
 * Decoded leniently these give mojibake with no error, and the garbage would
 * end up printed in the report, so decoding is strict and a wrong encoding is
 * a diagnostic telling the user to save as UTF-8.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Checked } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/catalogue.js';

/** A year's records are a few dozen KB; anything this big is the wrong file. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
}

export async function readSource(file: string, displayName: string, opts: ReadOptions = {}): Promise<Checked<string>> {
  const limit = opts.maxBytes ?? MAX_FILE_BYTES;
  const at = { file: displayName, line: 0, column: 0 };
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) return fail(diagnostic('FILE_UNREADABLE', { reason: '这不是一个普通文件' }, at));
    if (info.size > limit) return fail(diagnostic('FILE_TOO_LARGE', { size: info.size, limit }, at));
    bytes = await readFile(file);
  } catch (err) {
    return fail(diagnostic('FILE_UNREADABLE', { reason: describeFsError(err) }, at));
  }
  return decodeSource(bytes, displayName);
}

/** Decode bytes already in memory (tests and the property test use this directly). */
export function decodeSource(bytes: Uint8Array, displayName: string): Checked<string> {
  const at = { file: displayName, line: 1, column: 1 };
  if (looksUtf16(bytes)) return fail(diagnostic('ENCODING_UTF16', {}, at));
  try {
    // ignoreBOM: false (the default) strips a leading UTF-8 BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { value: text, diagnostics: [] };
  } catch {
    const line = lineOfFirstBadByte(bytes);
    return fail(diagnostic('ENCODING_NOT_UTF8', { line }, { file: displayName, line, column: 1 }));
  }
}

function fail(d: ReturnType<typeof diagnostic>): Checked<string> {
  return { value: undefined, diagnostics: [d] };
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

function describeFsError(err: unknown): string {
  const code = (err as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限';
    case 'EISDIR':
      return '这是一个文件夹';
    default:
      return code ?? String(err);
  }
}
