/**
 * The one input expander: what the user named (files, folders, globs, batch
 * files) → one job per office, and the one decision whether that is one
 * office on its own or many. `check`, `build`, `preview` and a batch all
 * come through here, so they always agree on what an office is. The rules,
 * also in docs/batch.md and docs/data-format.md:
 *
 * - a `.yaml`/`.yml` file (or a ledger workbook, `.xlsx`) is one office, unless its folder holds
 *   `office.yaml`: then it stands for that folder's whole office;
 * - a folder holding `office.yaml` is ONE office, its files merged;
 * - a file named `*.batch.yaml` is a batch file: its `offices` are the jobs,
 *   its shared settings go with each; a folder holding `summary.batch.yaml`
 *   is that batch file;
 * - any other folder means the offices directly in it: each record file, and
 *   each subfolder marked by office.yaml; other subfolders are not entered
 *   (so `examples/` leaves out `examples/invalid/`); a glob goes deeper;
 * - an entry named like a record file that is not one (a folder `x.yaml`, a
 *   dangling link, a pipe) is named as an error, never skipped in silence
 *   (the rules of src/load/office-files.ts, which an office's own folder follows too);
 * - nothing outside the data is read: a batch file's offices stay under its
 *   folder, and a link found in a folder or glob stays in the data folder
 *   (src/load/office-files.ts dataRoot), unless `allowOutside`.
 *
 * Each input is looked at once; what was learnt (a file or a folder, the
 * data folder) travels with the job, so the office's reader does not look again.
 * An office named twice (same real path) is built once.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readProblem } from '../diagnostics/read-problem.js';
import { naturalCompare } from '../util/natural-order.js';
import { dataRoot, entryProblem, isOfficeFolder, isRecordFileName, isWithin, listOfficeFiles, lookAt } from '../load/office-files.js';
import type { FontChoices } from '../write/fonts.js';
import type { OutputFormat } from '../write/formats.js';
import { BATCH_FILE_NAME, isBatchFileName, loadBatchFile } from './batch-file.js';
import type { BatchOfficeEntry } from './batch-file-schema.js';

/** A batch file's office entry in its object form (a bare path is `{ path }`). */
type BatchOfficeObject = Partial<Exclude<BatchOfficeEntry, string>> & { path: string };

export { OFFICE_MARKERS, isOfficeFolder, isRecordFileName } from '../load/office-files.js';

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
  fonts?: FontChoices;
  rollup?: boolean;
}

export interface OfficeJob {
  /** The office's file or folder, resolved against cwd (absolute); the CLI shows it relative. */
  input: string;
  /**
   * The office's record files, listed once here: the input itself, or the
   * readable files of its office.yaml folder (entries that may not be read are
   * the expansion's diagnostics, as in a folder of offices; the rest is built).
   */
  files: string[];
  /** The data folder: links in the office's folder must stay in it (unless allowOutside). */
  root: string;
  /** The batch file that listed it, if any. */
  batchFile?: string;
  /** The shared settings of that batch file. */
  shared: BatchSettings;
  /** The office's own settings in the batch file; they win over everything. */
  own: { pattern?: string; templatesDir?: string; fonts?: FontChoices; previous?: string };
}

export interface ExpandedInputs {
  jobs: OfficeJob[];
  /**
   * The inputs name one office on its own: one file, or one folder marked by
   * office.yaml (or one input that is missing: the attempt was at one office).
   * Such an office is built alone; anything else — several inputs, a glob, a
   * batch file, a folder of offices — is a batch.
   */
  alone: boolean;
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
  /** Told the count of offices found so far, after each: a batch starts its workers while the rest are found (src/batch/crew.ts). */
  found?: (count: number) => void;
}

const DEFAULT_IGNORE = ['**/node_modules/**', '**/dist/**'];

type JobSettings = Pick<OfficeJob, 'batchFile' | 'shared' | 'own'>;
const NO_SETTINGS: JobSettings = { shared: {}, own: {} };

export async function expandInputs(inputs: readonly string[], opts: ExpandOptions): Promise<ExpandedInputs> {
  const expansion = new Expansion(inputs.length, opts);
  for (const given of inputs) {
    if (isDynamicPattern(given)) await expansion.addGlob(given);
    else await expansion.addNamed(given);
  }
  return expansion.out;
}

/** One expansion: what it has found so far, and how each kind of input adds to it. */
class Expansion {
  readonly out: ExpandedInputs = { jobs: [], alone: false, settings: {}, diagnostics: [] };
  private readonly cwd: string;
  private readonly ignore: string[];
  /** --ignore globs are relative to cwd, as the user typed them; matched, not walked. */
  private readonly isIgnored: (file: string) => boolean;
  /** Offices by real path → how the first naming spelt it. */
  private readonly seen = new Map<string, string>();
  private firstBatch = true;

  constructor(
    private readonly count: number,
    private readonly opts: ExpandOptions,
  ) {
    this.cwd = path.resolve(opts.cwd);
    this.ignore = [...DEFAULT_IGNORE, ...(opts.ignore ?? [])];
    this.isIgnored = picomatch(this.ignore, { dot: true });
  }

  private scope(root: string) {
    return { root, ...(this.opts.allowOutside && { allowOutside: true }) };
  }

  /** `named`: the office as the user spelt it (an input, a folder's entry, a glob's match), for messages that quote it. */
  private async addOffice(abs: string, kind: 'file' | 'folder', root: string, job: JobSettings, named = abs): Promise<void> {
    const real = await realpath(abs).catch(() => abs);
    const other = this.seen.get(real);
    if (other !== undefined) {
      this.out.diagnostics.push(diagnostic('BATCH_DUPLICATE_INPUT', { other }, wholeFile(abs)));
      return;
    }
    this.seen.set(real, named);
    let files = [abs];
    if (kind === 'folder') {
      // An office's own folder follows the rule of a folder of offices: what may not be read is named, the rest is built.
      const listed = await listOfficeFiles(abs, named === abs ? abs : named, this.scope(root));
      this.out.diagnostics.push(...listed.diagnostics);
      if (listed.files.length === 0) {
        if (listed.diagnostics.length === 0) this.out.diagnostics.push(diagnostic('NO_YAML_FILES', { input: named }, wholeFile(abs)));
        return;
      }
      files = listed.files;
    }
    this.out.jobs.push({ input: abs, files, root, ...job });
    this.opts.found?.(this.out.jobs.length);
  }

  /** A record file stands for its folder's office when that folder is marked by office.yaml. */
  private async addFileOffice(abs: string, root: string, job: JobSettings, named: string): Promise<void> {
    const dir = path.dirname(abs);
    if (await isOfficeFolder(dir)) return this.addOffice(dir, 'folder', root, job);
    return this.addOffice(abs, 'file', root, job, named);
  }

  /** An input the user named: read as named (the reader refuses what is not a regular file). */
  async addNamed(given: string): Promise<void> {
    const abs = path.resolve(this.cwd, given);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      this.out.alone = this.count === 1;
      // A link to itself is not “not found” (repro 37).
      const loop = readProblem(err).cause === 'linkLoop';
      const at = wholeFile(given);
      this.out.diagnostics.push(loop ? diagnostic('INPUT_NOT_A_FILE', { input: given, kind: 'linkLoop' }, at) : diagnostic('FILE_NOT_FOUND', { input: given }, at));
      return;
    }
    if (info.isDirectory()) return this.addFolder(abs, given);
    if (isBatchFileName(abs)) return this.addBatchFile(abs);
    this.out.alone = this.count === 1;
    return this.addFileOffice(abs, dataRoot(this.cwd, path.dirname(abs)), NO_SETTINGS, given);
  }

  private async addFolder(abs: string, given: string): Promise<void> {
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.name === BATCH_FILE_NAME)) return this.addBatchFile(path.join(abs, BATCH_FILE_NAME));
    const root = dataRoot(this.cwd, abs);
    if (await isOfficeFolder(abs)) {
      this.out.alone = this.count === 1;
      return this.addOffice(abs, 'folder', root, NO_SETTINGS, given);
    }
    const before = this.out.jobs.length + this.out.diagnostics.length;
    // In the order people count (青石2镇 before 青石10镇): the order of the batch's table and check's.
    for (const e of [...entries].sort((a, b) => naturalCompare(a.name, b.name))) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(abs, e.name);
      if (this.isIgnored(path.relative(this.cwd, full).split(path.sep).join('/'))) continue;
      if (e.isDirectory() && !isRecordFileName(e.name)) {
        if (await isOfficeFolder(full)) await this.addOffice(full, 'folder', root, NO_SETTINGS);
        continue;
      }
      if (!isRecordFileName(e.name) || isBatchFileName(e.name)) continue;
      await this.addFound(full, path.join(given, e.name), root);
    }
    if (this.out.jobs.length + this.out.diagnostics.length === before) this.out.diagnostics.push(diagnostic('NO_YAML_FILES', { input: given }, wholeFile(given)));
  }

  async addGlob(given: string): Promise<void> {
    // Matches come back spelt like the pattern (relative to cwd); each is resolved for reading.
    const found = await glob([given], { cwd: this.cwd, ignore: this.ignore, absolute: false, onlyFiles: false, dot: false, followSymbolicLinks: false });
    // A folder comes back with a trailing slash; a folder named x.yaml is still named as an error, not skipped.
    const files = found
      .map((f) => f.replace(/[\\/]$/, ''))
      .filter((f) => isRecordFileName(f) && !isBatchFileName(f))
      .map((f) => ({ abs: path.resolve(this.cwd, f), named: f }))
      .sort((a, b) => naturalCompare(a.abs, b.abs));
    if (files.length === 0) this.out.diagnostics.push(diagnostic('FILE_NOT_FOUND', { input: given }, wholeFile(given)));
    for (const f of files) await this.addFound(f.abs, f.named, this.cwd);
  }

  /** A record-named entry found in a folder or a glob: an office file, or an error that names it. */
  private async addFound(abs: string, named: string, root: string): Promise<void> {
    const entry = await lookAt(abs, this.scope(root));
    const problem = entryProblem(entry, abs, named, root);
    if (problem) this.out.diagnostics.push(problem);
    else await this.addFileOffice(abs, root, NO_SETTINGS, named);
  }

  private async addBatchFile(abs: string): Promise<void> {
    const loaded = await loadBatchFile(abs);
    this.out.diagnostics.push(...loaded.diagnostics);
    if (!loaded.value) return;
    const { data } = loaded.value;
    const dir = path.dirname(abs);
    const at = (p: string | undefined) => (p === undefined ? undefined : path.resolve(dir, p));
    const shared: BatchSettings = strip({
      year: data.year,
      county: data.county,
      superior: data.superior,
      outDir: at(data.output) ?? path.join(dir, '输出'),
      pattern: data.fileName,
      format: data.format,
      templatesDir: at(data.templates),
      fonts: data.fonts,
      rollup: data.rollup,
    });
    if (this.firstBatch) {
      this.out.settings = shared;
      this.firstBatch = false;
    }
    // A templates folder named by the data is data: under the batch file's folder like the offices (repro 30).
    // Refused, no office of the batch is built with other templates in its place.
    if (shared.templatesDir !== undefined && !(await this.staysIn(shared.templatesDir, dir))) return;
    for (const entry of data.offices) await this.addBatchEntry(typeof entry === 'string' ? { path: entry } : entry, abs, shared);
  }

  /** One office a batch file lists: everything it names stays under the batch file's folder (unless allowOutside). */
  private async addBatchEntry(e: BatchOfficeObject, batchFile: string, shared: BatchSettings): Promise<void> {
    const dir = path.dirname(batchFile);
    const officeAbs = path.resolve(dir, e.path);
    const info = await stat(officeAbs).catch(() => undefined);
    if (!info) {
      this.out.diagnostics.push(diagnostic('FILE_NOT_FOUND', { input: e.path }, wholeFile(batchFile)));
      return;
    }
    const previous = e.previous !== undefined ? path.resolve(dir, e.previous) : undefined;
    if (!(await this.staysIn(officeAbs, dir))) return;
    if (previous !== undefined && !(await this.staysIn(previous, dir))) return;
    const templatesDir = e.templates !== undefined ? path.resolve(dir, e.templates) : undefined;
    if (templatesDir !== undefined && !(await this.staysIn(templatesDir, dir))) return;
    const own = strip({
      pattern: e.fileName,
      templatesDir,
      fonts: e.fonts,
      previous,
    });
    const job: JobSettings = { batchFile, shared, own };
    if (info.isDirectory()) await this.addOffice(officeAbs, 'folder', dir, job);
    else await this.addFileOffice(officeAbs, dir, job, officeAbs);
  }

  /** Whether a path a batch file names stays under its folder, followed through links; says so when it does not. */
  private async staysIn(abs: string, root: string): Promise<boolean> {
    if (this.opts.allowOutside) return true;
    const real = await realpath(abs).catch(() => undefined);
    if (real === undefined) return true; // not there: the reader says so
    const rootReal = await realpath(root).catch(() => root);
    if (isWithin(rootReal, real)) return true;
    this.out.diagnostics.push(diagnostic('INPUT_OUTSIDE', { input: abs, target: real, root: rootReal }, wholeFile(abs)));
    return false;
  }
}

const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
