/**
 * Turn what the user named (files, folders, globs, batch files) into one job
 * per office. The rules, also in docs/batch.md:
 *
 * - a `.yaml`/`.yml` file is one office;
 * - a file named `*.batch.yaml` is a batch file: its `offices` are the jobs,
 *   and its shared settings go with each of them;
 * - a folder holding `summary.batch.yaml` is that batch file;
 * - any other folder, and any glob, follow the rule of `summary check`
 *   (src/check/expand-inputs.ts): each YAML file directly in the folder is one
 *   office, each subfolder holding an `office.yaml` is one office (its files
 *   merged), other subfolders are not entered.
 *
 * An office named twice (same real path) is built once.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { expandInputs as expandOffices, isOfficeFolder, officeOf } from '../check/expand-inputs.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { BuildOptions, OutputFormat } from '../build/types.js';
import { BATCH_FILE_NAME, isBatchFileName, loadBatchFile } from './batch-file.js';
import { batchDiagnostic, wholeFile } from './batch-diagnostics.js';

export type Fonts = NonNullable<BuildOptions['fonts']>;

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
  /** The office's file or folder as the user sees it (relative to cwd where possible). */
  input: string;
  /** The same, absolute. */
  path: string;
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
  diagnostics: Diagnostic[];
}


export async function expandInputs(inputs: readonly string[], opts: { cwd?: string; ignore?: string[] } = {}): Promise<ExpandedInputs> {
  const cwd = opts.cwd ?? process.cwd();
  const display = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  };
  const out: ExpandedInputs = { jobs: [], settings: {}, diagnostics: [] };
  const seen = new Map<string, string>();
  let firstBatch = true;

  const addOffice = (abs: string, job: Omit<OfficeJob, 'input' | 'path'>) => {
    const input = display(abs);
    const other = seen.get(abs);
    if (other !== undefined) {
      out.diagnostics.push(batchDiagnostic('BATCH_DUPLICATE_INPUT', { other }, wholeFile(input)));
      return;
    }
    seen.set(abs, input);
    out.jobs.push({ input, path: abs, ...job });
  };

  const addBatchFile = async (abs: string) => {
    const file = display(abs);
    const loaded = await loadBatchFile(abs, file);
    out.diagnostics.push(...loaded.diagnostics);
    if (!loaded.value) return;
    const { data } = loaded.value;
    const dir = path.dirname(abs);
    const at = (p: string | undefined) => (p === undefined ? undefined : path.resolve(dir, p));
    const shared: BatchSettings = strip({
      year: data.year,
      county: data.county,
      superior: data.superior,
      outDir: display(at(data.output) ?? path.join(dir, '输出')),
      pattern: data.fileName,
      format: data.format,
      templatesDir: data.templates === undefined ? undefined : display(at(data.templates) as string),
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
        out.diagnostics.push(diagnostic('FILE_NOT_FOUND', { input: display(officeAbs) }, wholeFile(file)));
        continue;
      }
      const own = strip({
        pattern: 'fileName' in e ? e.fileName : undefined,
        templatesDir: 'templates' in e && e.templates !== undefined ? display(path.resolve(dir, e.templates)) : undefined,
        fonts: 'fonts' in e ? e.fonts : undefined,
        previous: 'previous' in e && e.previous !== undefined ? display(path.resolve(dir, e.previous)) : undefined,
      });
      addOffice(officeAbs, { batchFile: file, shared, own });
    }
  };

  // Folders and globs follow the one rule `check` uses (src/check/expand-inputs.ts),
  // so check and build always agree on what an office is.
  const addExpanded = async (given: string) => {
    const expanded = await expandOffices([given], { cwd, ignore: opts.ignore });
    out.diagnostics.push(...expanded.diagnostics);
    for (const office of expanded.offices) addOffice(office, { shared: {}, own: {} });
    if (expanded.offices.length === 0 && expanded.diagnostics.length === 0) {
      out.diagnostics.push(batchDiagnostic('BATCH_NO_INPUT', { input: given }, wholeFile(given)));
    }
  };

  const addFolder = async (abs: string) => {
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.isFile() && e.name === BATCH_FILE_NAME)) return addBatchFile(path.join(abs, BATCH_FILE_NAME));
    await addExpanded(abs);
  };

  const addPath = async (abs: string, given: string) => {
    const info = await stat(abs).catch(() => undefined);
    if (!info) {
      out.diagnostics.push(diagnostic('FILE_NOT_FOUND', { input: given }, wholeFile(given)));
    } else if (info.isDirectory()) {
      await addFolder(abs);
    } else if (isBatchFileName(abs)) {
      await addBatchFile(abs);
    } else {
      // A file of an office.yaml folder stands for that folder's whole office.
      addOffice(await officeOf(abs), { shared: {}, own: {} });
    }
  };

  for (const given of inputs) {
    if (isDynamicPattern(given)) await addExpanded(given);
    else await addPath(path.resolve(cwd, given), given);
  }
  return out;
}

/**
 * Whether these inputs mean a batch rather than one office: several inputs, a
 * glob, a batch file, or a folder that is not itself one office (a folder of
 * offices). One file, or one folder marked by office.yaml, is built alone.
 */
export async function looksLikeBatch(inputs: readonly string[], opts: { cwd?: string } = {}): Promise<boolean> {
  if (inputs.length !== 1) return inputs.length > 1;
  const given = inputs[0] as string;
  if (isDynamicPattern(given) || isBatchFileName(given)) return true;
  const abs = path.resolve(opts.cwd ?? process.cwd(), given);
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isDirectory()) return false;
  return !(await isOfficeFolder(abs));
}

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
