/**
 * Two things in a YAML file that yaml reads without the words to say what is
 * wrong (repro 36):
 *
 * - a tag (`!!float 18`, `!!binary …`, `!foo x`): yaml resolves some into a
 *   Buffer or a Date and leaves others as text with a warning, and the schema
 *   then calls the value a “键: 值” structure or the text “18”. Records never
 *   need a tag (only `!!str`, which means text as quotes do, is read): each is
 *   an error naming the tag as written, at the tag.
 * - an invisible character where YAML's syntax is (a lone U+FEFF in the
 *   middle of a file, NUL bytes at its end): yaml reports a missing quote at
 *   a line whose code frame looks empty. Said as the character it is, with
 *   its code point, at its place; the syntax errors on its line are its
 *   follow-on.
 */
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeLocation, type SourceDoc } from './positions.js';
import type { NodeCheck } from './yaml-walk.js';

const PLAIN_TEXT_TAG = 'tag:yaml.org,2002:str';

/** The tag as written just before a node (`!!float`, `!foo`), found back from the node's start over spaces and an anchor. */
function writtenTag(text: string, start: number): { tag: string; at: number } | undefined {
  const before = text.slice(Math.max(0, start - 300), start);
  const m = /(![^\s,[\]{}]*)(?:[ \t]+&[^\s,[\]{}]+)?[ \t]*$/.exec(before);
  return m && m[1] !== undefined ? { tag: m[1], at: start - before.length + m.index } : undefined;
}

/** Every explicitly tagged node but `!!str`: an error at its tag. */
export function tagProblems(src: SourceDoc): NodeCheck {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    node(node) {
      if (node.tag === undefined || node.tag === PLAIN_TEXT_TAG || !node.range) return;
      const written = writtenTag(src.text, node.range[0]);
      const tag = written?.tag ?? node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      const start = written?.at ?? node.range[0];
      diagnostics.push(diagnostic('YAML_TAG', { tag }, rangeLocation(src, start, start + tag.length)));
    },
  };
}

/** Characters that show nothing and that YAML's syntax cannot hold: a byte-order mark past the start, NUL. */
// Matching NUL is the point of this pattern.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\uFEFF\u0000]+/;

/** The first invisible character in YAML's syntax, when yaml found errors: its diagnostic and its line. */
export function invisibleInSyntax(src: SourceDoc): { diagnostic: Diagnostic; line: number } | undefined {
  const m = INVISIBLE.exec(src.text);
  if (!m) return undefined;
  const at = rangeLocation(src, m.index, m.index + m[0].length);
  const nul = m[0].charCodeAt(0) === 0;
  const d = diagnostic('YAML_INVISIBLE_CHARACTER', { codePoint: nul ? 'U+0000' : 'U+FEFF', count: m[0].length, what: nul ? 'nul' : 'bom' }, at);
  return { diagnostic: d, line: at.line };
}
