/**
 * Refuse absurdly deep nesting before the YAML is composed into nodes.
 *
 * Composing a document nested thousands of levels deep recurses in yaml's
 * composer; one such file gives RESOURCE_EXHAUSTION, but two in one process
 * crashed Node with a V8 fatal error that no try/catch can stop (reliability
 * row 8). The CST from `new Parser()` is built with an explicit stack, so we
 * walk it iteratively here and never compose a file that is too deep.
 */
import type { CST } from 'yaml';

/** The schema is at most ~6 levels deep; 40 leaves room for any honest file. */
export const MAX_DEPTH = 40;

export interface DepthProblem {
  /** Offset of the collection that crossed the limit. */
  offset: number;
}

/** `tokens` are the CST from `new Parser().parse(text)`; the same tokens are then composed. */
export function findTooDeep(tokens: readonly CST.Token[], limit = MAX_DEPTH): DepthProblem | undefined {
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    switch (token.type) {
      case 'document':
        if (token.value) stack.push({ token: token.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const next = depth + 1;
        if (next > limit) return { offset: token.offset };
        for (const item of token.items) {
          if ('key' in item && item.key) stack.push({ token: item.key, depth: next });
          if (item.value) stack.push({ token: item.value, depth: next });
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}
