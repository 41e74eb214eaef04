/**
 * Turn what the user typed (files, folders, globs) into the list of offices
 * to check. The folder rule, also in docs/data-format.md:
 *
 * - a file is one office, unless its folder holds `office.yaml`: then the
 *   file is part of that folder's office;
 * - a folder that contains a file named `office.yaml` (or `office.yml`) is ONE
 *   office: its YAML files (not its subfolders) are merged at the top level;
 * - any other folder means the offices directly in it: each YAML file, and
 *   each subfolder that holds an `office.yaml`. Other subfolders are not
 *   entered, so `examples/` does not take in `examples/invalid/`; to go
 *   deeper, give a glob such as `data/**` + `/*.yaml`;
 * - a glob matches files, each placed by the rules above.
 *
 * The marker is a file name and not content, so we can decide without parsing
 * (a broken file must not change how its neighbours are grouped).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isYamlFile } from '../load/load-year.js';

export const OFFICE_MARKERS = ['office.yaml', 'office.yml'];
const DEFAULT_IGNORE = ['**/node_modules/**', '**/dist/**'];

export interface ExpandOptions {
  cwd: string;
  /** Globs (relative to cwd) of files to leave out. */
  ignore?: string[];
}

export interface Expanded {
  /** Each entry is one office: a file or a merged folder, as loadYear takes it (absolute). */
  offices: string[];
  /** Inputs that matched nothing. */
  diagnostics: Diagnostic[];
}

export async function expandInputs(inputs: readonly string[], opts: ExpandOptions): Promise<Expanded> {
  const offices = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const ignore = [...DEFAULT_IGNORE, ...(opts.ignore ?? [])];
  for (const input of inputs) {
    const found = await expandOne(input, opts.cwd, ignore);
    if (found.length === 0) {
      // A folder that is there but holds no office is not “not found”: say what is missing.
      const isDir = await stat(path.resolve(opts.cwd, input)).then((i) => i.isDirectory(), () => false);
      const at = { file: input, line: 0, column: 0 };
      diagnostics.push(isDir ? diagnostic('BATCH_NO_INPUT', { input }, at) : diagnostic('FILE_NOT_FOUND', { input }, at));
    }
    for (const f of found) offices.add(f);
  }
  return { offices: [...offices], diagnostics };
}

async function expandOne(input: string, cwd: string, ignore: string[]): Promise<string[]> {
  const abs = path.resolve(cwd, input);
  const info = await stat(abs).catch(() => undefined);
  if (info?.isFile()) return [await officeOf(abs)];
  if (info?.isDirectory()) return (await isOfficeFolder(abs)) ? [abs] : walkFolder(abs, cwd, ignore);
  if (!isDynamicPattern(input)) return [];
  const files = await glob([input], { cwd, ignore, absolute: true, onlyFiles: true, dot: false });
  const offices = await Promise.all(files.filter(isYamlFile).map((f) => officeOf(path.resolve(f))));
  return [...new Set(offices)].sort();
}

/** A file belongs to its folder's office when that folder is marked by office.yaml. */
export async function officeOf(file: string): Promise<string> {
  const dir = path.dirname(file);
  return (await isOfficeFolder(dir)) ? dir : file;
}

export async function isOfficeFolder(dir: string): Promise<boolean> {
  const found = await Promise.all(OFFICE_MARKERS.map((m) => stat(path.join(dir, m)).then((i) => i.isFile(), () => false)));
  return found.some(Boolean);
}

/** The offices directly in a folder: its YAML files, and its subfolders marked by office.yaml. */
async function walkFolder(abs: string, cwd: string, ignore: string[]): Promise<string[]> {
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  const base = rel === '' ? '' : `${escapePath(rel)}/`;
  const files = (await glob([`${base}*.{yaml,yml,YAML,YML}`, `${base}*/office.{yaml,yml}`], { cwd, ignore, absolute: true, onlyFiles: true, dot: false }))
    .map((f) => path.resolve(f))
    .filter((f) => !/\.batch\.ya?ml$/i.test(f));
  const out = new Set<string>();
  for (const file of files) out.add(path.dirname(file) === abs ? file : path.dirname(file));
  return [...out].sort();
}
