/**
 * Built-in templates (templates/ in the package) and the office's overrides
 * (`--templates DIR`, same file names). Every template is parsed and checked
 * when it loads, so a broken or misspelt template is reported with its file,
 * line and column before anything renders. Never throws for user input.
 */
import { appendAll } from '../util/append-all.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fullHandlebars } from './handlebars.js';
import { diagnostic, type ParamsOf } from '../diagnostics/create.js';
import type { ReadProblem } from '../diagnostics/catalogue.js';
import { lookAtSync, type ReadScope } from '../load/office-files.js';
import { readRegular } from '../load/read-source.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ProgramNode } from './check-template.js';
import type { Result } from '../result.js';
import { isPointId } from '../schema/points.js';
import { MAX_BLOCK_DEPTH, MAX_ELSE_CHAIN, MAX_SUBEXPRESSION_DEPTH, MAX_TAGS, templateShape } from './template-shape.js';

export { MAX_BLOCK_DEPTH, MAX_ELSE_CHAIN, MAX_SUBEXPRESSION_DEPTH, MAX_TAGS } from './template-shape.js';

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

/** `.hbs` files of the package's template folder and its partials/ and points/ folders, by template name. */
export function listTemplates(dir: string): Map<string, string> {
  return listChecked(dir, { root: dir, allowOutside: true }).files;
}

/** What may not be read, in the words a template's reader uses (READ_PROBLEM). */
const UNREADABLE: Record<string, ReadProblem> = { folder: 'folder', fifo: 'fifo', brokenLink: 'missing', linkLoop: 'linkLoop', unreadable: 'other', special: 'special' };

/**
 * `.hbs` files of a template folder named by the user or the data, each looked
 * at where it is (src/load/office-files.ts lookAtSync): a link is followed only
 * when it stays in the folder (a data repository's `partials/x.hbs` linked to
 * /etc/passwd printed the file into the report, repro 30), and an entry named
 * `.hbs` that is not a file is named, not skipped. Hidden entries are not templates.
 */
function listChecked(dir: string, scope: ReadScope): { files: Map<string, string>; diagnostics: Diagnostic[] } {
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const [sub, prefix] of [['.', ''], ['partials', 'partials/'], ['points', 'points/']] as const) {
    const d = join(dir, sub);
    let names: string[];
    try {
      names = readdirSync(d).filter((f) => f.endsWith('.hbs') && !f.startsWith('.')).sort();
    } catch {
      continue; // no partials/ or points/ folder
    }
    for (const f of names) {
      const path = join(d, f);
      const entry = lookAtSync(path, scope);
      if (entry.kind === 'file') files.set(`${prefix}${f.slice(0, -4)}`, path);
      else if (entry.kind === 'outside') diagnostics.push(diagnostic('INPUT_OUTSIDE', { input: path, target: entry.target, root: scope.root }, { file: path, line: 0, column: 0 }));
      else diagnostics.push(diagnostic('TEMPLATE_UNREADABLE', { cause: entry.kind === 'notFile' ? (UNREADABLE[entry.why] ?? 'other') : entry.kind === 'folder' ? 'folder' : 'missing' }, { file: path, line: 0, column: 0 }));
    }
  }
  return { files, diagnostics };
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

/** Read through the one bounded reader (one handle, fstat, at most the limit: a FIFO or /dev/zero named x.hbs is refused, not read). */
function readTemplate(path: string, shown: string): { source?: string; diagnostics: Diagnostic[] } {
  const at = { file: shown, line: 0, column: 0 };
  const read = readRegular(path, MAX_TEMPLATE_BYTES);
  if (read.kind === 'too-large') return { diagnostics: [diagnostic('TEMPLATE_UNREADABLE', { cause: 'tooLarge', limit: MAX_TEMPLATE_BYTES }, at)] };
  if (read.kind === 'not-file') return { diagnostics: [diagnostic('TEMPLATE_UNREADABLE', { cause: read.cause, ...(read.errno !== undefined && { errno: read.errno }) }, at)] };
  try {
    return { source: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes).replace(/^\uFEFF/, ''), diagnostics: [] };
  } catch {
    return { diagnostics: [diagnostic('TEMPLATE_UNREADABLE', { cause: 'notUtf8' }, at)] };
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

/**
 * Built-in templates, each replaced by the file of the same name in
 * `overrideDir`, whose links must stay in it unless `allowOutside`.
 */
export function loadTemplates(overrideDir?: string, opts: { allowOutside?: boolean } = {}): Result<LoadedTemplates> {
  const diagnostics: Diagnostic[] = [];
  const files = listTemplates(builtinTemplatesDir());
  if (overrideDir !== undefined) {
    if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory()) {
      return { value: undefined, diagnostics: [diagnostic('TEMPLATE_DIR_NOT_FOUND', { dir: overrideDir }, { file: overrideDir, line: 0, column: 0 })] };
    }
    const known = [...files.keys()];
    const listed = listChecked(overrideDir, { root: overrideDir, ...(opts.allowOutside && { allowOutside: true }) });
    appendAll(diagnostics, listed.diagnostics);
    for (const [name, path] of listed.files) {
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
