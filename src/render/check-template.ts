/**
 * Load-time check of one template's syntax tree. Handlebars' strict mode only
 * catches a missing field when that line runs, and not inside #if/#each at all
 * (docs reliability row 15), so every path, helper and partial is checked here
 * against the model's declared fields (./fields.ts), tracking the context
 * through #each and #with, before anything renders.
 */
import { closest } from 'fastest-levenshtein';
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FieldSpec } from './fields.js';
import { checkHelperCall, type Arg } from './helper-call.js';
import { HELPER_SIGNATURES } from './helpers/signatures.js';

/* The parts of Handlebars' AST this check reads. */
interface Loc {
  start: { line: number; column: number };
}
interface Node {
  type: string;
  loc?: Loc;
}
interface PathNode extends Node {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: (string | number)[];
  original: string;
}
interface HashNode extends Node {
  pairs: { key: string; value: Node }[];
}
interface CallNode extends Node {
  path: Node;
  params: Node[];
  hash?: HashNode;
}
interface BlockNode extends CallNode {
  program?: ProgramNode;
  inverse?: ProgramNode;
}
interface PartialNode extends Node {
  name: Node;
  params: Node[];
  hash?: HashNode;
}
export interface ProgramNode extends Node {
  body: Node[];
  blockParams?: string[];
}

/** Data variables Handlebars sets inside #each, and @root. */
const DATA_VARS = new Set(['index', 'first', 'last', 'key']);
const CONTEXT_KEEPING = new Set(['if', 'unless', 'paragraph', 'points', 'point', 'list', 'item']);

export interface CheckInput {
  file: string;
  ast: ProgramNode;
  root: FieldSpec;
  /** Context of the template's top level (the model root for every built-in). */
  context: FieldSpec;
  helpers: ReadonlySet<string>;
  partials: ReadonlyMap<string, { file: string; ast: ProgramNode }>;
}

const MAX_PARTIAL_DEPTH = 8;
/** #each inside #each: the built-ins nest two; nine over @root.meetings.all wrote a 40 MB document.xml. */
export const MAX_EACH_DEPTH = 3;
/** Block helpers that collect their body's text into the report; text anywhere else is never written. */
const CAPTURING = new Set(['paragraph', 'points', 'point', 'list', 'item']);

interface WalkState {
  /** Partials entered, outermost first: a name met again is recursion. */
  chain: string[];
  /** Inside a block whose text reaches the report. */
  capturing: boolean;
  eachDepth: number;
}

const clipText = (t: string): string => (t.length > 20 ? `${t.slice(0, 20)}…` : t);

const at = (file: string, node: Node) => ({ file, line: node.loc?.start.line ?? 0, column: (node.loc?.start.column ?? -1) + 1 });

const isHelperName = (node: Node): node is PathNode =>
  node.type === 'PathExpression' && !(node as PathNode).data && (node as PathNode).depth === 0 && (node as PathNode).parts.length === 1 && !/^(\.|this\b)/.test((node as PathNode).original);

/** One template's walk: the context stack follows #each and #with, every problem is reported once. */
class TemplateChecker {
  readonly out: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly input: CheckInput) {}

  private push(d: Diagnostic): void {
    const key = `${d.code}:${d.file}:${d.line}:${d.column}:${d.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push(d);
  }

  private resolve(file: string, node: PathNode, stack: FieldSpec[]): FieldSpec | undefined {
    let spec: FieldSpec | undefined;
    let parts = node.parts.map(String);
    if (node.data) {
      const head = parts[0] ?? '';
      if (head === 'root') {
        spec = this.input.root;
        parts = parts.slice(1);
      } else if (DATA_VARS.has(head) && parts.length === 1) {
        return { kind: 'number', label: head };
      } else {
        this.push(diagnostic('TEMPLATE_UNKNOWN_FIELD', { path: node.original, context: 'dataVariable', suggestion: '@index' }, at(file, node)));
        return undefined;
      }
    } else {
      spec = stack[stack.length - 1 - node.depth];
      if (!spec) {
        this.push(diagnostic('TEMPLATE_UNKNOWN_FIELD', { path: node.original, context: 'parent', suggestion: '' }, at(file, node)));
        return undefined;
      }
    }
    for (const part of parts) {
      const current: FieldSpec = spec;
      if (current.kind === 'object' && Object.prototype.hasOwnProperty.call(current.fields, part)) {
        spec = current.fields[part];
      } else if (current.kind === 'list' && part === 'length') {
        spec = { kind: 'number', label: '个数' };
      } else if (current.kind === 'list' && /^\d+$/.test(part)) {
        spec = current.item;
      } else {
        const names = current.kind === 'object' ? Object.keys(current.fields) : current.kind === 'list' ? ['length'] : [];
        const suggestion = names.length > 0 ? closest(part, names) : '';
        this.push(diagnostic('TEMPLATE_UNKNOWN_FIELD', { path: node.original, context: 'field', label: current.label, suggestion }, at(file, node)));
        return undefined;
      }
      if (!spec) return undefined;
    }
    return spec;
  }

  private helperCheck(file: string, path: Node): string | undefined {
    if (!isHelperName(path)) {
      this.push(diagnostic('TEMPLATE_UNSUPPORTED', { what: 'notAHelper', name: (path as PathNode).original ?? path.type }, at(file, path)));
      return undefined;
    }
    const name = String(path.parts[0]);
    if (!this.input.helpers.has(name)) {
      this.push(diagnostic('TEMPLATE_UNKNOWN_HELPER', { name, suggestion: closest(name, [...this.input.helpers]) }, at(file, path)));
      return undefined;
    }
    return name;
  }

  /** What an argument is before any data: a field, a literal, or a helper's result (./helper-call.ts). */
  private expr(file: string, node: Node, stack: FieldSpec[]): Arg {
    if (node.type === 'PathExpression') {
      const spec = this.resolve(file, node as PathNode, stack);
      return spec ? { source: 'field', spec, name: (node as PathNode).original } : { source: 'unknown' };
    }
    if (node.type === 'SubExpression') {
      const name = this.call(file, node as CallNode, stack);
      const sig = name === undefined ? undefined : HELPER_SIGNATURES[name];
      return name !== undefined && sig ? { source: 'helper', name, returns: sig.returns } : { source: 'unknown' };
    }
    return { source: 'literal', value: (node as Node & { value?: string | number | boolean | null }).value ?? (node.type === 'NullLiteral' ? null : undefined) };
  }

  private args(file: string, node: CallNode, stack: FieldSpec[], name: string | undefined): (FieldSpec | undefined)[] {
    const given = node.params.map((p) => this.expr(file, p, stack));
    const hash = (node.hash?.pairs ?? []).map((pair) => ({ key: pair.key, arg: this.expr(file, pair.value, stack) }));
    // The helper's arity and argument kinds, at the tag (repros 29, 38).
    if (name !== undefined) for (const d of checkHelperCall(name, given, hash, at(file, node))) this.push(d);
    return given.map((a) => (a.source === 'field' ? a.spec : undefined));
  }

  private call(file: string, node: CallNode, stack: FieldSpec[]): string | undefined {
    const name = this.helperCheck(file, node.path);
    this.args(file, node, stack, name);
    return name;
  }

  walk(file: string, program: ProgramNode | undefined, stack: FieldSpec[], ws: WalkState): void {
    if (!program) return;
    if (program.blockParams && program.blockParams.length > 0) {
      this.push(diagnostic('TEMPLATE_UNSUPPORTED', { what: 'blockParams' }, at(file, program)));
      return;
    }
    for (const node of program.body) {
      switch (node.type) {
        case 'ContentStatement': {
          const text = ((node as Node & { value?: string }).value ?? '').trim();
          if (text !== '' && !ws.capturing) this.push(diagnostic('TEMPLATE_TEXT_OUTSIDE_BLOCK', { text: clipText(text) }, at(file, node)));
          break;
        }
        case 'CommentStatement':
          break;
        case 'MustacheStatement':
          this.mustache(file, node as CallNode, stack, ws);
          break;
        case 'BlockStatement':
          this.block(file, node as BlockNode, stack, ws);
          break;
        case 'PartialStatement':
          this.partial(file, node as PartialNode, stack, ws);
          break;
        default:
          this.push(diagnostic('TEMPLATE_UNSUPPORTED', { what: node.type === 'PartialBlockStatement' ? 'partialBlock' : 'decorator' }, at(file, node)));
      }
    }
  }

  private mustache(file: string, m: CallNode, stack: FieldSpec[], ws: WalkState): void {
    const simple = m.params.length === 0 && (m.hash?.pairs.length ?? 0) === 0;
    const knownHelper = simple && isHelperName(m.path) && this.input.helpers.has(String(m.path.parts[0]));
    // A helper named alone: nothing to resolve, but it may need arguments (`{{date}}`).
    if (knownHelper) for (const d of checkHelperCall(String((m.path as PathNode).parts[0]), [], [], at(file, m))) this.push(d);
    if (!knownHelper && simple && m.path.type === 'PathExpression') this.resolve(file, m.path as PathNode, stack);
    else if (!knownHelper) this.call(file, m, stack);
    if (!ws.capturing) this.push(diagnostic('TEMPLATE_TEXT_OUTSIDE_BLOCK', { text: `{{${(m.path as PathNode).original ?? '…'}}}` }, at(file, m)));
  }

  private block(file: string, blk: BlockNode, stack: FieldSpec[], ws: WalkState): void {
    const name = this.helperCheck(file, blk.path);
    const specs = this.args(file, blk, stack, name);
    let inner: FieldSpec | undefined = stack[stack.length - 1];
    const inBody: WalkState = { ...ws, capturing: ws.capturing || (name !== undefined && CAPTURING.has(name)) };
    if (name === 'each' || name === 'with') {
      const param = blk.params[0];
      if (param && param.type !== 'PathExpression') {
        // A literal or a subexpression: no field to check the body against, so the body is checked against nothing
        // (every field in it is reported) and the construct itself is refused: it was a way round this check.
        this.push(diagnostic('TEMPLATE_UNSUPPORTED', { what: param.type === 'SubExpression' ? 'subexpressionParam' : 'literalParam', name }, at(file, param)));
        inner = { kind: 'string', label: param.type === 'SubExpression' ? '子表达式的结果' : '字面量' };
      }
    }
    if (name === 'each') {
      const target = specs[0];
      if (inner?.kind !== 'string' || target !== undefined) inner = target?.kind === 'list' ? target.item : undefined;
      if (target && target.kind !== 'list') this.push(diagnostic('TEMPLATE_UNSUPPORTED', { what: 'eachNotList' }, at(file, blk)));
      inBody.eachDepth = ws.eachDepth + 1;
      if (inBody.eachDepth > MAX_EACH_DEPTH) {
        this.push(diagnostic('TEMPLATE_TOO_COMPLEX', { what: 'eachDepth', limit: MAX_EACH_DEPTH }, at(file, blk)));
        return;
      }
    } else if (name === 'with') {
      if (inner?.kind !== 'string' || specs[0] !== undefined) inner = specs[0];
    } else if (name !== undefined && !CONTEXT_KEEPING.has(name)) {
      this.push(diagnostic('TEMPLATE_UNSUPPORTED', { what: 'notABlockHelper', name }, at(file, blk)));
      inner = undefined;
    }
    if (inner) this.walk(file, blk.program, [...stack, inner], inBody);
    this.walk(file, blk.inverse, stack, inBody);
  }

  private partial(file: string, p: PartialNode, stack: FieldSpec[], ws: WalkState): void {
    if (p.name.type !== 'PathExpression') {
      this.push(diagnostic('TEMPLATE_UNSUPPORTED', { what: 'dynamicPartial' }, at(file, p)));
      return;
    }
    const name = (p.name as PathNode).original;
    const partial = this.input.partials.get(name);
    if (!partial) {
      this.push(diagnostic('TEMPLATE_UNKNOWN_PARTIAL', { name }, at(file, p)));
      return;
    }
    if ((p.hash?.pairs.length ?? 0) > 0) this.push(diagnostic('TEMPLATE_UNSUPPORTED', { what: 'partialHash' }, at(file, p)));
    const given = p.params[0] ? this.expr(file, p.params[0], stack) : undefined;
    const context = p.params[0] ? (given?.source === 'field' ? given.spec : undefined) : stack[stack.length - 1];
    if (ws.chain.includes(name)) {
      // Rendering would recurse until the stack overflows; no data can stop it.
      const chain = [...ws.chain.slice(ws.chain.indexOf(name)), name].map((n) => `“${n}”`).join(' → ');
      this.push(diagnostic('TEMPLATE_PARTIAL_RECURSION', { partial: name, chain }, at(file, p)));
      return;
    }
    if (ws.chain.length >= MAX_PARTIAL_DEPTH) this.push(diagnostic('TEMPLATE_TOO_DEEP', { limit: MAX_PARTIAL_DEPTH }, at(file, p)));
    else if (context) this.walk(partial.file, partial.ast, [...stack, context], { ...ws, chain: [...ws.chain, name] });
  }
}

export function checkTemplate(input: CheckInput): Diagnostic[] {
  const checker = new TemplateChecker(input);
  checker.walk(input.file, input.ast, [input.context], { chain: [], capturing: false, eachDepth: 0 });
  return checker.out;
}
