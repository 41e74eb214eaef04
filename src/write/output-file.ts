/**
 * The one file writer (reliability rows 18 and 19). Every file the tool
 * writes — a report, its `.explain.txt`, the roll-up, a new office's YAML, a
 * ledger workbook, a conversion — goes through here: its folder made when
 * missing (never under /proc, /sys or /dev), written whole beside its target
 * (./staging.ts), then put in place, never over an existing file without
 * force. `writeWhole` does both steps; a batch stages every office first and
 * commits once it knows no two collide. Generated files (reports, the
 * roll-up) are put in place by `commitTracked`, the re-run rule: the tool's own
 * untouched file is rewritten, an edited one is not. Nothing here prints or exits:
 * problems are diagnostics naming the file.
 */
import { mkdir, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, wholeFile, type Location } from '../diagnostics/create.js';
import type { FolderProblem } from '../diagnostics/catalogue.js';
import { failed, ok, type Result } from '../result.js';
import { commitStaged, discardStaged, stageFile } from './staging.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { presentFile, sha256, type OutputRecord } from './output-record.js';

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

/** A staged file, where it is to go, and the fingerprint of its bytes (./output-record.ts). */
export interface StagedFile {
  staged: string;
  target: string;
  sha256: string;
}

/** Write `bytes` beside `target`, its folder made first; nothing is in place until commitOutput. */
export async function stageOutput(target: string, bytes: Uint8Array | string, at: Location = wholeFile(target)): Promise<Result<StagedFile>> {
  // No output of the tool is ever empty: a 0-byte file is a bug upstream (init --from once wrote one and said 已转入), never a success.
  if (bytes.length === 0) return failed([diagnostic('OUTPUT_WRITE_FAILED', { target, cause: 'empty' }, at)]);
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
  return ok({ staged: staged.staged, target, sha256: sha256(bytes) });
}

/** Put a staged file in place; the value is where it went, the diagnostic names the target. */
export async function commitOutput(file: StagedFile, force: boolean, at: Location = wholeFile(file.target)): Promise<Result<string>> {
  const written = await commitStaged(file.staged, file.target, { force });
  if (written.ok) return ok(file.target);
  if (written.reason === 'exists') return failed([diagnostic('OUTPUT_EXISTS', { target: file.target }, at)]);
  const why = { target: file.target, cause: written.cause, ...(written.errno !== undefined && { errno: written.errno }) };
  return failed([written.reason === 'busy' ? diagnostic('OUTPUT_BUSY', why, at) : diagnostic('OUTPUT_WRITE_FAILED', why, at)]);
}

export const discardOutput = (file: Pick<StagedFile, 'staged'>): Promise<void> => discardStaged(file.staged);

/**
 * What became of a generated file (a report, the roll-up) put in place by commitTracked:
 * `written` where there was none; `replaced`, the tool's own untouched file rewritten
 * because the data changed (or any file, with --force); `unchanged`, already these
 * very bytes; `kept`, changed by someone since the tool wrote it while this run's
 * bytes are what the tool wrote then (the data has not changed: the edit is the
 * newest word); `refused`, changed since (or not known to be the tool's) and this
 * run's data differs: left alone, with OUTPUT_EDITED saying how to replace it.
 */
export type FileOutcome = 'written' | 'replaced' | 'unchanged' | 'kept' | 'refused';

/**
 * Put a generated file in place by the re-run rule (issue 21 item 3): the
 * output folder's record (./output-record.ts) says what the tool wrote there;
 * a file still as it was written is the tool's to rewrite, a file changed since
 * is the user's and is never overwritten without --force. The record is
 * updated for every file that ends up holding this run's bytes; the caller
 * saves it (OutputRecords.save). The staged file is gone afterwards on every path.
 */
export async function commitTracked(file: StagedFile, record: OutputRecord, force: boolean, at: Location = wholeFile(file.target)): Promise<Result<FileOutcome>> {
  const present = await presentFile(file.target);
  const recorded = record.recorded(file.target);
  const keep = async (outcome: FileOutcome, diagnostics: Diagnostic[] = []): Promise<Result<FileOutcome>> => {
    await discardOutput(file);
    return ok(outcome, diagnostics);
  };
  if (present.kind === 'file' && present.fingerprint === file.sha256) {
    record.note(file.target, file.sha256);
    return keep('unchanged');
  }
  const ours = present.kind === 'file' && recorded !== undefined && present.fingerprint === recorded;
  if (present.kind !== 'absent' && !ours && !force) {
    // The user's edit is newer than the data when this run would write what the tool wrote then.
    if (present.kind === 'file' && recorded === file.sha256) return keep('kept');
    const why = recorded === undefined || present.kind === 'other' ? 'unknown' : 'edited';
    return keep('refused', [diagnostic('OUTPUT_EDITED', { target: file.target, why }, at)]);
  }
  // A new file by a link that fails if one appeared meanwhile; the tool's own (or --force) by a rename over it.
  const put = await commitOutput(file, present.kind !== 'absent', at);
  if (put.value === undefined) {
    // Another run put a file there since this one looked (two batches on one folder, repro 33): the same
    // bytes are this run's result too; other bytes are not known to be the tool's. (The staged file is gone.)
    if (present.kind === 'absent' && put.diagnostics.every((d) => d.code === 'OUTPUT_EXISTS')) return afterRace(file, record, at);
    return failed(put.diagnostics);
  }
  record.note(file.target, file.sha256);
  return ok(present.kind === 'absent' ? 'written' : 'replaced');
}

async function afterRace(file: StagedFile, record: OutputRecord, at: Location): Promise<Result<FileOutcome>> {
  const now = await presentFile(file.target);
  if (now.kind !== 'file' || now.fingerprint !== file.sha256) return ok('refused', [diagnostic('OUTPUT_EDITED', { target: file.target, why: 'unknown' }, at)]);
  record.note(file.target, file.sha256);
  return ok('unchanged');
}

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
