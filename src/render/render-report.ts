/**
 * YearModel → ReportDocument: title, opening, the sections in the office's
 * order, shortcomings, plans, signature and the statistics appendix.
 * Templates load and are checked first; a template problem is a diagnostic
 * with its file, line and column, and no document. Never throws.
 *
 * A section is written in three layers: its template (templates/<section>.hbs)
 * with the records the section templates write; then, numbered on from its
 * points, the records of the kinds written by their own template that are
 * placed in it (templates/kinds/<kind>.hbs, in the kinds' table order); then
 * the office's own points for it.
 */
import { appendAll } from '../util/append-all.js';
import type { Block, ReportDocument } from '../document/model.js';
import { diagnostic } from '../diagnostics/create.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { OfficePoint, YearModel } from '../model/types.js';
import { KINDS, type KindKey } from '../schema/kinds/index.js';
import { isSectionKey, SECTIONS } from '../schema/sections.js';
import { RenderBudget, TemplateBudgetError } from './budget.js';
import { compiledFor, kindTemplateName, precompiledBuiltins, type Compiled } from './compiled.js';
import { finish, LINE_BREAK, RenderState, type Placement } from './drafts.js';
import { loadTemplates } from './load-templates.js';
import { STATISTICS_TITLE, statisticsAttachment } from './statistics.js';
import { formatDate, ordinal } from './text.js';
import { trackedView } from './track.js';
import type { Result } from '../result.js';

/** Headings as the seeds word them; the office may reword the four sections. */
export const DEFAULT_HEADINGS: Record<string, string> = {
  ...Object.fromEntries(SECTIONS.map((s) => [s.key, s.heading])),
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
  /** Where each record landed (its block in `document.blocks`), for --explain and the preview's tracing. */
  placements: Placement[];
}

/** What the office wrote for a section besides its records. */
interface Extra {
  intro?: string;
  points?: OfficePoint[];
  notes?: string[];
  subheadings?: boolean;
}

const NO_PROTO = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/** The kinds written by their own template, each with the positions (in `model.<kind>.all`) of its records placed in `section`. */
function placedIn(model: YearModel, section: string): { kind: KindKey; at: number[] }[] {
  return KINDS.filter((k) => k.writtenBy === 'own template').map((k) => {
    const all = (model[k.key as KindKey] as { all: { section?: string }[] }).all;
    return { kind: k.key as KindKey, at: all.flatMap((item, i) => (item.section === section ? [i] : [])) };
  });
}

function renderPart(compiled: Compiled, name: string, model: YearModel, extra: Extra, section: string | undefined): { state?: RenderState; diagnostics: Diagnostic[] } {
  const state = new RenderState();
  compiled.state = state;
  compiled.budget = new RenderBudget();
  const template = compiled.templates.get(name)!;
  let view: YearModel;
  try {
    view = trackedView(model, state.tracker);
    template.run(view, NO_PROTO);
  } catch (e) {
    return { diagnostics: [renderFailure(e, template.file)] };
  }
  state.continueLastGroup();
  for (const { kind, at } of section === undefined ? [] : placedIn(model, section)) {
    const own = compiled.templates.get(kindTemplateName(kind));
    if (!own || at.length === 0) continue;
    const all = (view[kind] as { all: unknown[] }).all;
    try {
      own.run(at.map((i) => all[i]), { ...NO_PROTO, data: { root: view } });
    } catch (e) {
      return { diagnostics: [renderFailure(e, own.file)] };
    }
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

/** The heading the office wrote may carry its own 一、; the tool numbers headings itself. */
const stripOrdinal = (h: string): string => h.replace(/^\s*[（(]?[一二三四五六七八九十]+[、)）.．]\s*/, '').trim();

/** The templates to render with: the precompiled built-ins, or a set loaded and checked now. */
function templatesFor(opts: RenderOptions, diagnostics: Diagnostic[]): Compiled | undefined {
  const builtins = opts.templatesDir === undefined ? precompiledBuiltins() : undefined;
  if (builtins) return builtins;
  const loaded = loadTemplates(opts.templatesDir, opts.allowOutside ? { allowOutside: true } : {});
  appendAll(diagnostics, loaded.diagnostics);
  if (!loaded.value || hasErrors(diagnostics)) return undefined;
  const compiled = compiledFor(loaded.value);
  appendAll(diagnostics, compiled.checks);
  return hasErrors(diagnostics) ? undefined : compiled;
}

/** `model` comes from the model stage, last year already joined (src/compare/with-previous.ts). */
export function renderWithPlacements(model: YearModel, opts: RenderOptions = {}): Result<RenderedReport> {
  const diagnostics: Diagnostic[] = [];
  const ready = templatesFor(opts, diagnostics);
  if (!ready) return { value: undefined, diagnostics };

  const placements: Placement[] = [];
  const blocks: Block[] = [{ type: 'title', text: model.report.title }];
  let headingNumber = 0;

  const part = (name: string, heading: string | undefined, extra: Extra = {}, view: YearModel = model, section?: string): void => {
    if (!ready.templates.has(name)) return;
    const rendered = renderPart(ready, name, view, extra, section);
    appendAll(diagnostics, rendered.diagnostics);
    if (!rendered.state) return;
    const label = heading === undefined ? '开头' : `${ordinal(headingNumber + 1, 'dun')}${heading}`;
    const placedBefore = placements.length;
    const body = finish(rendered.state.drafts, label, placements, { subheadings: extra.subheadings === true });
    // A part with nothing to say is left out and the rest renumbered: never an empty heading.
    if (body.length === 0) return;
    if (heading !== undefined) {
      headingNumber++;
      blocks.push({ type: 'heading', level: 1, text: label });
    }
    // The part's placements counted blocks from its own start; from here on they count in the document.
    for (let i = placedBefore; i < placements.length; i++) (placements[i] as Placement).block += blocks.length;
    appendAll(blocks, body);
  };

  part('opening', undefined);
  for (const key of model.report.order) {
    if (isSectionKey(key)) {
      const wording = model.report.sections[key];
      if (wording.omit) continue;
      const heading = stripOrdinal(wording.heading ?? '') || (DEFAULT_HEADINGS[key] as string);
      const extra: Extra = { points: wording.points, notes: wording.notes, subheadings: wording.subheadings };
      if (wording.intro !== undefined) extra.intro = wording.intro;
      part(key, heading, extra, model, key);
      continue;
    }
    // The office's own section: templates/own.hbs with `current` set to it.
    const own = model.report.own.find((o) => o.key === key);
    if (!own) continue;
    const extra: Extra = { points: own.points, notes: own.notes, subheadings: own.subheadings };
    if (own.intro !== undefined) extra.intro = own.intro;
    part('own', stripOrdinal(own.heading) || own.heading, extra, { ...model, current: own }, own.key);
  }
  part('shortcomings', DEFAULT_HEADINGS['shortcomings']);
  part('plans', DEFAULT_HEADINGS['plans']);

  // The statistics table is an attachment (GB/T 9704 §7.4, §8): noted after the body, on its own page after the signature.
  if (model.report.statistics) blocks.push({ type: 'attachmentNote', titles: [STATISTICS_TITLE] });
  blocks.push({ type: 'signature', name: model.office.signature, date: formatDate(model.office.date) });
  if (model.report.statistics) blocks.push(...statisticsAttachment(model, model.previous));

  if (hasErrors(diagnostics)) return { value: undefined, diagnostics };
  const document: ReportDocument = { title: model.report.title, author: model.office.name, year: model.year, blocks };
  return { value: { document, placements }, diagnostics };
}

export function renderReport(model: YearModel, opts: RenderOptions = {}): Result<RenderedReport['document']> {
  const r = renderWithPlacements(model, opts);
  return { value: r.value?.document, diagnostics: r.diagnostics };
}
