/**
 * Load one office's year: a .yaml/.yml file, or a folder whose YAML files are
 * merged at the top level (office.yaml, meetings.yaml, …). Reads each file
 * once, decodes and parses it with positions; never throws for user input.
 * What the data means is the next stage's (src/validate/validate-year.ts).
 */
import { appendAll } from '../util/append-all.js';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/create.js';
import { parseYaml } from './parse-yaml.js';
import { isLedgerFile, loadLedger } from '../ledger/load-ledger.js';
import type { LedgerLocator } from '../ledger/ledger-locator.js';
import { Locator, locateIn, type DataPath, type PathLocator, type SourceDoc, type Target } from './positions.js';
import { readSource, type ReadOptions } from './read-source.js';
import { ok, type Always, type Result } from '../result.js';

export type LoadOptions = ReadOptions;

/** An office's files as read: always present, even when reading or parsing failed, so code frames can still be shown. */
export interface LoadedYear {
  /** The input as the caller gave it (a file or a folder). */
  file: string;
  /** The YAML files read: the input itself, or the folder's files joined to the input as given. */
  files: string[];
  /** The files merged at the top level, not yet validated; undefined when reading or parsing failed. */
  raw: Record<string, unknown> | undefined;
  /** Decoded text of each file, by its name in `files`, for code frames. */
  sources: Map<string, string>;
  /** Resolves data paths to file:line:col (or a ledger's sheet!cell); the rules use it to point at nodes. */
  locator: PathLocator;
}

export const YAML_EXTENSIONS = ['.yaml', '.yml'];
export const isYamlFile = (name: string): boolean => YAML_EXTENSIONS.includes(path.extname(name).toLowerCase());

/** `input` is read as given (relative to the process's folder when relative); diagnostics name files the same way. */
export async function loadYear(input: string, opts: LoadOptions = {}): Promise<Always<LoadedYear>> {
  const files = await filesOf(input);
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const docs: SourceDoc[] = [];
  const parts: Part[] = [];

  if (files === 'missing') {
    diagnostics.push(diagnostic('FILE_NOT_FOUND', { input }, { file: input, line: 0, column: 0 }));
  } else if (files.length === 0) {
    diagnostics.push(diagnostic('NO_YAML_FILES', { input }, { file: input, line: 0, column: 0 }));
  }
  const fileList = files === 'missing' ? [] : files;

  for (const name of fileList) {
    if (isLedgerFile(name)) {
      // A ledger workbook is the same year in another shape: it joins the merge like a YAML file.
      const ledger = await loadLedger(name);
      appendAll(diagnostics, ledger.diagnostics);
      if (ledger.value) parts.push({ ledger: ledger.value.locator, data: ledger.value.raw });
      continue;
    }
    const read = await readSource(name, name, opts);
    appendAll(diagnostics, read.diagnostics);
    if (read.value === undefined) continue;
    sources.set(name, read.value);
    const parsed = parseYaml(read.value, name);
    appendAll(diagnostics, parsed.diagnostics);
    if (parsed.source) docs.push(parsed.source);
    if (hasErrors(parsed.diagnostics) || !parsed.source) continue;
    const value = parsed.value;
    if (value === null || value === undefined) {
      diagnostics.push(diagnostic('EMPTY_FILE', {}, { file: name, line: 1, column: 1 }));
    } else if (typeof value !== 'object' || Array.isArray(value)) {
      diagnostics.push(diagnostic('NOT_A_MAPPING', {}, locateIn(parsed.source, [])));
    } else {
      parts.push({ src: parsed.source, data: value as Record<string, unknown> });
    }
  }

  const merged = mergeTopLevel(parts);
  appendAll(diagnostics, merged.diagnostics);
  const raw = hasErrors(diagnostics) ? undefined : merged.value;
  return { value: { file: input, files: fileList, raw, sources, locator: new MergedLocator(new Locator(docs), parts) }, diagnostics };
}

/** One file's data: a YAML document, or a ledger workbook with its own locator. */
type Part = { src: SourceDoc; data: Record<string, unknown> } | { ledger: LedgerLocator; data: Record<string, unknown> };

const partLocate = (part: Part, path: DataPath, target: Target = 'value') => ('src' in part ? locateIn(part.src, path, target) : part.ledger.locate(path, target));
/** The other place of a key given twice, by its name in the same folder: `a.yaml:3`, or `台账.xlsx 单位!B2`. */
const placeName = (part: Part, key: string): string => {
  const at = partLocate(part, [key], 'key');
  const name = path.basename(at.file);
  return at.cell !== undefined ? `${name} ${at.sheet}!${at.cell}` : `${name}:${at.line}`;
};

/** Merge files at the top level; a key given twice is an error naming both places (the other by its name in the same folder). */
function mergeTopLevel(parts: Part[]): Result<Record<string, unknown>> {
  const merged: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, Part>();
  for (const part of parts) {
    for (const key of Object.keys(part.data)) {
      const first = seen.get(key);
      if (first) {
        diagnostics.push(diagnostic('KEY_IN_TWO_FILES', { key, other: placeName(first, key) }, partLocate(part, [key], 'key')));
        continue;
      }
      seen.set(key, part);
      merged[key] = part.data[key];
    }
  }
  return ok(merged, diagnostics);
}

/** Paths under a top-level key that came from a ledger are located in it; the rest in the YAML files. */
class MergedLocator implements PathLocator {
  private readonly ledgerKeys = new Map<string, LedgerLocator>();
  private readonly onlyLedger: LedgerLocator | undefined;

  constructor(
    private readonly yaml: Locator,
    parts: Part[],
  ) {
    for (const part of parts) {
      if (!('ledger' in part)) continue;
      for (const key of Object.keys(part.data)) if (!this.ledgerKeys.has(key)) this.ledgerKeys.set(key, part.ledger);
    }
    const ledgers = parts.filter((p): p is Extract<Part, { ledger: LedgerLocator }> => 'ledger' in p);
    this.onlyLedger = yaml.sources.length === 0 ? ledgers[0]?.ledger : undefined;
  }

  private ledgerOf(path: DataPath): LedgerLocator | undefined {
    const top = path[0];
    return (top !== undefined ? this.ledgerKeys.get(String(top)) : undefined) ?? this.onlyLedger;
  }

  locate(path: DataPath, target: Target = 'value') {
    const ledger = this.ledgerOf(path);
    return ledger ? ledger.locate(path, target) : this.yaml.locate(path, target);
  }

  cellOf(path: DataPath) {
    return this.ledgerOf(path)?.cellOf(path);
  }
}

async function filesOf(input: string): Promise<string[] | 'missing'> {
  try {
    const info = await stat(input);
    if (!info.isDirectory()) return [input];
    const entries = await readdir(input, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && (isYamlFile(e.name) || isLedgerFile(e.name)))
      .map((e) => path.join(input, e.name))
      .sort(byName);
  } catch {
    return 'missing';
  }
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
