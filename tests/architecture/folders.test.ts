// The shape of the code: folders import downward only (no cycle, such as the
// load/ → ledger/ → office/ → load/ one there was), and every folder of src/
// is in docs/architecture.md's table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', '..', 'src');
const folderOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0]!.replace(/\.ts$/, '');

/** Folder → folders its modules import (static and dynamic imports, type imports too). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(SRC, f));
  for (const file of files) {
    const from = folderOf(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = folderOf(path.resolve(path.dirname(file), m[1]!).replace(/\.js$/, '.ts'));
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Every cycle's folders, found by a depth-first walk. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const walk = (start: string, at: string, trail: string[]) => {
    for (const next of graph.get(at) ?? []) {
      if (next === start) found.push([...trail, next]);
      else if (!trail.includes(next) && next > start) walk(start, next, [...trail, next]);
    }
  };
  for (const start of graph.keys()) walk(start, start, [start]);
  return found;
}

describe('the folders of src/', () => {
  it('import downward only: no folder imports one that imports it back', () => {
    expect(cycles(folderGraph()).map((c) => c.join(' → '))).toEqual([]);
  });

  it('the test sees a cycle when there is one', () => {
    expect(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('are each in docs/architecture.md’s table', () => {
    const doc = readFileSync(path.resolve(SRC, '..', 'docs', 'architecture.md'), 'utf8');
    const folders = readdirSync(SRC).filter((f) => statSync(path.join(SRC, f)).isDirectory());
    expect(folders.filter((f) => !new RegExp(`^\\|[^|\\n]*\`${f}/\``, 'm').test(doc))).toEqual([]);
  });
});
