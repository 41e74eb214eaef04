/**
 * Parse one file's text into plain data, with every YAML problem as a
 * diagnostic at its position. Data is returned only when there are no errors:
 * yaml's `toJS()` happily returns partial data after syntax errors, and a
 * report built from half a file would silently lose records.
 */
import { appendAll } from '../util/append-all.js';
import { Composer, Lexer, LineCounter, Parser, YAMLParseError, isScalar, visit, type CST, type Document } from 'yaml';
import type { Checked, Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/catalogue.js';
import { findShapeProblem, MAX_LEXEMES, MAX_NODES } from './depth-guard.js';
import { rangeLocation, type SourceDoc } from './positions.js';

/** Honest files use no aliases at all; the limit only stops alias bombs early. */
const MAX_ALIAS_COUNT = 100;

export interface Parsed {
  data: unknown;
  source: SourceDoc;
}

/** The result keeps the SourceDoc even on errors, so positions can still be shown. */
export interface ParseResult extends Checked<unknown> {
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
  const diagnostics: Diagnostic[] = [];

  for (const err of relevantErrors(doc.errors)) {
    let [start, end] = err.pos;
    if (err.code === 'MISSING_CHAR') [start, end] = openingQuote(text, start, err.message) ?? [start, end];
    if (err.code === 'DUPLICATE_KEY') end = start + keyAt(text, start).length;
    const at = rangeLocation(source, start, end);
    diagnostics.push(yamlError(err.code, err.message, keyAt(text, start), at));
  }
  for (const w of doc.warnings) {
    diagnostics.push(diagnostic('YAML_WARNING', { detail: w.message }, rangeLocation(source, w.pos[0], w.pos[1])));
  }
  appendAll(diagnostics, commentsEatingText(source));
  if (diagnostics.some((d) => d.severity === 'error')) return { value: undefined, diagnostics, source };

  const js = safely(() => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, file);
  if (js.error) return { value: undefined, diagnostics: [...diagnostics, js.error], source };
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

function yamlError(code: string, message: string, snippet: string, at: ReturnType<typeof rangeLocation>): Diagnostic {
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
      return diagnostic('YAML_SYNTAX', { detail: `${YAML_CODES_ZH[code] ?? '无法解析这里的内容'}（${code}: ${message}）` }, at);
  }
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

type YamlError = Document.Parsed['errors'][number];

/**
 * Keep the errors a user can act on. A tab used as indentation makes every
 * following line fail to parse; those follow-on errors only hide the cause,
 * so when there is one, only the tab errors are shown. Two errors at the same
 * spot say the same thing; the first (the more specific) is kept.
 */
function relevantErrors(errors: readonly YamlError[]): YamlError[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) return tabs;
  const seen = new Set<number>();
  return errors.filter((e) => {
    if (seen.has(e.pos[0])) return false;
    seen.add(e.pos[0]);
    return true;
  });
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

/** yaml's error codes, said in Chinese; the original stays in brackets for searching. */
const YAML_CODES_ZH: Record<string, string> = {
  BAD_INDENT: '缩进不对',
  MISSING_CHAR: '缺少配对的引号或括号',
  UNEXPECTED_TOKEN: '这里出现了意外的字符',
  BLOCK_IN_FLOW: '方括号或花括号内不能换行写列表或键值',
  MULTILINE_IMPLICIT_KEY: '键不能跨行，可能是上一行少了冒号或缩进不对',
  BAD_SCALAR_START: '值不能以这个字符开头，请给值加引号',
  BAD_DQ_ESCAPE: '双引号内的反斜杠转义不对，可改用单引号',
  KEY_OVER_1024_CHARS: '键太长',
  BAD_ALIAS: '别名（*）引用了不存在的锚点（&）',
  ALIAS_PROPS: '别名不能带标签或锚点',
  BAD_DIRECTIVE: '以 % 开头的指令不对',
  BAD_COLLECTION_TYPE: '列表或键值的写法不对',
  TAG_RESOLVE_FAILED: '无法识别的标签（!!）',
  RESOURCE_EXHAUSTION: '内容展开过大',
  IMPOSSIBLE: '无法解析这里的内容',
  UNEXPECTED_END: '文件意外结束',
};

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * `说明: 第1次 #重点 会议` reads as `第1次` plus a comment: the rest of the
 * sentence is silently lost. A plain scalar with Chinese text followed by a
 * comment on the same line is almost always that mistake.
 */
function commentsEatingText(src: SourceDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(src.doc as Document, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const valueEnd = node.range[1];
      const lineEnd = src.text.indexOf('\n', valueEnd);
      const rest = src.text.slice(valueEnd, lineEnd === -1 ? undefined : lineEnd);
      const m = /^([ \t]+)#(.*)$/.exec(rest);
      // Only Chinese prose: `count: 3 # 三次` or `name: abc # note` are ordinary comments.
      if (!m || !CJK.test(node.value)) return;
      const hash = valueEnd + (m[1] ?? '').length;
      out.push(
        diagnostic('COMMENT_IN_TEXT', { value: node.value, comment: (m[2] ?? '').trim().replace(/\r$/, '') }, rangeLocation(src, hash, hash + rest.trimEnd().length - (m[1] ?? '').length)),
      );
    },
  });
  return out;
}

/** Run a library call and turn anything it throws (ReferenceError, RangeError…) into a diagnostic. */
function safely<T>(fn: () => T, file: string): { value?: T; error?: Diagnostic } {
  try {
    return { value: fn() };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const at = { file, line: 1, column: 1 };
    if (/alias/i.test(detail)) return { error: diagnostic('ALIAS_LIMIT', { detail }, at) };
    return { error: diagnostic('YAML_PARSE_FAILED', { detail }, at) };
  }
}
