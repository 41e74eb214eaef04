/**
 * YearModel → ReportDocument: title, opening, the four sections in the
 * office's order, shortcomings, plans, signature and the statistics appendix.
 * Templates load and are checked first; a template problem is a diagnostic
 * with its file, line and column, and no document. Never throws.
 */
import { appendAll } from '../util/append-all.js';
import type { Block, ReportDocument } from '../document/model.js';
import { diagnostic } from '../diagnostics/catalogue.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { compareKeyNumbers } from '../compare/year-over-year.js';
import { KEY_NUMBER_COLUMNS, type KeyNumbers } from '../model/key-numbers.js';
import { keyNumbers } from '../model/numbers.js';
import type { YearModel } from '../model/types.js';
import type { SectionKey } from '../schema/year.js';
import { RenderBudget, TemplateBudgetError } from './budget.js';
import { checkTemplate } from './check-template.js';
import { finish, LINE_BREAK, RenderState, type Placement } from './drafts.js';
import { COMPILE_OPTIONS, createEnvironment, HELPER_NAMES, type Env } from './environment.js';
import { MODEL_FIELDS } from './fields.js';
import { loadTemplates, type LoadedTemplate, type LoadedTemplates, type PartName } from './load-templates.js';
import { statisticsTable } from './statistics.js';
import { formatDate, ordinal } from './text.js';
import { trackedView } from './track.js';

/** Headings as the seeds word them; the office may reword the four sections. */
export const DEFAULT_HEADINGS: Record<SectionKey | 'shortcomings' | 'plans', string> = {
  leadership: '加强领导、健全机制',
  members: '加强学习、提升素质',
  supervision: '扎实推进民主监督',
  liaison: '主动联络、增进友谊',
  shortcomings: '存在的不足',
  plans: '明年工作打算',
};

export interface RenderOptions {
  templatesDir?: string;
  /** Last year's key numbers, for 比上年 phrases and a last-year column. */
  previous?: KeyNumbers;
}

export interface RenderedReport {
  document: ReportDocument;
  /** Where each record landed, for --explain. */
  placements: Placement[];
}

/** Check every part against the model's fields, helpers and partials. */
function checkAll(t: LoadedTemplates): Diagnostic[] {
  const helpers = new Set(HELPER_NAMES);
  const partials = new Map([...t.partials].map(([k, v]) => [k, { file: v.file, ast: v.ast }]));
  const all = [...t.parts.values()].flatMap((p) =>
    checkTemplate({ file: p.file, ast: p.ast, root: MODEL_FIELDS, context: MODEL_FIELDS, helpers, partials }),
  );
  // A partial used by several sections reports each of its problems once.
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = `${d.code}:${d.file}:${d.line}:${d.column}:${d.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * A set of templates checked and compiled once. Compiling is most of a
 * render's cost (Handlebars compiles lazily, to JavaScript), so a process that
 * renders many reports (a batch worker) compiles each set of templates once.
 */
interface Compiled {
  env: Env;
  parts: Map<PartName, HandlebarsTemplateDelegate>;
  checks: Diagnostic[];
  /** The state the block helpers write into while a part renders. */
  state: RenderState;
  /** What the part being rendered may still cost. */
  budget: RenderBudget;
}

const compiledCache = new Map<string, Compiled>();
const MAX_CACHED = 8;

function compiledFor(t: LoadedTemplates): Compiled {
  const all = [...t.parts.values(), ...t.partials.values()];
  const key = all.map((x) => `${x.file}\u0000${x.source}`).join('\u0001');
  const hit = compiledCache.get(key);
  if (hit) return hit;
  const compiled: Compiled = { env: undefined as unknown as Env, parts: new Map(), checks: checkAll(t), state: new RenderState(), budget: new RenderBudget() };
  compiled.env = createEnvironment(
    () => compiled.state,
    () => compiled.budget,
  );
  for (const [name, p] of t.partials) compiled.env.registerPartial(name, compiled.env.compile(p.ast as never, COMPILE_OPTIONS));
  for (const [name, p] of t.parts) compiled.parts.set(name, compiled.env.compile(p.ast as never, COMPILE_OPTIONS));
  if (compiledCache.size >= MAX_CACHED) compiledCache.delete(compiledCache.keys().next().value as string);
  compiledCache.set(key, compiled);
  return compiled;
}

function renderPart(
  compiled: Compiled,
  name: PartName,
  template: LoadedTemplate,
  model: YearModel,
  extra: { intro?: string; points?: string[] },
): { state?: RenderState; diagnostics: Diagnostic[] } {
  const state = new RenderState();
  compiled.state = state;
  compiled.budget = new RenderBudget();
  const run = compiled.parts.get(name) as HandlebarsTemplateDelegate;
  try {
    run(trackedView(model, state.tracker), { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (e) {
    return { diagnostics: [renderFailure(e, template.file)] };
  }
  if (extra.intro) state.drafts.unshift({ kind: 'paragraph', text: extra.intro.split('\n').join(LINE_BREAK), marks: new Set() });
  state.appendPoints(extra.points ?? []);
  return { state, diagnostics: [] };
}

const BUDGET_WHAT: Record<TemplateBudgetError['what'], string> = {
  runs: '渲染的块（每个 #each 条目、#if 分支、段落各算一次）',
  chars: '生成的字符数',
  time: '耗时（毫秒）',
};

/**
 * A render that stopped, in Chinese with the template's position. The
 * JavaScript message (“Cannot use 'in' operator…”, “Maximum call stack size
 * exceeded”) is never shown: it says nothing an office can act on.
 */
function renderFailure(e: unknown, file: string): Diagnostic {
  if (e instanceof TemplateBudgetError) {
    return diagnostic('TEMPLATE_OUTPUT_TOO_LARGE', { what: BUDGET_WHAT[e.what], limit: e.limit }, { file, line: e.loc?.line ?? 1, column: e.loc?.column ?? 1 });
  }
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const raw = String(err.message ?? e).replace(/ - \d+:\d+$/, '');
  const missing = /^"(.+)" not defined in/.exec(raw);
  const detail = missing
    ? `字段“${missing[1]}”不存在。`
    : e instanceof RangeError
      ? '模板嵌套或调用过深，渲染中止。'
      : '模板在这里对数据的用法不对（例如对数字或文字取字段，或把辅助函数用在不适用的值上）。';
  // Handlebars gives a position only for strict-mode misses; otherwise the file's start, never 0:0.
  const line = typeof err.lineNumber === 'number' ? err.lineNumber : 1;
  const column = typeof err.column === 'number' ? err.column + 1 : 1;
  return diagnostic('TEMPLATE_RENDER', { detail }, { file, line, column });
}

/**
 * The model with last year beside it: `compare.*` holds “比上年增加2次” where
 * both years have the number. A number this year gives only roughly (40余人次)
 * is not compared: the difference would claim a precision the year never had.
 */
export function withPrevious(model: YearModel, previous: KeyNumbers | undefined): YearModel {
  if (!previous) return model;
  const phrases = compareKeyNumbers(keyNumbers(model), previous);
  const compare = { ...model.compare };
  for (const { key } of KEY_NUMBER_COLUMNS) {
    const approx = key === 'members' ? undefined : model.stats[key]?.approx;
    compare[key] = approx === undefined ? phrases[key] : undefined;
  }
  return { ...model, compare };
}

/** The heading the office wrote may carry its own 一、; the tool numbers headings itself. */
const stripOrdinal = (h: string): string => h.replace(/^\s*[（(]?[一二三四五六七八九十]+[、)）.．]\s*/, '').trim();

export function renderWithPlacements(yearModel: YearModel, opts: RenderOptions = {}): { value: RenderedReport | undefined; diagnostics: Diagnostic[] } {
  const model = withPrevious(yearModel, opts.previous);
  const loaded = loadTemplates(opts.templatesDir);
  const diagnostics = [...loaded.diagnostics];
  const templates = loaded.value;
  if (!templates || hasErrors(diagnostics)) return { value: undefined, diagnostics };
  const compiled = compiledFor(templates);
  appendAll(diagnostics, compiled.checks);
  if (hasErrors(diagnostics)) return { value: undefined, diagnostics };

  const placements: Placement[] = [];
  const blocks: Block[] = [{ type: 'title', text: model.report.title }];
  let headingNumber = 0;

  const part = (name: PartName, heading: string | undefined, extra: { intro?: string; points?: string[] } = {}): void => {
    const template = templates.parts.get(name);
    if (!template) return;
    const rendered = renderPart(compiled, name, template, model, extra);
    appendAll(diagnostics, rendered.diagnostics);
    if (!rendered.state) return;
    const label = heading === undefined ? '开头' : `${ordinal(headingNumber + 1, 'dun')}${heading}`;
    const body = finish(rendered.state.drafts, label, placements);
    // A part with nothing to say is left out and the rest renumbered: never an empty heading.
    if (body.length === 0) return;
    if (heading !== undefined) {
      headingNumber++;
      blocks.push({ type: 'heading', level: 1, text: label });
    }
    appendAll(blocks, body);
  };

  part('opening', undefined);
  for (const key of model.report.order) {
    const wording = model.report.sections[key];
    if (wording.omit) continue;
    const heading = stripOrdinal(wording.heading ?? '') || DEFAULT_HEADINGS[key];
    const extra: { intro?: string; points?: string[] } = { points: wording.points };
    if (wording.intro !== undefined) extra.intro = wording.intro;
    part(key, heading, extra);
  }
  part('shortcomings', DEFAULT_HEADINGS.shortcomings);
  part('plans', DEFAULT_HEADINGS.plans);

  blocks.push({ type: 'signature', name: model.office.signature, date: formatDate(model.office.date) });
  if (model.report.statistics) blocks.push({ type: 'pageBreak' }, statisticsTable(model, opts.previous));

  if (hasErrors(diagnostics)) return { value: undefined, diagnostics };
  const document: ReportDocument = { title: model.report.title, author: model.office.name, year: model.year, blocks };
  return { value: { document, placements }, diagnostics };
}

export function renderReport(model: YearModel, opts: RenderOptions = {}): { value: ReportDocument | undefined; diagnostics: Diagnostic[] } {
  const r = renderWithPlacements(model, opts);
  return { value: r.value?.document, diagnostics: r.diagnostics };
}
