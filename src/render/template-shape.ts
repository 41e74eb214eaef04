/**
 * The shape of a template, bounded before Handlebars sees it (./load-templates.ts):
 * block depth, tag count, chained else and subexpression depth, with the
 * position where each limit is first crossed.
 */
/** Real templates nest a few levels; thousands overflow the parser's recursive passes (reliability row 17). */
export const MAX_BLOCK_DEPTH = 50;

/** `{{ }}` tags in one template: the largest built-in has about 150. */
export const MAX_TAGS = 2000;
/** `{{else if …}}` (and any chained `{{else helper}}`) in one template: each one nests the chain a level deeper. */
export const MAX_ELSE_CHAIN = 100;
/** Nested `( )` subexpressions inside one tag. */
export const MAX_SUBEXPRESSION_DEPTH = 16;

interface ShapeProblem {
  kind: 'depth' | 'tags' | 'else' | 'subexpr';
  line: number;
  column: number;
}

/**
 * A cheap, linear scan before Handlebars sees the template: its parser and
 * compiler recurse over the tree and go quadratic over else-chains (8,000
 * `{{else if}}` took 35 s, 3,000 nested subexpressions overflowed the stack),
 * so block depth, tag count, chained else and subexpression depth are
 * bounded here, with the position where each limit is first crossed.
 */
export function templateShape(source: string): ShapeProblem | undefined {
  let depth = 0;
  let tags = 0;
  let chained = 0;
  let line = 1;
  let lineStart = 0;
  const at = (kind: ShapeProblem['kind'], index: number): ShapeProblem => ({ kind, line, column: index - lineStart + 1 });
  for (let i = 0; i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (source[i] !== '{' || source[i + 1] !== '{') continue;
    if (++tags > MAX_TAGS) return at('tags', i);
    const open = i;
    let j = i + 2;
    while (source[j] === '{' || source[j] === '~' || source[j] === ' ' || source[j] === '\t') j++;
    const sigil = source[j];
    const rest = source.slice(j, j + 8);
    if (sigil === '/') depth--;
    else if (sigil === '#' || (sigil === '^' && !/^\^\s*~?\}\}/.test(rest))) depth++;
    else if (/^else\s+[^\s}~]/.test(rest) && ++chained > MAX_ELSE_CHAIN) return at('else', open);
    if (depth > MAX_BLOCK_DEPTH) return at('depth', open);
    // Inside the tag: parentheses, outside quoted strings; a comment's text is not code.
    if (sigil === '!') continue;
    let parens = 0;
    let quote: string | undefined;
    for (; j < source.length && !(quote === undefined && source[j] === '}' && source[j + 1] === '}'); j++) {
      const c = source[j];
      if (c === '\n') {
        line++;
        lineStart = j + 1;
      } else if (quote !== undefined) {
        if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' && ++parens > MAX_SUBEXPRESSION_DEPTH) return at('subexpr', j);
      else if (c === ')') parens--;
    }
    i = j + 1;
  }
  return undefined;
}
