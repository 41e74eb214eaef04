/**
 * Output files, safely (reliability rows 18 and 19): a file name made from
 * data can't leave the output folder or trip over Windows' rules, an existing
 * file is never overwritten without force, and a crash or a file held open by
 * Word or WPS never leaves a half-written .docx or a stray temp file behind.
 * Nothing here prints or exits: results are values, messages are Chinese text
 * for the CLI to show.
 */
import type { WriteProblem } from '../diagnostics/catalogue.js';
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
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

/** Kernel and device trees: creating folders there can hang (`--out /proc/1/x` did, in Node's recursive mkdir). */
const SYSTEM_TREES = ['/proc', '/sys', '/dev'];

/**
 * Whether `outDir` lies in /proc, /sys or /dev (the folder or its nearest
 * existing ancestor, symlinks resolved), where reports may not be saved.
 * Checked before any folder is created.
 */
export function inSystemFolder(outDir: string): boolean {
  if (process.platform === 'win32') return false;
  const wanted = path.resolve(outDir);
  let existing = wanted;
  let real = wanted;
  for (;;) {
    try {
      real = path.join(realpathSync(existing), path.relative(existing, wanted));
      break;
    } catch {
      const up = path.dirname(existing);
      if (up === existing) break;
      existing = up;
    }
  }
  const inside = (p: string) => SYSTEM_TREES.some((t) => p === t || p.startsWith(`${t}/`));
  return inside(wanted) || inside(real);
}

/**
 * `reason` is what callers act on; `cause` and `errno` are what the
 * diagnostic says (the words are in the catalogue's WRITE_PROBLEM).
 */
export type WriteResult = { ok: true } | { ok: false; reason: 'exists' | 'busy' | 'denied' | 'io'; cause: WriteProblem; errno?: string };

/** The file system calls used, so tests can simulate a file locked by Word. */
export interface WriteFs {
  writeFile: typeof nodeFs.writeFile;
  rename: typeof nodeFs.rename;
  link: typeof nodeFs.link;
  unlink: typeof nodeFs.unlink;
  access: typeof nodeFs.access;
}

export interface WriteOptions {
  /** Replace an existing file. */
  force?: boolean;
  /** Test seam; the real file system by default. */
  fs?: WriteFs;
}

const DENIED = new Set(['EPERM', 'EACCES']);
const LINK_UNSUPPORTED = new Set(['ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EPERM']);

/**
 * Why a write failed. Windows refuses to replace a file Word holds
 * open with EBUSY or EPERM; on a file that is not there, EPERM or EACCES can
 * only mean the folder refuses writing, so the two are told apart.
 */
function failure(err: unknown, targetExists: boolean): WriteResult {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EEXIST') return { ok: false, reason: 'exists', cause: 'exists' };
  if (code === 'EBUSY' || (code !== undefined && DENIED.has(code) && targetExists)) return { ok: false, reason: 'busy', cause: 'busy', errno: code };
  if (code !== undefined && DENIED.has(code)) return { ok: false, reason: 'denied', cause: 'denied', errno: code };
  if (code === 'ENOENT') return { ok: false, reason: 'io', cause: 'missingDir' };
  if (code === 'ENOSPC') return { ok: false, reason: 'io', cause: 'diskFull' };
  // The system's English message is not shown; its code is, for searching.
  return code === undefined ? { ok: false, reason: 'io', cause: 'other' } : { ok: false, reason: 'io', cause: 'other', errno: code };
}

async function exists(fs: WriteFs, p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** Our temp files: `.<name>.<pid>.<hex>.tmp`, in the folder of the file they become. */
const TEMP_NAME = /^\..*\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target).slice(0, 40)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A file written in full beside its target, not yet in place: commit or discard it. */
export type Staged = { ok: true; staged: string } | Extract<WriteResult, { ok: false }>;

/**
 * Write `data` under a temp name in the target's folder (so the rename that
 * commits it stays on one file system and is atomic). Nothing is in place yet:
 * a batch stages every office, refuses collisions, then commits.
 */
export async function stageFile(target: string, data: Uint8Array | string, options: Pick<WriteOptions, 'fs'> = {}): Promise<Staged> {
  const fs = options.fs ?? nodeFs;
  const temp = tempPathFor(target);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    return { ok: true, staged: temp };
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    return failure(err, false) as Extract<WriteResult, { ok: false }>;
  }
}

/**
 * Put a staged file in place. Without force, the temp file is hard-linked to
 * the target, which fails if the target exists even when another process
 * created it a moment ago; where links aren't supported (FAT, some network
 * shares) it falls back to a check and a rename. The temp file is gone
 * afterwards on every path.
 */
export async function commitStaged(staged: string, target: string, options: WriteOptions = {}): Promise<WriteResult> {
  const fs = options.fs ?? nodeFs;
  try {
    if (options.force) {
      await fs.rename(staged, target);
    } else {
      try {
        await fs.link(staged, target);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // EPERM too: Windows reports it for file systems without hard links.
        if (!LINK_UNSUPPORTED.has(code ?? '')) throw err;
        if (await exists(fs, target)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        await fs.rename(staged, target);
      }
    }
    return { ok: true };
  } catch (err) {
    return failure(err, await exists(fs, target));
  } finally {
    // After a successful rename the temp name is gone; after a link it remains.
    await fs.unlink(staged).catch(() => undefined);
  }
}

export async function discardStaged(staged: string, options: Pick<WriteOptions, 'fs'> = {}): Promise<void> {
  await (options.fs ?? nodeFs).unlink(staged).catch(() => undefined);
}

/** Write `data` to `target` all at once: staged beside it, then committed. */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<WriteResult> {
  const fs = options.fs ?? nodeFs;
  if (!options.force && (await exists(fs, target))) return failure(Object.assign(new Error(), { code: 'EEXIST' }), true);
  const staged = await stageFile(target, data, options);
  if (!staged.ok) return staged;
  return commitStaged(staged.staged, target, options);
}

/**
 * Remove temp files of ours that a killed run left in `dir` (kill -9 cannot
 * be caught): only names of our own pattern whose process is gone, so a run
 * going on at the same time in the same folder keeps its files.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const names = await nodeFs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    const file = path.join(dir, name);
    const info = await nodeFs.lstat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    await nodeFs.unlink(file).then(() => removed.push(file), () => undefined);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it is someone else's.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
