/**
 * Resolve a data path (['meetings', 2, 'date']) to the YAML node it came from,
 * so every diagnostic points at the exact node, not at the first key of the
 * file (the weakness of most YAML config loaders).
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Location } from '../diagnostics/create.js';

export type DataPath = (string | number)[];

/** One parsed file, kept so that later stages can point into it. */
export interface SourceDoc {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export type Target = 'value' | 'key';

interface Found {
  node: Node;
  key?: Node;
  exact: boolean;
}

/** Walk the AST along the path; stop at the deepest node that exists. */
export function findNode(doc: Document.Parsed, path: DataPath): Found | undefined {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  if (!node) return undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: unknown;
    let nextKey: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      if (pair) {
        next = pair.value ?? pair.key;
        nextKey = isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? (pair.key as Node) : undefined;
        // `date:` with nothing after it: the value node is null or missing; point at the key.
        if (!pair.value || (isScalar(pair.value) && !pair.value.range)) next = pair.key;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (!next || typeof next !== 'object' || !('range' in next)) return { node: node as Node, key, exact: false };
    node = next;
    key = nextKey;
  }
  return { node: node as Node, key, exact: true };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/** Turn an offset range into 1-based line/column. */
export function rangeLocation(src: SourceDoc, start: number, end: number, path?: DataPath): Location {
  const a = src.lineCounter.linePos(start);
  const b = src.lineCounter.linePos(Math.max(start, end));
  const loc: Location = { file: src.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  if (path) loc.path = path;
  return loc;
}

/**
 * Location of the node at `path` in one file. `key` points at the key of the
 * last segment (an unknown key, a duplicate) rather than its value.
 */
export function locateIn(src: SourceDoc, path: DataPath, target: Target = 'value'): Location {
  const found = findNode(src.doc, path);
  const node = found ? (target === 'key' && found.exact && found.key ? found.key : found.node) : undefined;
  const range = node?.range;
  if (!range) return { file: src.file, line: 1, column: 1, path };
  // For a collection the whole range spans many lines; a diagnostic wants its start.
  const end = isMap(node) || isSeq(node) ? range[0] : range[1];
  return rangeLocation(src, range[0], end, path);
}

/** Anything that turns a data path into a place in what the user wrote: YAML files, a ledger workbook, or both. */
export interface PathLocator {
  locate(path: DataPath, target?: Target): Location;
  /** The place of exactly this path, even an empty one (a ledger's blank cell); undefined where there is none. */
  cellOf?(path: DataPath): Location | undefined;
}

/** Locate paths across the files of one office, merged at the top level. */
export class Locator implements PathLocator {
  private readonly byTopKey = new Map<string, SourceDoc>();

  constructor(readonly sources: SourceDoc[]) {
    for (const src of sources) {
      const contents = src.doc.contents;
      if (!isMap(contents)) continue;
      for (const pair of contents.items) {
        const k = keyText(pair.key);
        if (k !== undefined && !this.byTopKey.has(k)) this.byTopKey.set(k, src);
      }
    }
  }

  /** The file a top-level key came from (the first file when there is none). */
  sourceOf(path: DataPath): SourceDoc | undefined {
    const top = path[0];
    return (top !== undefined ? this.byTopKey.get(String(top)) : undefined) ?? this.sources[0];
  }

  locate(path: DataPath, target: Target = 'value'): Location {
    const src = this.sourceOf(path);
    if (!src) return { file: '', line: 0, column: 0, path };
    return locateIn(src, path, target);
  }
}
