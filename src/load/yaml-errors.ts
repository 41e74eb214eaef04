/**
 * yaml's errors and warnings as diagnostics: each yaml 2 ErrorCode (and the
 * finer kinds its English message tells apart) is a case of the catalogue's
 * YAML_SYNTAX or YAML_WARNING, or a code of its own. The English message is
 * read to classify, never shown.
 */
import type { YamlSyntaxProblem, YamlWarningProblem } from '../diagnostics/catalogue.js';
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
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

export function yamlWarning(code: string, message: string, at: ReturnType<typeof rangeLocation>): Diagnostic {
  const tag = /Unresolved tag: (\S+)/.exec(message)?.[1];
  if (tag) return diagnostic('YAML_UNKNOWN_TAG', { tag }, at);
  return diagnostic('YAML_WARNING', { problem: isCase(code, YAML_WARNING_PROBLEMS) ? code : 'other', yamlCode: code }, at);
}

const YAML_SYNTAX_PROBLEMS: readonly YamlSyntaxProblem[] = [
  'BAD_INDENT', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BLOCK_IN_FLOW', 'MULTILINE_IMPLICIT_KEY', 'BAD_SCALAR_START', 'BAD_DQ_ESCAPE',
  'KEY_OVER_1024_CHARS', 'BAD_ALIAS', 'ALIAS_PROPS', 'BAD_DIRECTIVE', 'BAD_PROP_ORDER', 'BAD_COLLECTION_TYPE', 'MULTIPLE_ANCHORS',
  'MULTIPLE_TAGS', 'NON_STRING_KEY', 'TAG_RESOLVE_FAILED', 'RESOURCE_EXHAUSTION', 'UNEXPECTED_END', 'IMPOSSIBLE',
];
const YAML_WARNING_PROBLEMS: readonly YamlWarningProblem[] = ['BAD_ALIAS', 'BAD_INDENT', 'BAD_COLLECTION_TYPE', 'BAD_DIRECTIVE'];
const isCase = <T extends string>(code: string, cases: readonly T[]): code is T => (cases as readonly string[]).includes(code);

