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
import { diagnostic } from '../diagnostics/catalogue.js';
import { parseYaml } from './parse-yaml.js';
import { isLedgerFile, loadLedger } from '../ledger/load-ledger.js';
import type { LedgerLocator } from '../ledger/ledger-locator.js';
import { Locator, locateIn, type DataPath, type PathLocator, type SourceDoc, type Target } from './positions.js';
import { readSource, type ReadOptions } from './read-source.js';

export interface LoadOptions extends ReadOptions {
  /** Folder that file names in diagnostics are relative to (default: process.cwd()). */
  cwd?: string;
}

export interface LoadedYear {
  /** The input as shown to the user (a file or a folder). */
  file: string;
  /** The YAML files read, as shown to the user. */
  files: string[];
  /** The files merged at the top level, not yet validated; undefined when reading or parsing failed. */
  raw: Record<string, unknown> | undefined;
  diagnostics: Diagnostic[];
  /** Decoded text of each file, by shown name, for code frames. */
  sources: Map<string, string>;
  /** Resolves data paths to file:line:col (or a ledger's sheet!cell); the rules use it to point at nodes. */
  locator: PathLocator;
}

export const YAML_EXTENSIONS = ['.yaml', '.yml'];
export const isYamlFile = (name: string): boolean => YAML_EXTENSIONS.includes(path.extname(name).toLowerCase());


export async function loadYear(input: string, opts: LoadOptions = {}): Promise<LoadedYear> {
  const cwd = opts.cwd ?? process.cwd();
  const abs = path.resolve(cwd, input);
  const shown = displayName(abs, cwd, input);
  const files = await filesOf(abs);
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const docs: SourceDoc[] = [];
  const parts: Part[] = [];

  if (files === 'missing') {
    diagnostics.push(diagnostic('FILE_NOT_FOUND', { input }, { file: shown, line: 0, column: 0 }));
  } else if (files.length === 0) {
    diagnostics.push(diagnostic('NO_YAML_IN_FOLDER', { folder: shown }, { file: shown, line: 0, column: 0 }));
  }
  const fileList = files === 'missing' ? [] : files;
  const shownFiles = fileList.map((f) => displayName(f, cwd, f));

  for (let i = 0; i < fileList.length; i++) {
    const name = shownFiles[i]!;
    if (isLedgerFile(fileList[i]!)) {
      // A ledger workbook is the same year in another shape: it joins the merge like a YAML file.
      const ledger = await loadLedger(fileList[i]!, name);
      appendAll(diagnostics, ledger.diagnostics);
      if (ledger.raw) parts.push({ ledger: ledger.locator, data: ledger.raw });
      continue;
    }
    const read = await readSource(fileList[i]!, name, opts);
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

  const merged = mergeTopLevel(parts, diagnostics);
  const locator = new MergedLocator(new Locator(docs), parts);
  return { file: shown, files: shownFiles, raw: hasErrors(diagnostics) ? undefined : merged, diagnostics, sources, locator };
}

/** One file's data: a YAML document, or a ledger workbook with its own locator. */
type Part = { src: SourceDoc; data: Record<string, unknown> } | { ledger: LedgerLocator; data: Record<string, unknown> };

const partLocate = (part: Part, path: DataPath, target: Target = 'value') => ('src' in part ? locateIn(part.src, path, target) : part.ledger.locate(path, target));
const placeName = (part: Part, key: string): string => {
  const at = partLocate(part, [key], 'key');
  return at.cell !== undefined ? `${at.file} ${at.sheet}!${at.cell}` : `${at.file}:${at.line}`;
};

/** Merge files at the top level; a key given twice is an error naming both places. */
function mergeTopLevel(parts: Part[], out: Diagnostic[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const seen = new Map<string, Part>();
  for (const part of parts) {
    for (const key of Object.keys(part.data)) {
      const first = seen.get(key);
      if (first) {
        out.push(diagnostic('KEY_IN_TWO_FILES', { key, other: placeName(first, key) }, partLocate(part, [key], 'key')));
        continue;
      }
      seen.set(key, part);
      merged[key] = part.data[key];
    }
  }
  return merged;
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

async function filesOf(abs: string): Promise<string[] | 'missing'> {
  try {
    const info = await stat(abs);
    if (!info.isDirectory()) return [abs];
    const entries = await readdir(abs, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && (isYamlFile(e.name) || isLedgerFile(e.name)))
      .map((e) => path.join(abs, e.name))
      .sort(byName);
  } catch {
    return 'missing';
  }
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Names relative to cwd when inside it, so diagnostics read like `examples/x.yaml:3:1`. */
export function displayName(abs: string, cwd: string, fallback: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return fallback;
  return rel.split(path.sep).join('/');
}
