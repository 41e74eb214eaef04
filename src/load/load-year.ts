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
import { Locator, locateIn, type SourceDoc } from './positions.js';
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
  /** Resolves data paths to file:line:col; the rules use it to point at nodes. */
  locator: Locator;
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
  const parts: { src: SourceDoc; data: Record<string, unknown> }[] = [];

  if (files === 'missing') {
    diagnostics.push(diagnostic('FILE_NOT_FOUND', { input }, { file: shown, line: 0, column: 0 }));
  } else if (files.length === 0) {
    diagnostics.push(diagnostic('NO_YAML_FILES', { input: shown }, { file: shown, line: 0, column: 0 }));
  }
  const fileList = files === 'missing' ? [] : files;
  const shownFiles = fileList.map((f) => displayName(f, cwd, f));

  for (let i = 0; i < fileList.length; i++) {
    const name = shownFiles[i]!;
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

  const locator = new Locator(docs);
  const merged = mergeTopLevel(parts, diagnostics);
  return { file: shown, files: shownFiles, raw: hasErrors(diagnostics) ? undefined : merged, diagnostics, sources, locator };
}

/** Merge files at the top level; a key given twice is an error naming both places. */
function mergeTopLevel(parts: { src: SourceDoc; data: Record<string, unknown> }[], out: Diagnostic[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const seen = new Map<string, SourceDoc>();
  for (const { src, data } of parts) {
    for (const key of Object.keys(data)) {
      const first = seen.get(key);
      if (first) {
        const firstAt = locateIn(first, [key], 'key');
        out.push(diagnostic('KEY_IN_TWO_FILES', { key, other: `${first.file}:${firstAt.line}` }, locateIn(src, [key], 'key')));
        continue;
      }
      seen.set(key, src);
      merged[key] = data[key];
    }
  }
  return merged;
}

async function filesOf(abs: string): Promise<string[] | 'missing'> {
  try {
    const info = await stat(abs);
    if (!info.isDirectory()) return [abs];
    const entries = await readdir(abs, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && isYamlFile(e.name))
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
