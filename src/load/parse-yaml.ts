/**
 * Parse one file's text into plain data, with every YAML problem as a
 * diagnostic at its position. Data is returned only when there are no errors:
 * yaml's `toJS()` happily returns partial data after syntax errors, and a
 * report built from half a file would silently lose records.
 */
import { appendAll } from '../util/append-all.js';
import { Composer, Lexer, LineCounter, Parser, YAMLParseError, type CST, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Result } from '../result.js';
import { diagnostic } from '../diagnostics/create.js';
import { relevantErrors, yamlError, yamlWarning } from './yaml-errors.js';
import { collectionKeys } from './collection-keys.js';
import { findShapeProblem, MAX_LEXEMES, MAX_NODES } from './depth-guard.js';
import { fullwidthColonKeys } from './fullwidth-colon.js';
import { rangeLocation, type SourceDoc } from './positions.js';
import { invisibleInSyntax, tagProblems } from './yaml-marks.js';
import { runChecks, type NodeCheck } from './yaml-walk.js';

/** Honest files use no aliases at all; the limit only stops alias bombs early. */
const MAX_ALIAS_COUNT = 100;

export interface Parsed {
  data: unknown;
  source: SourceDoc;
}

/** The result keeps the SourceDoc even on errors, so positions can still be shown. */
export interface ParseResult extends Result<unknown> {
  source?: SourceDoc;
}

export function parseYaml(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  // Lex once; the same CST is checked for depth and then composed (parsing twice cost half the time).
  const tokens = safely(() => lexAndParse(text, lineCounter), file);
  if (tokens.error || !tokens.value) return { value: undefined, diagnostics: tokens.error ? [tokens.error] : [] };
  if ('tooMany' in tokens.value) {
    const pos = lineCounter.linePos(tokens.value.tooMany);
    return { value: undefined, diagnostics: [diagnostic('DATA_TOO_LARGE', { limit: MAX_NODES }, { file, line: pos.line, column: pos.col })] };
  }
  const cst = tokens.value;
  const shape = safely(() => findShapeProblem(cst), file);
  if (shape.error) return { value: undefined, diagnostics: [shape.error] };
  if (shape.value) {
    const { kind, offset, limit } = shape.value;
    const pos = lineCounter.linePos(offset);
    const code = kind === 'depth' ? 'NESTING_TOO_DEEP' : kind === 'items' ? 'COLLECTION_TOO_LONG' : 'DATA_TOO_LARGE';
    return { value: undefined, diagnostics: [diagnostic(code, { limit }, { file, line: pos.line, column: pos.col })] };
  }

  const parsed = safely(() => composeOne(cst, text.length), file);
  if (parsed.error || !parsed.value) return { value: undefined, diagnostics: parsed.error ? [parsed.error] : [] };
  const doc = parsed.value;
  const source: SourceDoc = { file, text, doc, lineCounter };
  const diagnostics: Diagnostic[] = syntaxDiagnostics(doc, source);
  for (const w of doc.warnings) {
    // A tag is said once, as what it is (YAML_TAG below), not as yaml's “unresolved tag”.
    if (w.code === 'TAG_RESOLVE_FAILED') continue;
    diagnostics.push(yamlWarning(w.code, w.message, rangeLocation(source, w.pos[0], w.pos[1])));
  }
  const aliases = aliasProblems(source);
  appendAll(diagnostics, runChecks(doc, [tagProblems(source), commentsEatingText(source), unusualNumbers(source), collectionKeys(source), aliases]));
  if (diagnostics.some((d) => d.severity === 'error')) return { value: undefined, diagnostics, source };

  const js = safely(() => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, file);
  if (js.error) {
    // The only way toJS fails once errors are out: an alias bomb. Point at the first alias, not at 1:1.
    const at = aliases.first ? rangeLocation(source, aliases.first[0], aliases.first[1]) : js.error;
    return { value: undefined, diagnostics: [...diagnostics, { ...js.error, file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn }], source };
  }
  return { value: js.value, diagnostics, source };
}

/**
 * Parser.parse, driven lexeme by lexeme so that it can stop: yaml's parser
 * takes 7 s and 900 MB over a flow list of 1,000,000 items before the CST can
 * be looked at, so the count of lexemes is bounded while they come.
 */
function lexAndParse(text: string, lineCounter: LineCounter): CST.Token[] | { tooMany: number } {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  let lexemes = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (++lexemes > MAX_LEXEMES) return { tooMany: parser.offset };
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

/** What yaml's parseDocument does, over tokens we already have. */
function composeOne(tokens: CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({
    // Passed explicitly so that a `%YAML 1.1` directive cannot switch to 1.1 (NO → false, dates → Date).
    schema: 'core',
    uniqueKeys: true,
  });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  // compose(…, forceDoc = true) always yields a document.
  return doc!;
}

/**
 * yaml's errors as diagnostics, the ones a user can act on: a key with a
 * full-width colon is said as such (yaml's errors on its line and neighbours
 * are its follow-on), an invisible character in the syntax likewise
 * (./yaml-marks.ts), and the rest by relevantErrors.
 */
function syntaxDiagnostics(doc: Document.Parsed, source: SourceDoc): Diagnostic[] {
  const { text, lineCounter } = source;
  const out: Diagnostic[] = [];
  const fullwidth = doc.errors.length > 0 ? fullwidthColonKeys(source) : [];
  const fullwidthLines = new Set(fullwidth.map((f) => f.line));
  const nearFullwidth = (offset: number) => [-1, 0, 1].some((d) => fullwidthLines.has(lineCounter.linePos(offset).line + d));
  for (const f of fullwidth) out.push(f.diagnostic);
  const invisible = doc.errors.length > 0 ? invisibleInSyntax(source) : undefined;
  if (invisible) out.push(invisible.diagnostic);
  const nearInvisible = (offset: number) => invisible !== undefined && [0, 1].includes(lineCounter.linePos(offset).line - invisible.line);
  for (const err of relevantErrors(doc.errors, text, lineCounter)) {
    if (nearFullwidth(err.pos[0]) || nearInvisible(err.pos[0])) continue;
    let [start, end] = err.pos;
    if (err.code === 'MISSING_CHAR') [start, end] = openingQuote(text, start, err.message) ?? [start, end];
    if (err.code === 'DUPLICATE_KEY') end = start + keyAt(text, start).length;
    out.push(yamlError(err.code, err.message, keyAt(text, start), rangeLocation(source, start, end)));
  }
  return out;
}

/** The key text at an offset (a duplicate key's position covers only its first character). */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  return (/^(.*?)(?::(?:\s|$)|$)/.exec(line)?.[1] ?? line).trim();
}

/**
 * yaml reports an unclosed quote where the file ends; the user needs the line
 * where the quote was opened: the last line before it with an odd count of
 * that quote character.
 */
function openingQuote(text: string, errorOffset: number, message: string): [number, number] | undefined {
  const q = /"quote/.test(message) ? '"' : /'quote/.test(message) ? "'" : undefined;
  if (!q) return undefined;
  const lines = text.slice(0, errorOffset).split('\n');
  let offset = errorOffset - (lines[lines.length - 1]?.length ?? 0);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (i < lines.length - 1) offset -= line.length + 1;
    if (line.split(q).length % 2 === 0) {
      const col = line.lastIndexOf(q);
      return [offset + col, offset + col + 1];
    }
  }
  return undefined;
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * `说明: 第1次 #重点 会议` reads as `第1次` plus a comment: the rest of the
 * sentence is silently lost. That mistake has its own shape: text, one space,
 * and a `#` run straight into more words. What is not it (issue 21: 20 of 24
 * such warnings in one real case were noise):
 * - a date or a number before the comment (`date: 2023-03-12   # 备注`): a
 *   date or number cannot go on with " #";
 * - a comment written as one (`# 备注`, a space after the `#`), or set apart
 *   by two or more spaces (`议题   #备注`).
 */
const NOT_TEXT = /^(?:\d{4}-\d{2}(?:-\d{2})?|[-+]?\d+(?:[.,]\d+)*)$/;
function commentsEatingText(src: SourceDoc): NodeCheck {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    scalar(node) {
      if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const valueEnd = node.range[1];
      const lineEnd = src.text.indexOf('\n', valueEnd);
      const rest = src.text.slice(valueEnd, lineEnd === -1 ? undefined : lineEnd);
      const m = /^([ \t])#(\S.*)$/.exec(rest);
      // Chinese prose, or a Chinese comment after Latin text (`by: Zhao Lihua #及3名委员`): the rest of a sentence.
      // `name: abc #note` (all Latin) is an ordinary comment.
      if (!m || NOT_TEXT.test(node.value.trim()) || !(CJK.test(node.value) || CJK.test(m[2] ?? ''))) return;
      const hash = valueEnd + (m[1] ?? '').length;
      diagnostics.push(
        diagnostic('COMMENT_IN_TEXT', { value: node.value, comment: (m[2] ?? '').trim().replace(/\r$/, '') }, rangeLocation(src, hash, hash + rest.trimEnd().length - (m[1] ?? '').length)),
      );
    },
  };
}

/**
 * YAML's core schema reads `0x1F` as 31, `0o17` as 15, `0123` as 123 and
 * `+5` as 5. No clerk means any of these as a count, so a number written in a
 * form other than plain decimal is refused at its place, not guessed at.
 */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

function unusualNumbers(src: SourceDoc): NodeCheck {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    scalar(node) {
      if (node.type !== 'PLAIN' || typeof node.value !== 'number' || !node.range) return;
      const written = src.text.slice(node.range[0], node.range[1]).trim();
      if (PLAIN_NUMBER.test(written) || !Number.isFinite(node.value)) return;
      diagnostics.push(diagnostic('NUMBER_FORMAT', { written, read: String(node.value) }, rangeLocation(src, node.range[0], node.range[0] + written.length)));
    },
  };
}

/**
 * Aliases, checked where they stand: an alias to an anchor that does not
 * exist is ALIAS_UNDEFINED at the alias (yaml only throws a ReferenceError
 * when the data is built, which read as an alias bomb at 1:1). `first` is the
 * first alias, where a bomb is reported.
 */
function aliasProblems(src: SourceDoc): NodeCheck & { first?: [number, number] } {
  const check: NodeCheck & { first?: [number, number] } = {
    diagnostics: [],
    alias(node) {
      if (!node.range) return;
      check.first ??= [node.range[0], node.range[1]];
      if (!node.resolve(src.doc as Document)) {
        check.diagnostics.push(diagnostic('ALIAS_UNDEFINED', { name: node.source }, rangeLocation(src, node.range[0], node.range[1])));
      }
    },
  };
  return check;
}

/** Run a library call and turn anything it throws (ReferenceError, RangeError…) into a diagnostic. */
function safely<T>(fn: () => T, file: string): { value?: T; error?: Diagnostic } {
  try {
    return { value: fn() };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = { file, line: 1, column: 1 };
    // The library's English message is read to classify, never shown.
    if (/Excessive alias count/i.test(message)) return { error: diagnostic('ALIAS_LIMIT', { limit: MAX_ALIAS_COUNT }, at) };
    return { error: diagnostic('YAML_PARSE_FAILED', { cause: err instanceof RangeError ? 'tooLarge' : 'unparsable' }, at) };
  }
}
