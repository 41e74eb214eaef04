/**
 * Turn what the user named (files, folders, globs, batch files) into one job
 * per office. The rules, also in docs/batch.md:
 *
 * - a `.yaml`/`.yml` file is one office;
 * - a file named `*.batch.yaml` is a batch file: its `offices` are the jobs,
 *   and its shared settings go with each of them;
 * - a folder holding `summary.batch.yaml` is that batch file;
 * - any other folder is a folder of offices: each YAML file directly in it is
 *   one office, and each subfolder that directly holds YAML files is one
 *   office (its files together); hidden entries and node_modules are skipped;
 * - a glob (`offices/*.yaml`) is expanded, then each match is read as above.
 *
 * An office named twice (same real path) is built once.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
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

const YAML = /\.ya?ml$/i;
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';

export async function expandInputs(inputs: readonly string[], opts: { cwd?: string } = {}): Promise<ExpandedInputs> {
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

  const addFolder = async (abs: string) => {
    const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.isFile() && e.name === BATCH_FILE_NAME)) return addBatchFile(path.join(abs, BATCH_FILE_NAME));
    let found = 0;
    for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
      if (skipped(e.name)) continue;
      const child = path.join(abs, e.name);
      if (e.isFile() && YAML.test(e.name) && !isBatchFileName(e.name)) {
        addOffice(child, { shared: {}, own: {} });
        found++;
      } else if (e.isDirectory() && (await holdsYaml(child))) {
        addOffice(child, { shared: {}, own: {} });
        found++;
      }
    }
    if (found === 0) out.diagnostics.push(batchDiagnostic('BATCH_NO_INPUT', { input: display(abs) }, wholeFile(display(abs))));
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
      addOffice(abs, { shared: {}, own: {} });
    }
  };

  for (const given of inputs) {
    if (isDynamicPattern(given)) {
      const matches = await glob(given, { cwd, absolute: true, onlyFiles: false });
      const picked = matches.filter((m) => YAML.test(m) || m.endsWith('/')).sort();
      if (picked.length === 0) out.diagnostics.push(batchDiagnostic('BATCH_NO_INPUT', { input: given }, wholeFile(given)));
      for (const m of picked) await addPath(path.normalize(m.replace(/\/$/, '')), given);
    } else {
      await addPath(path.resolve(cwd, given), given);
    }
  }
  return out;
}

async function holdsYaml(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.some((e) => e.isFile() && !skipped(e.name) && YAML.test(e.name));
}

/**
 * Whether these inputs mean a batch rather than one office: for the CLI's
 * `build`, where one folder can be one office (its records split into files)
 * or a folder of offices. A folder is a batch when it holds a batch file, a
 * subfolder of YAML files, or two or more files that each begin an office
 * (a top-level `office:` key).
 */
export async function looksLikeBatch(inputs: readonly string[], opts: { cwd?: string } = {}): Promise<boolean> {
  if (inputs.length !== 1) return inputs.length > 1;
  const given = inputs[0] as string;
  if (isDynamicPattern(given) || isBatchFileName(given)) return true;
  const abs = path.resolve(opts.cwd ?? process.cwd(), given);
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isDirectory()) return false;
  const entries = await readdir(abs, { withFileTypes: true }).catch(() => []);
  if (entries.some((e) => e.isFile() && e.name === BATCH_FILE_NAME)) return true;
  let officeFiles = 0;
  for (const e of entries) {
    if (skipped(e.name)) continue;
    const child = path.join(abs, e.name);
    if (e.isDirectory() && (await holdsYaml(child))) return true;
    if (e.isFile() && YAML.test(e.name) && (await beginsOffice(child))) officeFiles++;
  }
  return officeFiles >= 2;
}

/** A top-level `office:` key, found by a line scan: no YAML is composed here. */
async function beginsOffice(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return /^\uFEFF?office\s*:/m.test(text.slice(0, 256 * 1024));
}

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
