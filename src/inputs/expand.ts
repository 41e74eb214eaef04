/**
 * The one input expander: what the user named (files, folders, globs, batch
 * files) → one job per office. `check`, `build`, `preview` and a batch all
 * come through here, so they always agree on what an office is. The rules,
 * also in docs/batch.md and docs/data-format.md:
 *
 * - a `.yaml`/`.yml` file (or a ledger workbook, `.xlsx`) is one office, unless its folder holds
 *   `office.yaml`: then it stands for that folder's whole office;
 * - a folder holding `office.yaml` is ONE office, its files merged;
 * - a file named `*.batch.yaml` is a batch file: its `offices` are the jobs,
 *   its shared settings go with each; a folder holding `summary.batch.yaml`
 *   is that batch file;
 * - any other folder means the offices directly in it: each YAML file, and
 *   each subfolder marked by office.yaml; other subfolders are not entered
 *   (so `examples/` leaves out `examples/invalid/`); a glob goes deeper;
 * - an entry named like a YAML file that is not one (a folder `x.yaml`, a
 *   dangling link, a pipe) is named as an error, never skipped in silence;
 * - nothing outside the data is read: a batch file's offices stay under its
 *   folder, and a link found in a folder or glob stays under the folder the
 *   command runs in, unless `allowOutside`.
 *
 * The office marker is a file name and not content, so grouping is decided
 * without parsing (a broken file must not change how its neighbours are
 * grouped). An office named twice (same real path) is built once.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { appendAll } from '../util/append-all.js';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Fonts, OutputFormat } from '../office/types.js';
import { BATCH_FILE_NAME, isBatchFileName, loadBatchFile } from './batch-file.js';

export const OFFICE_MARKERS = ['office.yaml', 'office.yml'];
const DEFAULT_IGNORE = ['**/node_modules/**', '**/dist/**'];
/** A file of one office's records: YAML, or a ledger workbook (not Excel's ~$ lock file beside an open one). */
export const isRecordFileName = (name: string): boolean => /\.(ya?ml|xlsx)$/i.test(name) && !path.basename(name).startsWith('~$');

/** Settings a batch file shares among its offices. */
export interface BatchSettings {
  year?: number;
  county?: string;
  superior?: string;
  outDir?: string;
  /** File-name pattern, e.g. `{year}年{office}工作总结.docx`. */
  pattern?: string;
  format?: OutputFormat;
  templatesDir?: string;
  fonts?: Fonts;
  rollup?: boolean;
}

export interface OfficeJob {
  /** The office's file or folder, resolved against cwd (absolute); the CLI shows it relative. */
  input: string;
  /** The batch file that listed it, if any. */
  batchFile?: string;
  /** The shared settings of that batch file. */
  shared: BatchSettings;
  /** The office's own settings in the batch file; they win over everything. */
  own: { pattern?: string; templatesDir?: string; fonts?: Fonts; previous?: string };
}

export interface ExpandedInputs {
  jobs: OfficeJob[];
  /** Settings of the first batch file (county, superior, roll-up), or empty. */
  settings: BatchSettings;
  /** Inputs that matched nothing, bad batch files, entries not read: errors here are usage errors (exit 2). */
  diagnostics: Diagnostic[];
}

export interface ExpandOptions {
  cwd: string;
  /** Globs (relative to cwd) of files to leave out. */
  ignore?: string[];
  /** Read links and batch entries that lead outside the data folder. */
  allowOutside?: boolean;
}

export async function expandInputs(inputs: readonly string[], opts: ExpandOptions): Promise<ExpandedInputs> {
  const { cwd } = opts;
  const ignore = [...DEFAULT_IGNORE, ...(opts.ignore ?? [])];
  const out: ExpandedInputs = { jobs: [], settings: {}, diagnostics: [] };
  const seen = new Map<string, string>();
  let firstBatch = true;
  const cwdReal = await realpath(cwd).catch(() => cwd);
  // --ignore globs are relative to cwd, as the user typed them; matched, not walked.
  const isIgnored = picomatch(ignore, { dot: true });

  /** `named`: the office as the user spelt it (an input, a folder's entry, a glob's match), for messages that quote it. */
  const addOffice = async (abs: string, job: Omit<OfficeJob, 'input'>, named = abs) => {
    const input = abs;
    const real = await realpath(abs).catch(() => abs);
    const other = seen.get(real);
    if (other !== undefined) {
      out.diagnostics.push(diagnostic('BATCH_DUPLICATE_INPUT', { other }, wholeFile(input)));
      return;
    }
    seen.set(real, named);
    out.jobs.push({ input, ...job });
  };

  /** Whether `abs` (a link, or a batch entry) stays under `root`; says so when it does not. */
  const inside = async (abs: string, root: string, named: string): Promise<boolean> => {
    if (opts.allowOutside) return true;
    const real = await realpath(abs).catch(() => undefined);
    if (real === undefined) return true; // not there: the reader says so
    const rel = path.relative(root, real);
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) return true;
    out.diagnostics.push(diagnostic('INPUT_OUTSIDE', { input: named, target: real, root }, wholeFile(named)));
    return false;
  };

  const addBatchFile = async (abs: string) => {
    const file = abs;
    const loaded = await loadBatchFile(abs);
    appendAll(out.diagnostics, loaded.diagnostics);
    if (!loaded.value) return;
    const { data } = loaded.value;
    const dir = path.dirname(abs);
    const dirReal = await realpath(dir).catch(() => dir);
    const at = (p: string | undefined) => (p === undefined ? undefined : path.resolve(dir, p));
    const shared: BatchSettings = strip({
      year: data.year,
      county: data.county,
      superior: data.superior,
      outDir: at(data.output) ?? path.join(dir, '输出'),
      pattern: data.fileName,
      format: data.format,
      templatesDir: data.templates === undefined ? undefined : at(data.templates),
      fonts: data.fonts,
      rollup: data.rollup,
    });
    if (firstBatch) {
      out.settings = shared;
      firstBatch = false;
    }
    for (const entry of data.offices) {
      const e = typeof entry === 'string' ? { path: entry } : entry;
      const officeAbs = path.resolve(dir, e.path);
      const info = await stat(officeAbs).catch(() => undefined);
      if (!info) {
        out.diagnostics.push(diagnostic('FILE_NOT_FOUND', { input: e.path }, wholeFile(file)));
        continue;
      }
      const previous = 'previous' in e && e.previous !== undefined ? path.resolve(dir, e.previous) : undefined;
      if (!(await inside(officeAbs, dirReal, officeAbs))) continue;
      if (previous !== undefined && !(await inside(previous, dirReal, previous))) continue;
      const own = strip({
        pattern: 'fileName' in e ? e.fileName : undefined,
        templatesDir: 'templates' in e && e.templates !== undefined ? path.resolve(dir, e.templates) : undefined,
        fonts: 'fonts' in e ? e.fonts : undefined,
        previous,
      });
      await addOffice(info.isDirectory() ? officeAbs : await officeOf(officeAbs), { batchFile: file, shared, own });
    }
  };

  /** A YAML-named entry found in a folder or a glob: an office file, or an error that names it. */
  const addFound = async (abs: string, named: string) => {
    const link = await lstat(abs).catch(() => undefined);
    const info = await stat(abs).catch(() => undefined);
    if (!info?.isFile()) {
      const kind = !info ? (link?.isSymbolicLink() ? 'brokenLink' : 'unreadable') : info.isDirectory() ? 'folder' : info.isFIFO() ? 'fifo' : 'special';
      out.diagnostics.push(diagnostic('INPUT_NOT_A_FILE', { input: named, kind }, wholeFile(abs)));
      return;
    }
    if (link?.isSymbolicLink() && !(await inside(abs, cwdReal, named))) return;
    const office = await officeOf(abs);
    await addOffice(office, { shared: {}, own: {} }, office === abs ? named : office);
  };

  const addFolder = async (abs: string, given: string) => {
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.name === BATCH_FILE_NAME)) return addBatchFile(path.join(abs, BATCH_FILE_NAME));
    if (await isOfficeFolder(abs)) return addOffice(abs, { shared: {}, own: {} });
    const before = out.jobs.length + out.diagnostics.length;
    for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(abs, e.name);
      if (isIgnored(path.relative(cwd, full).split(path.sep).join('/'))) continue;
      if (e.isDirectory() && !isRecordFileName(e.name)) {
        if (await isOfficeFolder(full)) await addOffice(full, { shared: {}, own: {} });
        continue;
      }
      if (!isRecordFileName(e.name) || isBatchFileName(e.name)) continue;
      await addFound(full, path.join(given, e.name));
    }
    if (out.jobs.length + out.diagnostics.length === before) out.diagnostics.push(diagnostic('NO_YAML_FILES', { input: given }, wholeFile(given)));
  };

  const addGlob = async (given: string) => {
    // Matches come back spelt like the pattern (relative to cwd); each is resolved for reading.
    const found = await glob([given], { cwd, ignore, absolute: false, onlyFiles: false, dot: false, followSymbolicLinks: false });
    // A folder comes back with a trailing slash; a folder named x.yaml is still named as an error, not skipped.
    const files = found
      .map((f) => f.replace(/[\\/]$/, ''))
      .filter((f) => isRecordFileName(f) && !isBatchFileName(f))
      .map((f) => ({ abs: path.resolve(cwd, f), named: f }))
      .sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
    if (files.length === 0) out.diagnostics.push(diagnostic('FILE_NOT_FOUND', { input: given }, wholeFile(given)));
    for (const f of files) await addFound(f.abs, f.named);
  };

  for (const given of inputs) {
    if (isDynamicPattern(given)) {
      await addGlob(given);
      continue;
    }
    const abs = path.resolve(cwd, given);
    const info = await stat(abs).catch(() => undefined);
    if (!info) out.diagnostics.push(diagnostic('FILE_NOT_FOUND', { input: given }, wholeFile(given)));
    else if (info.isDirectory()) await addFolder(abs, given);
    else if (isBatchFileName(abs)) await addBatchFile(abs);
    // A file the user named is read as named (the reader refuses what is not a regular file).
    else await addOffice(await officeOf(abs), { shared: {}, own: {} }, given);
  }
  return out;
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

/**
 * Whether these inputs mean a batch rather than one office: several inputs, a
 * glob, a batch file, or a folder that is not itself one office. One file, or
 * one folder marked by office.yaml, is built alone.
 */
export async function looksLikeBatch(inputs: readonly string[], cwd: string): Promise<boolean> {
  if (inputs.length !== 1) return inputs.length > 1;
  const given = inputs[0] as string;
  if (isDynamicPattern(given) || isBatchFileName(given)) return true;
  const abs = path.resolve(cwd, given);
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isDirectory()) return false;
  const entries = await readdir(abs).catch(() => [] as string[]);
  if (entries.includes(BATCH_FILE_NAME)) return true;
  return !(await isOfficeFolder(abs));
}

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
