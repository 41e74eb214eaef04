/**
 * The one file writer (reliability rows 18 and 19). Every file the tool
 * writes — a report, its `.explain.txt`, the roll-up, a new office's YAML, a
 * ledger workbook, a conversion — goes through here: its folder made when
 * missing (never under /proc, /sys or /dev), written whole beside its target
 * (./staging.ts), then put in place, never over an existing file without
 * force. `writeWhole` does both steps; a batch stages every office first and
 * commits once it knows no two collide. Nothing here prints or exits:
 * problems are diagnostics naming the file.
 */
import { mkdir, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, wholeFile, type Location } from '../diagnostics/create.js';
import type { FolderProblem } from '../diagnostics/catalogue.js';
import { failed, ok, type Result } from '../result.js';
import { commitStaged, discardStaged, stageFile } from './staging.js';

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

/** A staged file and where it is to go. */
export interface StagedFile {
  staged: string;
  target: string;
}

/** Write `bytes` beside `target`, its folder made first; nothing is in place until commitOutput. */
export async function stageOutput(target: string, bytes: Uint8Array | string, at: Location = wholeFile(target)): Promise<Result<StagedFile>> {
  const dir = path.dirname(target);
  // Node's recursive mkdir can hang under /proc: refused before it is tried.
  if (inSystemFolder(dir)) return failed([diagnostic('OUTPUT_DIR_INVALID', { dir, cause: 'systemFolder' }, at)]);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    return failed([diagnostic('OUTPUT_DIR_INVALID', { dir, ...(await folderProblem(dir, err)) }, at)]);
  }
  const staged = await stageFile(target, bytes);
  if (!staged.ok) return failed([diagnostic('OUTPUT_WRITE_FAILED', { target, cause: staged.cause, ...(staged.errno !== undefined && { errno: staged.errno }) }, at)]);
  return ok({ staged: staged.staged, target });
}

/** Put a staged file in place; the value is where it went, the diagnostic names the target. */
export async function commitOutput(file: StagedFile, force: boolean, at: Location = wholeFile(file.target)): Promise<Result<string>> {
  const written = await commitStaged(file.staged, file.target, { force });
  if (written.ok) return ok(file.target);
  if (written.reason === 'exists') return failed([diagnostic('OUTPUT_EXISTS', { target: file.target }, at)]);
  const why = { target: file.target, cause: written.cause, ...(written.errno !== undefined && { errno: written.errno }) };
  return failed([written.reason === 'busy' ? diagnostic('OUTPUT_BUSY', why, at) : diagnostic('OUTPUT_WRITE_FAILED', why, at)]);
}

export const discardOutput = (file: StagedFile): Promise<void> => discardStaged(file.staged);

/** Write a file whole: staged, then put in place (not over an existing file without force). The value is the file written. */
export async function writeWhole(target: string, bytes: Uint8Array | string, force: boolean, at: Location = wholeFile(target)): Promise<Result<string>> {
  const staged = await stageOutput(target, bytes, at);
  if (staged.value === undefined) return failed(staged.diagnostics);
  return commitOutput(staged.value, force, at);
}

/**
 * Why a folder could not be made. Node's recursive mkdir reports ENOENT for a
 * read-only file system (repro 39), which would send the user to the wrong
 * fix: the first folder missing is then made on its own to learn the real cause.
 */
async function folderProblem(dir: string, err: unknown): Promise<{ cause: FolderProblem; errno?: string }> {
  let code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    let missing = path.resolve(dir);
    while (path.dirname(missing) !== missing && !(await stat(path.dirname(missing)).then(() => true, () => false))) missing = path.dirname(missing);
    code = await mkdir(missing).then(
      () => code,
      (e: NodeJS.ErrnoException) => e.code ?? code,
    );
  }
  if (code === 'EEXIST' || code === 'ENOTDIR') return { cause: 'isFile' };
  if (code === 'EACCES' || code === 'EPERM') return { cause: 'denied', errno: code };
  if (code === 'EROFS') return { cause: 'readOnly', errno: code };
  return code === undefined ? { cause: 'other' } : { cause: 'other', errno: code };
}
