/**
 * yaml's errors and warnings as diagnostics: each yaml 2 ErrorCode (and the
 * finer kinds its English message tells apart) is a case of the catalogue's
 * YAML_SYNTAX or YAML_WARNING, or a code of its own. The English message is
 * read to classify, never shown.
 */
import type { YamlSyntaxProblem, YamlWarningProblem } from '../diagnostics/catalogue.js';
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document, LineCounter } from 'yaml';
import type { rangeLocation } from './positions.js';

export function yamlError(code: string, message: string, snippet: string, at: ReturnType<typeof rangeLocation>): Diagnostic {
  switch (code) {
    case 'DUPLICATE_KEY':
      return diagnostic('DUPLICATE_KEY', { key: snippet || '?' }, at);
    case 'TAB_AS_INDENT':
      return diagnostic('TAB_AS_INDENT', {}, at);
    case 'MULTIPLE_DOCS':
      return diagnostic('MULTIPLE_DOCS', {}, at);
    case 'BLOCK_AS_IMPLICIT_KEY':
      return diagnostic('UNQUOTED_COLON', {}, at);
    default:
      return diagnostic('YAML_SYNTAX', { problem: syntaxProblem(code, message), yamlCode: code }, at);
  }
}


/** One yaml code covers several faults; its English message tells them apart (it is read, never shown). */
function syntaxProblem(code: string, message: string): YamlSyntaxProblem {
  if (/Sequence item without - indicator/i.test(message)) return 'SEQUENCE_ITEM';
  if (/flow (sequence|mapping|collection)/i.test(message) && /end with|must be sufficiently/i.test(message)) return 'FLOW_UNCLOSED';
  if (/Implicit keys need to be on a single line/i.test(message)) return 'MULTILINE_IMPLICIT_KEY';
  if (/Missing closing "quote/i.test(message) || /Missing closing 'quote/i.test(message)) return 'QUOTE_UNCLOSED';
  return isCase(code, YAML_SYNTAX_PROBLEMS) ? code : 'other';
}

export function yamlWarning(code: string, _message: string, at: ReturnType<typeof rangeLocation>): Diagnostic {
  return diagnostic('YAML_WARNING', { problem: isCase(code, YAML_WARNING_PROBLEMS) ? code : 'other', yamlCode: code }, at);
}

const YAML_SYNTAX_PROBLEMS: readonly YamlSyntaxProblem[] = [
  'BAD_INDENT', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BLOCK_IN_FLOW', 'MULTILINE_IMPLICIT_KEY', 'BAD_SCALAR_START', 'BAD_DQ_ESCAPE',
  'KEY_OVER_1024_CHARS', 'BAD_ALIAS', 'ALIAS_PROPS', 'BAD_DIRECTIVE', 'BAD_PROP_ORDER', 'BAD_COLLECTION_TYPE', 'MULTIPLE_ANCHORS',
  'MULTIPLE_TAGS', 'NON_STRING_KEY', 'TAG_RESOLVE_FAILED', 'RESOURCE_EXHAUSTION', 'UNEXPECTED_END', 'IMPOSSIBLE',
];
const YAML_WARNING_PROBLEMS: readonly YamlWarningProblem[] = ['BAD_ALIAS', 'BAD_INDENT', 'BAD_COLLECTION_TYPE', 'BAD_DIRECTIVE'];
const isCase = <T extends string>(code: string, cases: readonly T[]): code is T => (cases as readonly string[]).includes(code);

type YamlError = Document.Parsed['errors'][number];

/**
 * Keep the errors a user can act on. A tab used as indentation makes every
 * following line fail to parse; those follow-on errors only hide the cause,
 * so when there is one, only the tab errors are shown. Two errors at the same
 * spot say the same thing; the first (the more specific) is kept. After any
 * other syntax error, the lines the parser then misreads (`attendees: 18`
 * called an unquoted colon) are its follow-on: an error is kept only when it
 * lies past the damaged block — the next line indented no deeper than the
 * block holding the first error, or for an unclosed bracket or quote the
 * next top-level key.
 */
export function relevantErrors(errors: readonly YamlError[], text: string, lineCounter: LineCounter): YamlError[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) return tabs;
  const seen = new Set<number>();
  const unique = errors.filter((e) => {
    if (seen.has(e.pos[0])) return false;
    seen.add(e.pos[0]);
    return true;
  });
  const lines = text.split('\n');
  /** Indentation of a line, or undefined for a blank or comment-only line. */
  const indentOf = (n: number): number | undefined => {
    const l = lines[n - 1] ?? '';
    const body = l.trimStart();
    return body === '' || body.startsWith('#') ? undefined : l.length - body.length;
  };
  const kept: YamlError[] = [];
  let damagedUntil = 0;
  for (const e of [...unique].sort((a, b) => a.pos[0] - b.pos[0])) {
    const line = lineCounter.linePos(e.pos[0]).line;
    if (line < damagedUntil) continue;
    kept.push(e);
    if (e.code === 'DUPLICATE_KEY' || e.code === 'MULTIPLE_DOCS') continue;
    damagedUntil = endOfDamage(e, line, lines.length, indentOf);
  }
  return kept;
}

function endOfDamage(e: YamlError, line: number, lineCount: number, indentOf: (n: number) => number | undefined): number {
  const unclosed = (e.code === 'MISSING_CHAR' && !/Sequence item/i.test(e.message)) || /flow (sequence|mapping|collection)/i.test(e.message);
  // An unclosed bracket or quote swallows lines until the parser finds its feet again at the next top-level key.
  const own = unclosed ? 0 : (indentOf(line) ?? 0);
  // The block holding the faulty line: the nearest line above indented less.
  let parent = -1;
  for (let n = line - 1; n >= 1; n--) {
    const i = indentOf(n);
    if (i !== undefined && i < own) {
      parent = i;
      break;
    }
  }
  for (let n = line + 1; n <= lineCount; n++) {
    const i = indentOf(n);
    if (i !== undefined && (parent < 0 ? i === 0 : i <= parent)) return n;
  }
  return Infinity;
}
