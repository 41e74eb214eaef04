/**
 * --explain: where every itemised record went. Placement comes from the
 * renderer's tracking (./track.ts): a record is placed when a kept paragraph or
 * point of the report read its fields. A record no template wrote is a
 * RECORD_NOT_PLACED warning, saying which number it is still counted in.
 */
import { diagnostic, type Location } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { YearModel } from '../model/types.js';
import { renderWithPlacements, type RenderedReport, type RenderOptions } from './render-report.js';

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

function records(model: YearModel): RecordInfo[] {
  const out: RecordInfo[] = [];
  for (const m of model.meetings.all) {
    const counted = ['会议'];
    if (model.meetings.party.some((x) => x.ref === m.ref)) counted.push('党委研究政协工作');
    if (m.kind === '座谈会') counted.push('座谈会');
    if (m.kind === '协商会' || m.kind === '恳谈会') counted.push('协商恳谈');
    out.push({ ref: m.ref, label: `${m.date} ${m.kind} ${m.topic}`, countedIn: counted });
  }
  for (const s of model.studies.all) out.push({ ref: s.ref, label: `${s.date} ${s.form} ${s.topic}`, countedIn: ['学习活动'] });
  for (const s of model.inspections.all) out.push({ ref: s.ref, label: `${s.date} ${s.kind} ${s.subject}`, countedIn: ['视察调研'] });
  for (const p of model.proposals.all) {
    const counted = [p.kind === '提案' ? '提案' : p.kind === '建议' ? '意见建议' : '社情民意信息'];
    if (p.instruction !== undefined) counted.push('领导批示');
    out.push({ ref: p.ref, label: `${p.date} ${p.kind} ${p.title}`, countedIn: counted });
  }
  for (const a of model.activities.all) {
    const counted = ['联谊服务活动'];
    if (a.kind === '走访' && a.quantity?.unit === '人次') counted.push('走访委员');
    out.push({ ref: a.ref, label: `${a.date} ${a.kind} ${a.title}`, countedIn: counted });
  }
  for (const m of model.mechanisms) out.push({ ref: m.ref, label: `${m.action} ${m.name}`, countedIn: [] });
  for (const s of model.support) out.push({ ref: s.ref, label: `${s.kind} ${s.description}`, countedIn: [] });
  for (const g of model.members.groups) out.push({ ref: g.ref, label: g.name, countedIn: ['委员活动小组'] });
  for (const c of model.members.commendations) out.push({ ref: c.ref, label: c.title ?? `${c.count}人获表彰`, countedIn: ['受表彰委员'] });
  for (const s of model.members.stories) out.push({ ref: s.ref, label: `${s.name}委员`, countedIn: [] });
  for (const c of model.campaigns) out.push({ ref: c.ref, label: `“${c.name}”活动`, countedIn: [] });
  for (const t of model.trainings) out.push({ ref: t.ref, label: t.title, countedIn: [] });
  for (const list of Object.values(model.others)) for (const o of list) out.push({ ref: o.ref, label: o.name, countedIn: ['全年工作数据统计表'] });
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
): { value: ExplainEntry[] | undefined; diagnostics: Diagnostic[] } {
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
