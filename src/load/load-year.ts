/**
 * An office's year as read, before it means anything: each YAML file read
 * once, decoded and parsed with positions, and the office's parts (YAML
 * documents, and ledger workbooks read by src/ledger) merged at the top level
 * with one locator over them all. Which reader reads which file, and which
 * files an office has, is src/office/read-year.ts's (it sits above both
 * readers); what the data means is the next stage's (src/validate/validate-year.ts).
 * Never throws for user input.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/create.js';
import { parseYaml } from './parse-yaml.js';
import { Locator, locateIn, type DataPath, type PathLocator, type SourceDoc, type Target } from './positions.js';
import { MAX_FILE_BYTES, readSource, type ReadOptions } from './read-source.js';
import { ok, type Result } from '../result.js';

export type LoadOptions = ReadOptions;

/** An office's files as read: always present, even when reading or parsing failed, so code frames can still be shown. */
export interface LoadedYear {
  /** The input as the caller gave it (a file or a folder). */
  file: string;
  /** The record files read: the input itself, or the folder's files joined to the input as given. */
  files: string[];
  /** The files merged at the top level, not yet validated; undefined when reading or parsing failed. */
  raw: Record<string, unknown> | undefined;
  /** Decoded text of each YAML file, by its name in `files`, for code frames. */
  sources: Map<string, string>;
  /** Resolves data paths to file:line:col (or a ledger's sheet!cell); the rules use it to point at nodes. */
  locator: PathLocator;
}

/** One file's data: a YAML document, or a part with its own locator (a ledger workbook). */
export type Part = { src: SourceDoc; data: Record<string, unknown> } | { locator: PathLocator; data: Record<string, unknown> };

/** A YAML file read for an office: its text for code frames, its document, and its data when it is a mapping. */
export interface YamlRead {
  diagnostics: Diagnostic[];
  text?: string;
  source?: SourceDoc;
  part?: Part;
}

/** Read, decode and parse one YAML file of an office; `name` is read as given and names it in diagnostics. */
export async function readYamlPart(name: string, opts: LoadOptions = {}): Promise<YamlRead> {
  const read = await readSource(name, name, opts);
  const out: YamlRead = { diagnostics: [...read.diagnostics] };
  if (read.value === undefined) return out;
  out.text = read.value;
  const parsed = parseYaml(read.value, name);
  out.diagnostics.push(...parsed.diagnostics);
  if (parsed.source) out.source = parsed.source;
  if (hasErrors(parsed.diagnostics) || !parsed.source) return out;
  const value = parsed.value;
  if (value === null || value === undefined) {
    out.diagnostics.push(diagnostic('EMPTY_FILE', {}, { file: name, line: 1, column: 1 }));
  } else if (typeof value !== 'object' || Array.isArray(value)) {
    out.diagnostics.push(diagnostic('NOT_A_MAPPING', {}, locateIn(parsed.source, [])));
  } else {
    out.part = { src: parsed.source, data: value as Record<string, unknown> };
  }
  return out;
}

/** What an office's files gave, read one by one: every parsed YAML document (a broken one too, for positions), the usable parts. */
export interface ReadParts {
  docs: SourceDoc[];
  parts: Part[];
  /** Decoded text of each YAML file, by name. */
  sources: Map<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * Characters of text (keys and values) a year may hold over all its files: a
 * single YAML file holds at most its size in characters (MAX_FILE_BYTES), and
 * an office of many files, a ledger (whose shared strings repeat one text at
 * the cost of a reference) or aliases are held to the same. What the render
 * budget is sized for (src/render/budget.ts), so data that passes `check` is
 * data the built-in templates can render.
 */
export const MAX_DATA_CHARS = MAX_FILE_BYTES;

/** Whether the text of `value` exceeds `limit` characters: a walk that stops as soon as it does. */
function textOver(value: unknown, limit: number): boolean {
  let left = limit;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') left -= v.length;
    else if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        left -= k.length;
        stack.push(x);
      }
    }
    if (left < 0) return true;
  }
  return false;
}

/** The parts of an office merged into its year: a key given twice is an error, and no data is given on any error. */
export function assembleYear(file: string, files: string[], { docs, parts, sources, diagnostics }: ReadParts): LoadedYear {
  const merged = mergeTopLevel(parts);
  diagnostics.push(...merged.diagnostics);
  if (textOver(merged.value, MAX_DATA_CHARS)) diagnostics.push(diagnostic('DATA_TEXT_TOO_LARGE', { limit: MAX_DATA_CHARS }, { file: files[0] ?? file, line: 0, column: 0 }));
  const raw = hasErrors(diagnostics) ? undefined : merged.value;
  return { file, files, raw, sources, locator: new MergedLocator(new Locator(docs), parts) };
}

const partLocate = (part: Part, path: DataPath, target: Target = 'value') => ('src' in part ? locateIn(part.src, path, target) : part.locator.locate(path, target));
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

/** Paths under a top-level key that came from a part with its own locator (a ledger) are located in it; the rest in the YAML files. */
class MergedLocator implements PathLocator {
  private readonly ownKeys = new Map<string, PathLocator>();
  private readonly onlyOwn: PathLocator | undefined;

  constructor(
    private readonly yaml: Locator,
    parts: Part[],
  ) {
    for (const part of parts) {
      if (!('locator' in part)) continue;
      for (const key of Object.keys(part.data)) if (!this.ownKeys.has(key)) this.ownKeys.set(key, part.locator);
    }
    const own = parts.filter((p): p is Extract<Part, { locator: PathLocator }> => 'locator' in p);
    this.onlyOwn = yaml.sources.length === 0 ? own[0]?.locator : undefined;
  }

  private ownOf(path: DataPath): PathLocator | undefined {
    const top = path[0];
    return (top !== undefined ? this.ownKeys.get(String(top)) : undefined) ?? this.onlyOwn;
  }

  locate(path: DataPath, target: Target = 'value') {
    const own = this.ownOf(path);
    return own ? own.locate(path, target) : this.yaml.locate(path, target);
  }

  cellOf(path: DataPath) {
    return this.ownOf(path)?.cellOf?.(path);
  }
}
