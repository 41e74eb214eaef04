/**
 * File names made from data, safely (reliability row 18): a name can't leave
 * the output folder or trip over Windows' rules, and its cost follows its
 * length. The one place a report's, a roll-up's or a new office's file name
 * is made safe.
 */
import path from 'node:path';

/** UTF-8 bytes a file name may take. Most file systems allow 255; leave room for a temp suffix. */
export const MAX_NAME_BYTES = 200;

/** Names Windows reserves for devices, with or without an extension (CON, con.docx, COM1 …). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Characters Windows forbids in names, path separators, and control characters. */
// Matching control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"|?*/\\\u0000-\u001F\u007F]/g;
/**
 * Characters that are removed outright: format characters (bidi overrides such
 * as U+202E turn “…\u202Excod.docx” into a name that reads “…docx.exe”, and
 * zero-width ones make two names look alike), C1 controls, noncharacters
 * (U+FFFE, U+FFFF …) and lone surrogates.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;
/** An extension worth keeping when the name is cut: short and plain (".docx", ".md"). */
const EXTENSION = /\.[A-Za-z0-9]{1,10}$/;

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Cut `s` to at most `max` UTF-8 bytes, never inside a character (code point).
 * One pass, stopping at the cut: the cost follows the kept part, not the input
 * (a 40,000-character office name once took 39 s, cut one character at a time).
 */
export function cutToBytes(s: string, max: number): string {
  let used = 0;
  let end = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (used + n > max) break;
    used += n;
    end += ch.length;
  }
  return s.slice(0, end);
}

const isTrimmed = (ch: string): boolean => ch === '.' || /\s/.test(ch);

/**
 * Dots and spaces at either end: Windows drops trailing ones, leading dots hide
 * a file on Unix. A loop, not `/[\s.]+$/`: that pattern backtracks over every
 * run of spaces inside the name, quadratic in a long name.
 */
function trimEnds(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isTrimmed(s[start]!)) start++;
  while (end > start && isTrimmed(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/**
 * A file name that is safe on Windows, macOS and Linux, or undefined when
 * nothing usable is left (the caller must then report the record's name as
 * unusable rather than write a file called "_").
 */
export function safeFileName(name: string): string | undefined {
  let s = name.replace(FORBIDDEN, '_').replace(INVISIBLE, '').normalize('NFC');
  s = trimEnds(s);
  if (s.replace(/[_\s.]/g, '') === '') return undefined;
  if (RESERVED.test(s)) s = `_${s}`;
  if (utf8Length(s) > MAX_NAME_BYTES) {
    const ext = EXTENSION.exec(s)?.[0] ?? '';
    const stem = s.slice(0, s.length - ext.length);
    s = trimEnds(cutToBytes(stem, MAX_NAME_BYTES - ext.length)) + ext;
  }
  return s === '' ? undefined : s;
}

/**
 * The path of `fileName` inside `outDir`. The name is sanitised first, and the
 * result is checked to lie directly inside the folder, so no name can reach
 * another folder. Undefined when the name leaves nothing usable.
 */
export function resolveOutputPath(outDir: string, fileName: string): string | undefined {
  const safe = safeFileName(fileName);
  if (safe === undefined) return undefined;
  const dir = path.resolve(outDir);
  const full = path.resolve(dir, safe);
  const rel = path.relative(dir, full);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep)) return undefined;
  return full;
}

