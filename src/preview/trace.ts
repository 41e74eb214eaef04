/**
 * Tracing for the preview: which records each sentence of the report came
 * from. The renderer knows which block (paragraph, point) read which record,
 * and for a paragraph of inline points which stretch of it (render/drafts.ts,
 * `Placement.block` and `span`). A paragraph of several sentences that read
 * several records is narrowed here to the sentences that name a record's day
 * (2月23日) or the start of its topic; the paragraph's other sentences
 * (a point's title 一是领导到位, a total) list it as read by their paragraph,
 * and the page says so. Nothing is guessed beyond that.
 */
import type { Location } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { placeOf } from '../diagnostics/format/text.js';
import type { ReportDocument } from '../document/model.js';
import type { YearModel } from '../model/types.js';
import type { Placement } from '../render/drafts.js';
import { refPath, type ExplainEntry } from '../render/explain.js';
import { clause, formatMonthDay } from '../render/text.js';
import type { Segment } from '../write/html/report-html.js';

/** A record as the page shows it. */
export interface TracedRecord {
  label: string;
  /** `examples/x.yaml:12` or `台账.xlsx 会议!A5`. */
  place: string;
  /** The numbers of the report that count it (会议, 座谈会 …). */
  countedIn: string[];
}

/** What one sentence read: records it names, and records its paragraph read that it could not be narrowed to. */
export interface SentenceTrace {
  block: number;
  text: string;
  sentence: string[];
  paragraph: string[];
}

export interface ReportTrace {
  records: Record<string, TracedRecord>;
  sentences: SentenceTrace[];
  /** Each paragraph's sentences as segments of its text, `trace` indexing `sentences`. */
  segments: Map<number, Segment[]>;
}

/** A sentence ends at 。！？ (with any closing quote or bracket after it) or at a line break. */
const SENTENCE_END = /[。！？](?:[”’）》」』]*)|\n/g;

export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (text.slice(start, end).trim() !== '') out.push([start, m[0] === '\n' ? end - 1 : end]);
    start = end;
  }
  if (text.slice(start).trim() !== '') out.push([start, text.length]);
  return out;
}

/** Every record of the model by its ref (the same walk the renderer's tracking makes). */
function recordsByRef(model: YearModel): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const seen = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) return v.forEach(walk);
    const o = v as Record<string, unknown>;
    if (typeof o['ref'] === 'string' && !out.has(o['ref'])) out.set(o['ref'], o);
    for (const x of Object.values(o)) walk(x);
  };
  walk(model);
  return out;
}

const NAMING_FIELDS = ['topic', 'subject', 'title', 'name', 'description'];

/** Words a sentence that tells of the record would contain: its day, and the first characters of its topic. */
export function needlesOf(record: Record<string, unknown> | undefined): string[] {
  if (!record) return [];
  const out: string[] = [];
  const date = record['date'];
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) out.push(formatMonthDay(date));
  for (const key of NAMING_FIELDS) {
    const v = record[key];
    if (typeof v !== 'string') continue;
    const words = clause(v).replace(/^[《“"‘'（(]+/, '');
    if ([...words].length >= 2) out.push([...words].slice(0, 6).join(''));
  }
  return out;
}

export interface TraceInput {
  document: ReportDocument;
  placements: readonly Placement[];
  entries: readonly ExplainEntry[];
  model: YearModel;
  locate: (path: (string | number)[]) => Location;
  /** How a file is shown (relative to where the command was started). */
  show: (file: string) => string;
}

export function traceReport(input: TraceInput): ReportTrace {
  const { document, placements } = input;
  const records: Record<string, TracedRecord> = {};
  for (const e of input.entries) {
    const at = input.locate(refPath(e.ref));
    records[e.ref] = { label: e.label, place: shownPlace(at, input.show), countedIn: e.countedIn };
  }
  const byBlock = new Map<number, Placement[]>();
  for (const p of placements) byBlock.set(p.block, [...(byBlock.get(p.block) ?? []), p]);
  const raw = recordsByRef(input.model);

  const sentences: SentenceTrace[] = [];
  const segments = new Map<number, Segment[]>();
  document.blocks.forEach((b, block) => {
    if (b.type !== 'paragraph') return;
    const spans = splitSentences(b.text);
    const placed = byBlock.get(block) ?? [];
    const traces = spans.map(([s, e]): SentenceTrace => ({ block, text: b.text.slice(s, e), sentence: [], paragraph: [] }));
    for (const ref of new Set(placed.filter((p) => p.span === undefined).map((p) => p.ref))) {
      const needles = needlesOf(raw.get(ref));
      // One sentence: it is the paragraph. Several: those that name the record, and the paragraph's others have it as the paragraph's.
      const naming = traces.length === 1 ? traces : traces.filter((t) => needles.some((n) => t.text.includes(n)));
      for (const t of traces) (naming.includes(t) ? t.sentence : t.paragraph).push(ref);
    }
    // A point's own stretch of a paragraph of inline points: the sentences it overlaps.
    for (const p of placed) {
      if (!p.span) continue;
      const [from, to] = p.span;
      spans.forEach(([s, e], i) => {
        const t = traces[i] as SentenceTrace;
        if (s < to && e > from && !t.sentence.includes(p.ref)) t.sentence.push(p.ref);
      });
    }
    segments.set(block, spans.map(([start, end], i) => ({ start, end, trace: sentences.length + i })));
    sentences.push(...traces);
  });
  return { records, sentences, segments };
}

function shownPlace(at: Location, show: (file: string) => string): string {
  // placeOf reads only the place fields of a diagnostic, which a Location has.
  const shown = { ...at, file: show(at.file) } as Diagnostic;
  // file:line is enough to find a record; the column points inside its first line.
  if (shown.cell === undefined && shown.line > 0) return `${shown.file}:${shown.line}`;
  return placeOf(shown).replace(/：$/, '');
}

/** The first sentence that read the record a diagnostic is about, if the report has one. */
export function sentenceOf(d: Diagnostic, trace: ReportTrace): number | undefined {
  if (!d.path) return undefined;
  for (let n = d.path.length; n > 0; n--) {
    const ref = refOf(d.path.slice(0, n));
    if (!(ref in trace.records)) continue;
    const i = trace.sentences.findIndex((s) => s.sentence.includes(ref));
    if (i >= 0) return i;
    const j = trace.sentences.findIndex((s) => s.paragraph.includes(ref));
    return j >= 0 ? j : undefined;
  }
  return undefined;
}

/** ['members', 'groups', 2] → `members.groups[2]`, the renderer's ref. */
export function refOf(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
