/**
 * Refuse absurdly deep, long or large YAML before it is composed into nodes.
 *
 * Composing a document nested thousands of levels deep recurses in yaml's
 * composer; one such file gives RESOURCE_EXHAUSTION, but two in one process
 * crashed Node with a V8 fatal error that no try/catch can stop (reliability
 * row 8). A flat list of 1,000,000 items is as bad in time: composing,
 * validating and rendering it took a minute and a gigabyte. The CST from
 * `new Parser()` is built with an explicit stack, so we walk it iteratively
 * here, in document order, and never compose a file past these limits.
 */
import type { CST } from 'yaml';
import { LIMITS } from '../schema/year.js';

/** The schema is at most ~6 levels deep; 40 leaves room for any honest file. */
export const MAX_DEPTH = 40;
/** Items in one list or keys in one mapping: the schema's list limit (docs/limits.md). */
export const MAX_COLLECTION_ITEMS = LIMITS.listItems;
/**
 * Scalars and collections in one file. A full year is a few thousand; this
 * stops 1,000 lists of 1,000 items, each within the list limit.
 */
export const MAX_NODES = 50_000;

/**
 * Lexical tokens (scalars, indicators, spaces, newlines, comments) read before
 * the parse stops: a few per node, so honest files stay far below it.
 */
export const MAX_LEXEMES = 8 * MAX_NODES;

export interface ShapeProblem {
  kind: 'depth' | 'items' | 'nodes';
  /** Offset of the node that crossed the limit. */
  offset: number;
  limit: number;
}

export interface ShapeLimits {
  depth?: number;
  items?: number;
  nodes?: number;
}

/** `tokens` are the CST from `new Parser().parse(text)`; the same tokens are then composed. */
export function findShapeProblem(tokens: readonly CST.Token[], limits: ShapeLimits = {}): ShapeProblem | undefined {
  const depthLimit = limits.depth ?? MAX_DEPTH;
  const itemLimit = limits.items ?? MAX_COLLECTION_ITEMS;
  const nodeLimit = limits.nodes ?? MAX_NODES;
  // Pushed in reverse so that pops come in document order: the position reported is where the limit is first crossed.
  const stack: { token: CST.Token; depth: number }[] = [...tokens].reverse().map((token) => ({ token, depth: 0 }));
  let nodes = 0;
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
      continue;
    }
    if (++nodes > nodeLimit) return { kind: 'nodes', offset: token.offset, limit: nodeLimit };
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const next = depth + 1;
    if (next > depthLimit) return { kind: 'depth', offset: token.offset, limit: depthLimit };
    if (token.items.length > itemLimit) {
      const over = token.items[itemLimit];
      const at = (over && 'key' in over && over.key ? over.key.offset : over?.value?.offset) ?? over?.start[0]?.offset ?? token.offset;
      return { kind: 'items', offset: at, limit: itemLimit };
    }
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item = token.items[i]!;
      if (item.value) stack.push({ token: item.value, depth: next });
      if ('key' in item && item.key) stack.push({ token: item.key, depth: next });
    }
  }
  return undefined;
}

/** Depth alone (kept for callers that only ask about nesting). */
export function findTooDeep(tokens: readonly CST.Token[], limit = MAX_DEPTH): { offset: number } | undefined {
  const p = findShapeProblem(tokens, { depth: limit, items: Infinity, nodes: Infinity });
  return p ? { offset: p.offset } : undefined;
}
