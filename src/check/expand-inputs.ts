/**
 * Turn what the user typed (files, folders, globs) into the list of offices
 * to check. The folder rule, also in docs/data-format.md:
 *
 * - a file is one office;
 * - a folder that contains a file named `office.yaml` (or `office.yml`) is ONE
 *   office: its YAML files (not its subfolders) are merged at the top level;
 * - any other folder is walked for *.yaml / *.yml files, each one office,
 *   except subfolders that themselves hold an `office.yaml` (one office each);
 * - a glob (`offices/*.yaml`) matches files, each one office.
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
      diagnostics.push(diagnostic('FILE_NOT_FOUND', { input }, { file: input, line: 0, column: 0 }));
    }
    for (const f of found) offices.add(f);
  }
  return { offices: [...offices], diagnostics };
}

async function expandOne(input: string, cwd: string, ignore: string[]): Promise<string[]> {
  const abs = path.resolve(cwd, input);
  const info = await stat(abs).catch(() => undefined);
  if (info?.isFile()) return [abs];
  if (info?.isDirectory()) return walkFolder(abs, cwd, ignore);
  if (!isDynamicPattern(input)) return [];
  const files = await glob([input], { cwd, ignore, absolute: true, onlyFiles: true, dot: false });
  return files.filter(isYamlFile).map((f) => path.resolve(f)).sort();
}

async function walkFolder(abs: string, cwd: string, ignore: string[]): Promise<string[]> {
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  const base = rel === '' ? '' : `${escapePath(rel)}/`;
  const files = (await glob([`${base}**/*.{yaml,yml,YAML,YML}`], { cwd, ignore, absolute: true, onlyFiles: true, dot: false }))
    .map((f) => path.resolve(f))
    .sort();
  const officeDirs = new Set(files.filter((f) => OFFICE_MARKERS.includes(path.basename(f))).map((f) => path.dirname(f)));
  const out = new Set<string>();
  for (const file of files) {
    const owner = ownerFolder(path.dirname(file), abs, officeDirs);
    out.add(owner ?? file);
  }
  return [...out];
}

/** The nearest folder (from the file's up to the walked root) that is one merged office. */
function ownerFolder(dir: string, root: string, officeDirs: Set<string>): string | undefined {
  let cur = dir;
  for (;;) {
    if (officeDirs.has(cur)) return cur;
    if (cur === root || cur === path.dirname(cur)) return undefined;
    cur = path.dirname(cur);
  }
}

