/**
 * The mechanics of writing a file whole (reliability row 19): written under a
 * temp name beside its target, then put in place by a link or a rename, so a
 * crash or a file held open by Word or WPS never leaves a half-written file;
 * an existing file is never replaced without force. Results are typed values;
 * ./output-file.ts turns them into diagnostics and is what callers use.
 */
import type { WriteProblem } from '../diagnostics/catalogue.js';
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

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
  if (code === 'EROFS') return { ok: false, reason: 'denied', cause: 'readOnly', errno: code };
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

/**
 * Remove temp files of ours that a killed run left in `dir` (kill -9 cannot
 * be caught): only names of our own pattern whose process is gone, so a run
 * going on at the same time in the same folder keeps its files.
 */
export const removeStaleTemps = (dir: string): Promise<string[]> => removeTemps(dir, (pid) => !isAlive(pid));

/**
 * Remove this process's own temp files in `dir`: what a stopped batch's
 * workers were writing when they were terminated (SIGINT, SIGTERM), which no
 * result names. Only after the workers are gone; other runs' files stay.
 */
export const removeOwnTemps = (dir: string): Promise<string[]> => removeTemps(dir, (pid) => pid === process.pid);

async function removeTemps(dir: string, whose: (pid: number) => boolean): Promise<string[]> {
  const names = await nodeFs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || !whose(pid)) continue;
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
