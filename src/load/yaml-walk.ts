/**
 * One pass over a composed YAML document for all of parse-yaml.ts's checks
 * (tags, comments that eat text, number forms, collection keys, aliases).
 * Each check used to be a `visit` of its own; yaml's `visit` copies and
 * freezes the path at every level, and five of them were a fifth of reading a
 * file. Nodes come in yaml's `visit` order (document order; a pair before its
 * key, its key before its value), and each check's diagnostics keep their own
 * list, so the diagnostics come out as they did.
 */
import { isAlias, isCollection, isPair, isScalar, type Alias, type Document, type Node, type Pair, type Scalar } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** One check: what it looks at, and what it found. */
export interface NodeCheck {
  diagnostics: Diagnostic[];
  /** Every node: map, list, scalar, alias (yaml's `Node` visitor). */
  node?(node: Node): void;
  scalar?(node: Scalar): void;
  alias?(node: Alias): void;
  pair?(pair: Pair): void;
}

/** Walks `doc` once, every check at every node; returns their diagnostics, check by check. */
export function runChecks(doc: Document, checks: readonly NodeCheck[]): Diagnostic[] {
  const on = {
    node: checks.filter((c) => c.node),
    scalar: checks.filter((c) => c.scalar),
    alias: checks.filter((c) => c.alias),
    pair: checks.filter((c) => c.pair),
  };
  // Depth is bounded before composing (depth-guard.ts): recursion is safe.
  const walk = (item: unknown): void => {
    if (isPair(item)) {
      for (const c of on.pair) c.pair?.(item);
      walk(item.key);
      walk(item.value);
      return;
    }
    if (isScalar(item)) {
      for (const c of on.node) c.node?.(item);
      for (const c of on.scalar) c.scalar?.(item);
    } else if (isAlias(item)) {
      for (const c of on.node) c.node?.(item);
      for (const c of on.alias) c.alias?.(item);
    } else if (isCollection(item)) {
      for (const c of on.node) c.node?.(item);
      for (const child of item.items) walk(child);
    }
  };
  walk(doc.contents);
  return checks.flatMap((c) => c.diagnostics);
}
