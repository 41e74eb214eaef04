/**
 * --explain: where every itemised record went. Placement comes from the
 * renderer's tracking (./track.ts): a record is placed when a kept paragraph or
 * point of the report read its fields. A record no template wrote is a
 * RECORD_NOT_PLACED warning, saying which number it is still counted in.
 */
import { diagnostic, type Location } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { YearModel } from '../model/types.js';
import { amountOf } from '../schema/counts.js';
import { KINDS, type KindKey } from '../schema/kinds/index.js';
import { STATISTICS_TITLE } from './statistics.js';
import { renderWithPlacements, type RenderedReport, type RenderOptions } from './render-report.js';
import type { Result } from '../result.js';

export interface ExplainEntry {
  /** Path of the record in the data, e.g. `meetings[3]`. */
  ref: string;
  /** A few words naming the record (date and topic). */
  label: string;
  /** Where the report writes it: part heading and point or paragraph. */
  placed: { part: string; where: string }[];
  /** Numbers of the report that count it. */
  countedIn: string[];
}

interface RecordInfo {
  ref: string;
  label: string;
  countedIn: string[];
}

/** meetings[2] before meetings[10]; one collator, since localeCompare with options builds one per call. */
const REF_ORDER = new Intl.Collator('en', { numeric: true });

/** Every record of the model, with the numbers its kind's counting rules count it in. */
function records(model: YearModel): RecordInfo[] {
  const out: RecordInfo[] = [];
  for (const kind of KINDS) {
    for (const item of (model[kind.key as KindKey] as { all: (Record<string, unknown> & { ref: string })[] }).all) {
      const countedIn = kind.statistics === 'rows' ? [STATISTICS_TITLE] : kind.tallies.filter((t) => amountOf(t, item) !== undefined).map((t) => t.title);
      out.push({ ref: item.ref, label: kind.label(item), countedIn });
    }
  }
  return out.sort((a, b) => REF_ORDER.compare(a.ref, b.ref));
}

/** `meetings[3]` → ['meetings', 3], the path diagnostics carry. */
export function refPath(ref: string): (string | number)[] {
  return ref.split(/[.[\]]+/).filter((p) => p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Where a rendered report placed each record; a record placed nowhere is a RECORD_NOT_PLACED warning. */
export function explainPlacements(
  model: YearModel,
  rendered: RenderedReport,
  locate: (path: (string | number)[]) => Location = () => ({ file: '', line: 0, column: 0 }),
): { entries: ExplainEntry[]; diagnostics: Diagnostic[] } {
  const byRef = new Map<string, { part: string; where: string }[]>();
  for (const p of rendered.placements) {
    const list = byRef.get(p.ref) ?? [];
    if (!list.some((x) => x.part === p.part && x.where === p.where)) list.push({ part: p.part, where: p.where });
    byRef.set(p.ref, list);
  }
  const diagnostics: Diagnostic[] = [];
  const entries = records(model).map((r): ExplainEntry => {
    const placed = byRef.get(r.ref) ?? [];
    if (placed.length === 0) {
      const path = refPath(r.ref);
      diagnostics.push(diagnostic('RECORD_NOT_PLACED', { record: r.ref, counted: r.countedIn.join('、') }, { ...locate(path), path }));
    }
    return { ref: r.ref, label: r.label, placed, countedIn: r.countedIn };
  });
  return { entries, diagnostics };
}

export function explain(
  model: YearModel,
  opts: RenderOptions & { file?: string } = {},
): Result<ExplainEntry[]> {
  const rendered = renderWithPlacements(model, opts);
  if (!rendered.value) return { value: undefined, diagnostics: rendered.diagnostics };
  const file = opts.file ?? '';
  const placed = explainPlacements(model, rendered.value, () => ({ file, line: 0, column: 0 }));
  return { value: placed.entries, diagnostics: [...rendered.diagnostics, ...placed.diagnostics] };
}

/** The `.explain.txt` text: one line per record. */
export function explainText(entries: readonly ExplainEntry[]): string {
  const lines = entries.map((e) => {
    const where = e.placed.length > 0 ? e.placed.map((p) => `${p.part}（${p.where}）`).join('；') : '未写入正文';
    const counted = e.countedIn.length > 0 ? `；计入：${e.countedIn.join('、')}` : '';
    return `${e.ref}  ${e.label}\n    → ${where}${counted}`;
  });
  return `${lines.join('\n')}\n`;
}
