/**
 * Built-in templates (templates/ in the package) and the office's overrides
 * (`--templates DIR`, same file names). Every template is parsed and checked
 * when it loads, so a broken or misspelt template is reported with its file,
 * line and column before anything renders. Never throws for user input.
 */
import { appendAll } from '../util/append-all.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fullHandlebars } from './handlebars.js';
import { diagnostic, type ParamsOf } from '../diagnostics/create.js';
import { readProblem } from '../diagnostics/read-problem.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProgramNode } from './check-template.js';
import type { Result } from '../result.js';
import { isPointId } from '../schema/points.js';

/** The templates of the report's frame: the opening and the closing parts. Its points are each a template of points/ (src/schema/points.ts). */
export const PART_NAMES = ['opening', 'shortcomings', 'plans'] as const;
export type PartName = (typeof PART_NAMES)[number];

export interface LoadedTemplate {
  /** Path shown in diagnostics. */
  file: string;
  source: string;
  ast: ProgramNode;
}

export interface LoadedTemplates {
  parts: Map<PartName, LoadedTemplate>;
  /** Partials by name (`meeting` for partials/meeting.hbs). */
  partials: Map<string, LoadedTemplate>;
  /** The points' templates, by point id (`members.study` for points/members.study.hbs). */
  points: Map<string, LoadedTemplate>;
}

/** Real templates nest a few levels; thousands overflow the parser's recursive passes (reliability row 17). */
export const MAX_BLOCK_DEPTH = 50;
const MAX_TEMPLATE_BYTES = 256 * 1024;

/** templates/ of the package, found from this file whether it runs from src/ or dist/. */
export function builtinTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return join(dir, 'templates');
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
}

/** `.hbs` files of a folder and its partials/ and points/ folders, by template name. */
export function listTemplates(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const add = (sub: string, prefix: string) => {
    const d = join(dir, sub);
    if (!existsSync(d)) return;
    for (const f of readdirSync(d).sort()) {
      if (f.endsWith('.hbs') && statSync(join(d, f)).isFile()) out.set(`${prefix}${f.slice(0, -4)}`, join(d, f));
    }
  };
  add('.', '');
  add('partials', 'partials/');
  add('points', 'points/');
  return out;
}

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
function templateShape(source: string): ShapeProblem | undefined {
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

interface ContentNode {
  type: string;
  value?: string;
  original?: string;
  loc?: { start: { column: number } };
  [key: string]: unknown;
}

/**
 * A template's line breaks and indentation are its own layout, not the
 * report's: Chinese prose has no spaces where lines join. Drop them from the
 * literal text (after Handlebars' standalone-line stripping), so templates can
 * be indented freely. Spaces inside a line are kept.
 */
function stripLayout(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) stripLayout(n);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as ContentNode;
  if (n.type === 'ContentStatement' && typeof n.value === 'string') {
    const startsLine = (n.loc?.start.column ?? 1) === 0 || /^[ \t]*\r?\n/.test(n.original ?? '');
    let v = n.value.replace(/[ \t]*\r?\n[ \t]*/g, '');
    if (startsLine) v = v.replace(/^[ \t]+/, '');
    n.value = v;
    return;
  }
  for (const key of ['body', 'program', 'inverse']) stripLayout(n[key]);
}

export function parseTemplate(file: string, source: string): { ast?: ProgramNode; diagnostics: Diagnostic[] } {
  const shape = templateShape(source);
  if (shape) {
    const where = { file, line: shape.line, column: shape.column };
    const d =
      shape.kind === 'depth'
        ? diagnostic('TEMPLATE_TOO_DEEP', { limit: MAX_BLOCK_DEPTH }, where)
        : shape.kind === 'tags'
          ? diagnostic('TEMPLATE_TOO_COMPLEX', { what: 'tags', limit: MAX_TAGS }, where)
          : shape.kind === 'else'
            ? diagnostic('TEMPLATE_TOO_COMPLEX', { what: 'elseChain', limit: MAX_ELSE_CHAIN }, where)
            : diagnostic('TEMPLATE_TOO_COMPLEX', { what: 'subexpressionDepth', limit: MAX_SUBEXPRESSION_DEPTH }, where);
    return { diagnostics: [d] };
  }
  try {
    const ast = fullHandlebars().parse(source) as unknown as ProgramNode;
    stripLayout(ast);
    return { ast, diagnostics: [] };
  } catch (e) {
    if (e instanceof RangeError) {
      // The scan above should make this unreachable; if not, the file still gets a position, its first line.
      return { diagnostics: [diagnostic('TEMPLATE_TOO_DEEP', { limit: MAX_BLOCK_DEPTH }, { file, line: 1, column: 1 })] };
    }
    const err = e as { message?: string; lineNumber?: number; column?: number };
    const message = String(err.message ?? e);
    let line = 0;
    let column = 0;
    if (typeof err.lineNumber === 'number') {
      line = err.lineNumber;
      column = (err.column ?? 0) + 1;
    } else {
      // The jison parser throws a plain Error; the lexer still holds where it stopped (parsing is synchronous).
      const loc = (fullHandlebars() as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
      const m = /line (\d+)/.exec(message);
      line = loc?.first_line ?? (m ? Number(m[1]) : 0);
      column = loc ? loc.first_column + 1 : 0;
    }
    return { diagnostics: [diagnostic('TEMPLATE_SYNTAX', describeParseError(message), { file, line, column })] };
  }
}

/**
 * Handlebars' parser speaks in grammar tokens (“Expecting 'CLOSE', … got
 * 'INVALID'”): read which problem it is, and the office's own text where it
 * stopped, for the catalogue to say in Chinese.
 */
export function describeParseError(message: string): ParamsOf<'TEMPLATE_SYNTAX'> {
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) return { problem: 'endMismatch', open: mismatch[1] as string, close: mismatch[2] as string };
  const excerpt = message.split('\n')[1]?.trim();
  const got = /got '([A-Z_]+)'/.exec(message)?.[1];
  const problem = got === 'EOF' ? 'unclosedBlock' : got === 'INVALID' ? 'badMustache' : got === 'OPEN_ENDBLOCK' ? 'extraEnd' : 'other';
  return { problem, ...(excerpt && { excerpt }), ...(problem === 'other' && got && { token: got }) };
}

function readTemplate(path: string, shown: string): { source?: string; diagnostics: Diagnostic[] } {
  try {
    const bytes = readFileSync(path);
    if (bytes.length > MAX_TEMPLATE_BYTES) {
      return { diagnostics: [diagnostic('TEMPLATE_UNREADABLE', { cause: 'tooLarge', limit: MAX_TEMPLATE_BYTES }, { file: shown, line: 0, column: 0 })] };
    }
    const source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return { source, diagnostics: [] };
  } catch (e) {
    // A TypeError is the UTF-8 decoder refusing the bytes; anything else is the file system's.
    const why = e instanceof TypeError ? { cause: 'notUtf8' as const } : readProblem(e);
    return { diagnostics: [diagnostic('TEMPLATE_UNREADABLE', why, { file: shown, line: 0, column: 0 })] };
  }
}

interface ParsedFile {
  stamp: string;
  template?: LoadedTemplate;
  diagnostics: Diagnostic[];
}

/** Parsed templates by path, kept while the file is unchanged: a batch worker parses each template once. */
const parsedCache = new Map<string, ParsedFile>();

function readAndParse(path: string, file: string): { template?: LoadedTemplate; diagnostics: Diagnostic[] } {
  const info = statSync(path, { throwIfNoEntry: false });
  const stamp = info ? `${info.mtimeMs}:${info.size}:${file}` : '';
  const hit = parsedCache.get(path);
  if (hit && stamp !== '' && hit.stamp === stamp) return hit;
  const read = readTemplate(path, file);
  if (read.source === undefined) return { diagnostics: read.diagnostics };
  const parsed = parseTemplate(file, read.source);
  const result: ParsedFile = { stamp, diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
  if (parsed.ast) result.template = { file, source: read.source, ast: parsed.ast };
  if (stamp !== '') parsedCache.set(path, result);
  return result;
}

/** Built-in templates, each replaced by the file of the same name in `overrideDir`. */
export function loadTemplates(overrideDir?: string): Result<LoadedTemplates> {
  const diagnostics: Diagnostic[] = [];
  const files = listTemplates(builtinTemplatesDir());
  if (overrideDir !== undefined) {
    if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory()) {
      return { value: undefined, diagnostics: [diagnostic('TEMPLATE_DIR_NOT_FOUND', { dir: overrideDir }, { file: overrideDir, line: 0, column: 0 })] };
    }
    const known = [...files.keys()];
    for (const [name, path] of listTemplates(overrideDir)) {
      // A new partial is how an override shares text between its templates; a new top-level file is a typo.
      if (!files.has(name) && !name.startsWith('partials/')) {
        diagnostics.push(diagnostic('TEMPLATE_UNKNOWN_FILE', { name: `${name}.hbs`, known: known.map((k) => `${k}.hbs`).join('、') }, { file: path, line: 0, column: 0 }));
        continue;
      }
      files.set(name, path);
    }
  }
  const parts = new Map<PartName, LoadedTemplate>();
  const partials = new Map<string, LoadedTemplate>();
  const points = new Map<string, LoadedTemplate>();
  for (const [name, path] of files) {
    const read = readAndParse(path, path);
    appendAll(diagnostics, read.diagnostics);
    if (!read.template) continue;
    const t = read.template;
    if (name.startsWith('partials/')) partials.set(name.slice('partials/'.length), t);
    else if (name.startsWith('points/') && isPointId(name.slice('points/'.length))) points.set(name.slice('points/'.length), t);
    else if ((PART_NAMES as readonly string[]).includes(name)) parts.set(name as PartName, t);
  }
  return { value: { parts, partials, points }, diagnostics };
}
