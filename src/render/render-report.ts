/**
 * YearModel → ReportDocument: title, opening, the four sections in the
 * office's order, shortcomings, plans, signature and the statistics appendix.
 * Templates load and are checked first; a template problem is a diagnostic
 * with its file, line and column, and no document. Never throws.
 */
import { appendAll } from '../util/append-all.js';
import type { Block, ReportDocument } from '../document/model.js';
import { diagnostic } from '../diagnostics/create.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { OfficePoint, YearModel } from '../model/types.js';
import { SECTION_KEYS, type SectionKey } from '../schema/year.js';
import { RenderBudget, TemplateBudgetError } from './budget.js';
import { checkTemplate } from './check-template.js';
import { finish, LINE_BREAK, RenderState, type Placement } from './drafts.js';
import { COMPILE_OPTIONS, createEnvironment, HELPER_NAMES, type Env } from './environment.js';
import { MODEL_FIELDS } from './fields.js';
import { fullHandlebars, runtimeHandlebars } from './handlebars.js';
import { loadTemplates, type LoadedTemplates, type PartName } from './load-templates.js';
import { loadPrecompiled } from './precompiled.js';
import { STATISTICS_TITLE, statisticsAttachment } from './statistics.js';
import { formatDate, ordinal } from './text.js';
import { trackedView } from './track.js';
import type { Result } from '../result.js';

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
  /** The templates' links may leave their folder (`--allow-outside`). */
  allowOutside?: boolean;
}

export interface RenderedReport {
  document: ReportDocument;
  /** Where each record landed, for --explain. */
  placements: Placement[];
}

/** Check every part against the model's fields, helpers and partials (also run on the built-ins when they are precompiled). */
export function checkAll(t: LoadedTemplates): Diagnostic[] {
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
  /** Each part's file, for diagnostics. */
  files: Map<PartName, string>;
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
  const compiled: Compiled = { env: undefined as unknown as Env, parts: new Map(), files: new Map(), checks: checkAll(t), state: new RenderState(), budget: new RenderBudget() };
  compiled.env = createEnvironment(
    () => compiled.state,
    fullHandlebars(),
    () => compiled.budget,
  );
  for (const [name, p] of t.partials) compiled.env.registerPartial(name, compiled.env.compile(p.ast as never, COMPILE_OPTIONS));
  for (const [name, p] of t.parts) {
    compiled.parts.set(name, compiled.env.compile(p.ast as never, COMPILE_OPTIONS));
    compiled.files.set(name, p.file);
  }
  if (compiledCache.size >= MAX_CACHED) compiledCache.delete(compiledCache.keys().next().value as string);
  compiledCache.set(key, compiled);
  return compiled;
}

/** The built-in templates as precompiled at package build, on the Handlebars runtime; undefined when missing or stale. */
let precompiled: Compiled | null | undefined;
function precompiledBuiltins(): Compiled | undefined {
  if (precompiled !== undefined) return precompiled ?? undefined;
  precompiled = null;
  const mod = loadPrecompiled();
  if (!mod) return undefined;
  const compiled: Compiled = { env: undefined as unknown as Env, parts: new Map(), files: new Map(), checks: [], state: new RenderState(), budget: new RenderBudget() };
  const env = createEnvironment(() => compiled.state, runtimeHandlebars(), () => compiled.budget);
  compiled.env = env;
  for (const [name, p] of Object.entries(mod.partials)) env.registerPartial(name, env.template(p.spec as TemplateSpecification));
  for (const [name, p] of Object.entries(mod.parts)) {
    compiled.parts.set(name as PartName, env.template(p.spec as TemplateSpecification));
    compiled.files.set(name as PartName, p.file);
  }
  precompiled = compiled;
  return compiled;
}

function renderPart(
  compiled: Compiled,
  name: PartName,
  template: { file: string },
  model: YearModel,
  extra: Extra,
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
  state.appendPoints(extra.points ?? []);
  state.insertNotes(extra.notes ?? []);
  if (extra.intro) state.drafts.unshift({ kind: 'paragraph', text: extra.intro.split('\n').join(LINE_BREAK), marks: new Set() });
  return { state, diagnostics: [] };
}

/**
 * A render that stopped, in Chinese with the template's position. The
 * JavaScript message (“Cannot use 'in' operator…”, “Maximum call stack size
 * exceeded”) is never shown: it says nothing an office can act on.
 */
function renderFailure(e: unknown, file: string): Diagnostic {
  if (e instanceof TemplateBudgetError) {
    return diagnostic('TEMPLATE_OUTPUT_TOO_LARGE', { what: e.what, limit: e.limit }, { file, line: e.loc?.line ?? 1, column: e.loc?.column ?? 1 });
  }
  const err = e as { message?: string; lineNumber?: number; column?: number; helperLoc?: { line: number; column: number } };
  const raw = String(err.message ?? e).replace(/ - \d+:\d+$/, '');
  const missing = /^"(.+)" not defined in/.exec(raw);
  const params = missing ? { problem: 'missingField' as const, name: missing[1] as string } : { problem: e instanceof RangeError ? ('tooDeep' as const) : ('misuse' as const) };
  // Handlebars gives a position for strict-mode misses; a helper that failed gives its tag's (./budget.ts); else the file's start, never 0:0.
  const line = typeof err.lineNumber === 'number' ? err.lineNumber : (err.helperLoc?.line ?? 1);
  const column = typeof err.column === 'number' ? err.column + 1 : (err.helperLoc?.column ?? 1);
  return diagnostic('TEMPLATE_RENDER', params, { file, line, column });
}

/** What the office wrote for a section besides its records. */
interface Extra {
  intro?: string;
  points?: OfficePoint[];
  notes?: string[];
  subheadings?: boolean;
}

/** The heading the office wrote may carry its own 一、; the tool numbers headings itself. */
const stripOrdinal = (h: string): string => h.replace(/^\s*[（(]?[一二三四五六七八九十]+[、)）.．]\s*/, '').trim();

/** `model` comes from the model stage, last year already joined (src/compare/with-previous.ts). */
export function renderWithPlacements(model: YearModel, opts: RenderOptions = {}): Result<RenderedReport> {
  const diagnostics: Diagnostic[] = [];
  let compiled = opts.templatesDir === undefined ? precompiledBuiltins() : undefined;
  if (!compiled) {
    const loaded = loadTemplates(opts.templatesDir, opts.allowOutside ? { allowOutside: true } : {});
    diagnostics.push(...loaded.diagnostics);
    const templates = loaded.value;
    if (!templates || hasErrors(diagnostics)) return { value: undefined, diagnostics };
    compiled = compiledFor(templates);
    diagnostics.push(...compiled.checks);
    if (hasErrors(diagnostics)) return { value: undefined, diagnostics };
  }
  const ready = compiled;

  const placements: Placement[] = [];
  const blocks: Block[] = [{ type: 'title', text: model.report.title }];
  let headingNumber = 0;

  const part = (name: PartName, heading: string | undefined, extra: Extra = {}, view: YearModel = model): void => {
    const file = ready.files.get(name);
    if (file === undefined) return;
    const rendered = renderPart(ready, name, { file }, view, extra);
    appendAll(diagnostics, rendered.diagnostics);
    if (!rendered.state) return;
    const label = heading === undefined ? '开头' : `${ordinal(headingNumber + 1, 'dun')}${heading}`;
    const body = finish(rendered.state.drafts, label, placements, { subheadings: extra.subheadings === true });
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
    if ((SECTION_KEYS as readonly string[]).includes(key)) {
      const wording = model.report.sections[key as SectionKey];
      if (wording.omit) continue;
      const heading = stripOrdinal(wording.heading ?? '') || DEFAULT_HEADINGS[key as SectionKey];
      const extra: Extra = { points: wording.points, notes: wording.notes, subheadings: wording.subheadings };
      if (wording.intro !== undefined) extra.intro = wording.intro;
      part(key as SectionKey, heading, extra);
      continue;
    }
    // The office's own section: templates/own.hbs with `current` set to it.
    const own = model.report.own.find((o) => o.key === key);
    if (!own) continue;
    const extra: Extra = { points: own.points, notes: own.notes, subheadings: own.subheadings };
    if (own.intro !== undefined) extra.intro = own.intro;
    part('own', stripOrdinal(own.heading) || own.heading, extra, { ...model, current: own });
  }
  part('shortcomings', DEFAULT_HEADINGS.shortcomings);
  part('plans', DEFAULT_HEADINGS.plans);

  // The statistics table is an attachment (GB/T 9704 §7.4, §8): noted after the body, on its own page after the signature.
  if (model.report.statistics) blocks.push({ type: 'attachmentNote', titles: [STATISTICS_TITLE] });
  blocks.push({ type: 'signature', name: model.office.signature, date: formatDate(model.office.date) });
  if (model.report.statistics) blocks.push(...statisticsAttachment(model, model.previous));

  if (hasErrors(diagnostics)) return { value: undefined, diagnostics };
  const document: ReportDocument = { title: model.report.title, author: model.office.name, year: model.year, blocks };
  return { value: { document, placements }, diagnostics };
}

export function renderReport(model: YearModel, opts: RenderOptions = {}): Result<ReportDocument> {
  const r = renderWithPlacements(model, opts);
  return { value: r.value?.document, diagnostics: r.diagnostics };
}
