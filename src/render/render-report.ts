/**
 * YearModel → ReportDocument: title, opening, the chapters of the outline
 * (src/schema/outline.ts; each point written by its template over the
 * records placed there, ./chapters.ts), the closing (shortcomings and plans,
 * as chapters or as a closing paragraph), signature, and the statistics
 * attachment when the office asks for it. Templates load and are checked
 * first; a template problem is a diagnostic with its file, line and column,
 * and no document. Never throws.
 */
import { appendAll } from '../util/append-all.js';
import type { Block, ReportDocument } from '../document/model.js';
import { diagnostic } from '../diagnostics/create.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { YearModel } from '../model/types.js';
import { RenderBudget, TemplateBudgetError } from './budget.js';
import { asRunningText, assemblePoint, chapterHeading, closingHeading, fragmentView, mergedTitle, planChapters, templateOf } from './chapters.js';
import { compiledFor, precompiledBuiltins, type Compiled } from './compiled.js';
import { finish, LINE_BREAK, RenderState, type Draft, type Placement, type PointDraft } from './drafts.js';
import { loadTemplates } from './load-templates.js';
import { KINDS, type KindKey } from '../schema/kinds/index.js';
import { STATISTICS_TITLE, statisticsAttachment } from './statistics.js';
import { formatDate, ordinal } from './text.js';
import { trackedView } from './track.js';
import type { Result } from '../result.js';

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

const NO_PROTO = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/** One template run over a view of the model, into a state of its own whose seed words its choices. */
function run(compiled: Compiled, name: string, model: YearModel, seed: string, said: (text: string) => boolean, written: RenderState['written'], titleOpenings?: Set<string>): { state?: RenderState; diagnostics: Diagnostic[] } {
  const template = compiled.templates.get(name);
  if (!template) return { diagnostics: [] };
  const state = new RenderState(seed, said, written, titleOpenings);
  compiled.state = state;
  compiled.budget = new RenderBudget();
  try {
    template.run(trackedView(model, state.tracker), NO_PROTO);
  } catch (e) {
    return { diagnostics: [renderFailure(e, template.file)] };
  }
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

const paragraph = (text: string): Draft => ({ kind: 'paragraph', text: text.split('\n').join(LINE_BREAK), marks: new Set() });

/** The report as it is being put together: blocks, where records went, and the chapters' numbering. */
class Report {
  readonly blocks: Block[];
  readonly placements: Placement[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private chapters = 0;
  /** Everything written so far, for `said`: a figure told once is not told again. */
  private written = '';
  /** How the titles written so far open, so the next is chosen to open otherwise (helpers/wording.ts phrase). */
  private readonly titleOpenings = new Set<string>();
  /** The points the chapters wrote, for the opening. */
  readonly pointsWritten = new Set<string>();

  constructor(
    private readonly ready: Compiled,
    private readonly model: YearModel,
  ) {
    this.blocks = [{ type: 'title', text: model.report.title }];
  }

  /** What is being written, for the wording's choices: the office, the year, the place. */
  seed(place: string): string {
    return `${this.model.office.name}|${this.model.year}|${place}`;
  }

  /** The blocks written so far after the title; the opening is put before them once written. */
  insertAfterTitle(blocks: readonly Block[]): void {
    this.blocks.splice(1, 0, ...blocks);
  }

  /** The opening, written last (it says whether a body follows) and put first. */
  opening(model: YearModel): void {
    const at = this.blocks.length;
    const refs = KINDS.flatMap((k) => (model[k.key as KindKey] as { all: { ref: string }[] }).all.map((r) => r.ref));
    // The year's records are part of what is being written: two years of one office do not open alike.
    const placedBefore = this.placements.length;
    this.add(undefined, this.drafts('opening', model, this.seed(`opening|${refs.join(',')}`)));
    const opening = this.blocks.splice(at);
    // The opening's placements move from the end to after the title; the chapters' move down by its length.
    this.placements.forEach((p, i) => {
      if (i >= placedBefore) p.block = p.block - at + 1;
      else if (p.block >= 1) p.block += opening.length;
    });
    this.insertAfterTitle(opening);
  }

  /** A template run; its drafts, or none when it failed (the diagnostic is kept). */
  drafts(name: string, view: YearModel, seed: string): Draft[] {
    const written = { ids: this.pointsWritten, refs: new Set(this.placements.map((p) => p.ref)) };
    const r = run(this.ready, name, view, seed, (text) => text !== '' && this.written.includes(text), written, this.titleOpenings);
    appendAll(this.diagnostics, r.diagnostics);
    const drafts = r.state?.drafts ?? [];
    for (const d of drafts) this.written += d.kind === 'paragraph' ? d.text : `${d.lead}${d.points.map((p) => `${p.title ?? ''}${p.body}`).join('')}${d.tail}`;
    return drafts;
  }

  /** A part: under a numbered heading, or (no heading) straight after what came before. Empty parts are left out and the rest renumbered. */
  add(heading: string | undefined, drafts: readonly Draft[], subheadings = false): void {
    const label = heading === undefined ? '开头' : `${ordinal(this.chapters + 1, 'dun')}${heading}`;
    const placedBefore = this.placements.length;
    const body = finish(drafts, label, this.placements, { subheadings });
    if (body.length === 0) return;
    if (heading !== undefined) {
      this.chapters++;
      this.blocks.push({ type: 'heading', level: 1, text: label });
    }
    // The part's placements counted blocks from its own start; from here on they count in the document.
    for (let i = placedBefore; i < this.placements.length; i++) (this.placements[i] as Placement).block += this.blocks.length;
    appendAll(this.blocks, body);
  }
}

/** The chapters of the outline, each point written by its templates over the records placed there. */
function writeChapters(report: Report, model: YearModel): void {
  const structure = model.report.outline.structure;
  for (const { chapter, items } of planChapters(model)) {
    const leads: Draft[] = chapter.intro === undefined ? [] : [paragraph(chapter.intro)];
    const points: PointDraft[] = [];
    /** Leads and points in the outline's order, for a chapter told as running text. */
    const running: (Draft | PointDraft)[] = [];
    const present = new Set<string>();
    for (const planned of items) {
      const drafts: Draft[] = [];
      let runs = 0;
      for (const fragment of planned.fragments) {
        if (!fragment.home && fragment.refs.length === 0) continue;
        const seed = report.seed(`${chapter.key}|${fragment.id}|${fragment.refs.join(',')}`);
        const out = report.drafts(templateOf(fragment.id), fragmentView(model, fragment), seed);
        if (out.length > 0) {
          present.add(fragment.id);
          report.pointsWritten.add(fragment.id);
          runs++;
        }
        appendAll(drafts, out);
      }
      const joint = mergedTitle(planned.item, runs, report.seed(`${chapter.key}|${planned.item.ids.join('+')}`));
      const assembled = assemblePoint(joint === undefined ? planned.item : { ...planned.item, title: joint }, drafts, runs);
      appendAll(leads, assembled.leads);
      appendAll(points, assembled.points);
      appendAll(running, [...assembled.leads, ...assembled.points]);
    }
    appendAll(leads, chapter.notes.map(paragraph));
    const heading = stripOrdinal(chapterHeading(chapter, structure, present, report.seed(`heading|${chapter.key}|${[...present].join(',')}`), points.flatMap((p) => (p.title === undefined ? [] : [p.title]))));
    const body: Draft[] =
      chapter.style === '成段'
        ? [...(chapter.intro === undefined ? [] : [paragraph(chapter.intro)]), ...asRunningText(running), ...chapter.notes.map(paragraph)]
        : [...leads, { kind: 'points', style: 'paragraphs', sep: '。', lead: '', tail: '', points, marks: new Set() }];
    report.add(heading, body, chapter.style === '（一）');
  }
}

/** Shortcomings and plans: two chapters, or a closing paragraph (seed 001) with the plans after it. */
function writeClosing(report: Report, model: YearModel): void {
  // What the office wrote is part of what is being written: two offices' closings are worded apart by their own points too.
  const seed = report.seed(`closing|${model.text.shortcomings.join('|')}|${model.text.plans.join('|')}`);
  const shortcomings = report.drafts('shortcomings', model, seed);
  const plans = report.drafts('plans', model, seed);
  if (model.report.outline.closing === '一段') {
    report.add(undefined, [...shortcomings, ...plans]);
    return;
  }
  report.add(closingHeading('heading.shortcomings', seed, model.nextYear), shortcomings);
  report.add(closingHeading('heading.plans', seed, model.nextYear), plans);
}

/** `model` comes from the model stage, last year already joined (src/compare/with-previous.ts). */
export function renderWithPlacements(model: YearModel, opts: RenderOptions = {}): Result<RenderedReport> {
  const diagnostics: Diagnostic[] = [];
  const ready = templatesFor(opts, diagnostics);
  if (!ready) return { value: undefined, diagnostics };
  const report = new Report(ready, model);
  writeChapters(report, model);
  report.opening(model);
  writeClosing(report, model);
  appendAll(diagnostics, report.diagnostics);

  const blocks = report.blocks;
  // The statistics table is an attachment (GB/T 9704 §7.4, §8): noted after the body, on its own page after the signature.
  if (model.report.statistics) blocks.push({ type: 'attachmentNote', titles: [STATISTICS_TITLE] });
  blocks.push({ type: 'signature', name: model.office.signature, date: formatDate(model.office.date) });
  if (model.report.statistics) blocks.push(...statisticsAttachment(model, model.previous));

  if (hasErrors(diagnostics)) return { value: undefined, diagnostics };
  const document: ReportDocument = { title: model.report.title, author: model.office.name, year: model.year, blocks };
  return { value: { document, placements: report.placements }, diagnostics };
}

export function renderReport(model: YearModel, opts: RenderOptions = {}): Result<RenderedReport['document']> {
  const r = renderWithPlacements(model, opts);
  return { value: r.value?.document, diagnostics: r.diagnostics };
}
