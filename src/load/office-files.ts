/**
 * Which files an office is made of, by one set of rules for every folder the
 * tool lists: a folder of offices (src/inputs/expand.ts), a glob's matches,
 * and an office's own folder (src/office/read-year.ts). An entry named like a
 * record file is read when it is a regular file, or a link to one that stays
 * in the data folder; anything else so named (a folder `x.yaml`, a pipe, a
 * dangling link, a link to itself, a link leading outside) is named in a
 * diagnostic, never skipped in silence (repros 08, 23, 37).
 *
 * The office marker is a file name and not content, so grouping is decided
 * without parsing: a broken file must not change how its neighbours are grouped.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import type { NotAFileKind } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readProblem } from '../diagnostics/read-problem.js';

export const OFFICE_MARKERS = ['office.yaml', 'office.yml'];

/**
 * The names of an office's record files: YAML text, and workbooks. A workbook
 * is read as a ledger when it is .xlsx (or .xlsm, the same container); the
 * other spreadsheet formats are named as formats the tool does not read, with
 * how to save them as .xlsx (repro 28), never read as text.
 */
export const RECORD_EXTENSIONS = { yaml: ['.yaml', '.yml'], workbook: ['.xlsx', '.xlsm', '.xls', '.ods', '.et', '.xlsb'] } as const;
const extensionIn = (name: string, list: readonly string[]): boolean => list.includes(path.extname(name).toLowerCase());
/** Not Excel's `~$x.xlsx` lock file beside an open workbook. */
const isLockFile = (name: string): boolean => path.basename(name).startsWith('~$');
export const isYamlFileName = (name: string): boolean => extensionIn(name, RECORD_EXTENSIONS.yaml);
export const isWorkbookFileName = (name: string): boolean => extensionIn(name, RECORD_EXTENSIONS.workbook) && !isLockFile(name);
export const isRecordFileName = (name: string): boolean => isYamlFileName(name) || isWorkbookFileName(name);

/** Where reading may go: links must resolve under `root` unless `allowOutside`. */
export interface ReadScope {
  root: string;
  allowOutside?: boolean;
}

/**
 * The data folder a link found under `folder` must stay in: the folder the
 * command runs in, or the folder the user named when that lies outside it
 * (`summary check /data/各镇` from one's home folder reads /data/各镇).
 */
export function dataRoot(cwd: string, folder: string): string {
  const rel = path.relative(cwd, folder);
  return rel.startsWith('..') || path.isAbsolute(rel) ? folder : cwd;
}

/** What an entry found in a folder is, once looked at through the link it may be. */
export type Entry =
  | { kind: 'file' }
  | { kind: 'folder' }
  | { kind: 'notFile'; why: NotAFileKind }
  | { kind: 'outside'; target: string }
  | { kind: 'missing' };

/** The real path, or the path itself when it cannot be resolved. */
const realOr = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};

/** Whether `real` is `root` or lies under it (both already resolved). */
export const isWithin = (root: string, real: string): boolean => {
  const rel = path.relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Look at `abs` as a folder listing found it. A link is followed only when
 * its target stays under the scope's root (both resolved, so a root reached
 * through a link still counts as inside).
 */
export const lookAt = async (abs: string, scope: ReadScope): Promise<Entry> => lookAtSync(abs, scope);

/** lookAt for the synchronous loaders (templates). */
export function lookAtSync(abs: string, scope: ReadScope): Entry {
  let link;
  try {
    link = lstatSync(abs);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'missing' } : { kind: 'notFile', why: 'unreadable' };
  }
  let info;
  try {
    info = statSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { kind: 'notFile', why: 'linkLoop' };
    return { kind: 'notFile', why: link.isSymbolicLink() && code === 'ENOENT' ? 'brokenLink' : 'unreadable' };
  }
  if (link.isSymbolicLink() && !scope.allowOutside) {
    const real = realOr(abs);
    const root = realOr(scope.root);
    if (!isWithin(root, real)) return { kind: 'outside', target: real };
  }
  if (info.isDirectory()) return { kind: 'folder' };
  if (info.isFile()) return { kind: 'file' };
  return { kind: 'notFile', why: info.isFIFO() ? 'fifo' : 'special' };
}

/** The diagnostic for an entry that is named like a record file but not read; undefined for a file. */
export function entryProblem(entry: Entry, abs: string, named: string, root: string): Diagnostic | undefined {
  switch (entry.kind) {
    case 'file':
      return undefined;
    case 'folder':
      return diagnostic('INPUT_NOT_A_FILE', { input: named, kind: 'folder' }, wholeFile(abs));
    case 'notFile':
      return diagnostic('INPUT_NOT_A_FILE', { input: named, kind: entry.why }, wholeFile(abs));
    case 'outside':
      return diagnostic('INPUT_OUTSIDE', { input: named, target: entry.target, root }, wholeFile(abs));
    case 'missing':
      // Gone between the listing and the look (another program deleted it): said, not skipped.
      return diagnostic('INPUT_NOT_A_FILE', { input: named, kind: 'brokenLink' }, wholeFile(abs));
  }
}

/** Whether `dir` is one office: it holds office.yaml (or office.yml), a file or a link to one. */
export async function isOfficeFolder(dir: string): Promise<boolean> {
  const found = await Promise.all(OFFICE_MARKERS.map((m) => stat(path.join(dir, m)).then((i) => i.isFile(), () => false)));
  return found.some(Boolean);
}

export interface OfficeFiles {
  /** The record files to read, by name, each joined to the folder as given. */
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * The record files of an office's folder, in name order. Hidden entries
 * (`.x.yaml`, an editor's `.#x.yaml` lock link) are not the office's; every
 * other entry named like a record file is read or named in a diagnostic.
 * `named` is the folder as the user spelt it, for messages.
 */
export async function listOfficeFiles(dir: string, named: string, scope: ReadScope): Promise<OfficeFiles> {
  const out: OfficeFiles = { files: [], diagnostics: [] };
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.') && isRecordFileName(n)).sort(byName);
  } catch (err) {
    out.diagnostics.push(diagnostic('FILE_UNREADABLE', readProblem(err), wholeFile(dir)));
    return out;
  }
  for (const name of names) {
    const abs = path.join(dir, name);
    const entry = await lookAt(abs, scope);
    const problem = entryProblem(entry, abs, path.join(named, name), scope.root);
    if (problem) out.diagnostics.push(problem);
    else out.files.push(abs);
  }
  return out;
}

export const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
