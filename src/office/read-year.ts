/**
 * Read one office's year: a record file, or an office's folder whose files
 * are merged at the top level (office.yaml, meetings.yaml, 台账.xlsx …). The
 * files come from the one folder listing (src/load/office-files.ts); each is
 * read once by its reader — YAML (src/load) or a ledger workbook (src/ledger)
 * — and the parts merged (src/load/load-year.ts). It lives here, above both
 * readers, so that neither reader depends on the other.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import { readProblem } from '../diagnostics/read-problem.js';
import { isLedgerFile, loadLedger } from '../ledger/load-ledger.js';
import { assembleYear, readYamlPart, type LoadedYear, type LoadOptions, type Part, type ReadParts } from '../load/load-year.js';
import { dataRoot, listOfficeFiles, type OfficeFiles } from '../load/office-files.js';
import type { Always } from '../result.js';

export interface ReadYearOptions extends LoadOptions {
  /** The office's record files, when the caller has listed them (src/inputs/expand.ts): nothing is looked at again. */
  files?: string[];
  /** The data folder links in an office's folder must stay in; default the process's folder, or the office's folder when outside it. */
  root?: string;
  /** Follow links out of the data folder. */
  allowOutside?: boolean;
}

/** `input` is read as given (relative to the process's folder when relative); diagnostics name files the same way. */
export async function loadYear(input: string, opts: ReadYearOptions = {}): Promise<Always<LoadedYear>> {
  const listed = await filesOf(input, opts);
  const read: ReadParts = { docs: [], parts: [], sources: new Map(), diagnostics: listed.diagnostics };
  const defaults: Extract<Part, { locator: unknown }>[] = [];
  for (const name of listed.files) {
    if (isLedgerFile(name)) {
      // A ledger workbook is the same year in another shape: it joins the merge like a YAML file.
      const ledger = await loadLedger(name);
      read.diagnostics.push(...ledger.diagnostics);
      if (ledger.value) {
        read.parts.push({ locator: ledger.value.locator, data: ledger.value.raw });
        defaults.push({ locator: ledger.value.locator, data: ledger.value.defaults });
      }
      continue;
    }
    const yaml = await readYamlPart(name, opts);
    read.diagnostics.push(...yaml.diagnostics);
    if (yaml.text !== undefined) read.sources.set(name, yaml.text);
    if (yaml.source) read.docs.push(yaml.source);
    if (yaml.part) read.parts.push(yaml.part);
  }
  // A ledger's blank required lists count only where no file of the office gives that part of the year.
  for (const d of defaults) {
    const unclaimed = Object.entries(d.data).filter(([key]) => !read.parts.some((p) => key in p.data));
    if (unclaimed.length > 0) read.parts.push({ locator: d.locator, data: Object.fromEntries(unclaimed) });
  }
  return { value: assembleYear(input, listed.files, read), diagnostics: read.diagnostics };
}

/** The files of an office: the input itself, or its folder's record files; a missing input or an empty folder is said. */
async function filesOf(input: string, opts: ReadYearOptions): Promise<OfficeFiles> {
  if (opts.files) return { files: opts.files, diagnostics: [] };
  let folder: boolean;
  try {
    folder = (await stat(input)).isDirectory();
  } catch (err) {
    const problem = readProblem(err);
    if (problem.cause === 'missing' || problem.cause === 'notDirOnPath') return { files: [], diagnostics: [diagnostic('FILE_NOT_FOUND', { input }, wholeFile(input))] };
    // A link to itself is not “not found” (repro 37); nor is a file one may not look at.
    return { files: [], diagnostics: [diagnostic('FILE_UNREADABLE', problem, wholeFile(input))] };
  }
  if (!folder) return { files: [input], diagnostics: [] };
  const root = opts.root ?? dataRoot(process.cwd(), path.resolve(input));
  const listed = await listOfficeFiles(input, input, { root, ...(opts.allowOutside && { allowOutside: true }) });
  if (listed.files.length === 0 && listed.diagnostics.length === 0) listed.diagnostics.push(diagnostic('NO_YAML_FILES', { input }, wholeFile(input)));
  return listed;
}
