/**
 * The body's chapters from the outline (src/schema/outline.ts, issue 19):
 * every record goes to one place — its kind's point, a point the office named
 * on the record (`point`), or its kind's point inside the chapter it named
 * (`section`) — and each point of the outline is written by the templates of
 * the points it holds (templates/points/<id>.hbs), each run over only the
 * records placed there. A point's numbers are said where the point itself
 * is; records sent elsewhere are told there without them.
 *
 * A point of several ids (merged), retitled, or holding records sent from
 * elsewhere is one point: one title (the office's, or the first the
 * templates gave), the bodies one after another. Headings the office did not
 * give are worded from what each chapter holds.
 */
import type { ModelOutline, YearModel } from '../model/types.js';
import { entryFrom } from '../model/records.js';
import type { AnyKind } from '../schema/kind.js';
import { KINDS, type KindKey } from '../schema/kinds/index.js';
import { isPointId, pointSpec, pointTemplateName, type PointId } from '../schema/points.js';
import { isSectionKey } from '../schema/sections.js';
import type { Draft, PointDraft } from './drafts.js';
import { LINE_BREAK } from './drafts.js';
import { undateClauses } from './helpers/blocks.js';
import { clause, sentence } from './text.js';
import { pick } from './wording/choose.js';
import { PHRASES, type PhraseKey } from './wording/phrases.js';

type Chapter = ModelOutline['chapters'][number];
type Item = Chapter['items'][number];

/** What one run of a point's template writes about: its records, and whether the point's numbers are said there. */
export interface Fragment {
  id: PointId;
  refs: string[];
  home: boolean;
}

export interface PlannedItem {
  item: Item;
  fragments: Fragment[];
}

export interface PlannedChapter {
  chapter: Chapter;
  items: PlannedItem[];
}

/** The point a record is written under by default: its kind's (or group's); counts.other its section's lead. */
function homeOf(kind: AnyKind, record: Record<string, unknown>): PointId | undefined {
  if (kind.key === 'others') {
    const id = `${String(record['section'])}.others`;
    return isPointId(id) ? id : undefined;
  }
  return kind.placementOf(record)?.point;
}

const recordsOf = (model: YearModel, kind: AnyKind): Record<string, unknown>[] => (model[kind.key as KindKey] as { all: Record<string, unknown>[] }).all;

/**
 * Where every record goes, and each point of the outline with the runs of
 * templates that write it. A record whose place is left out (report.omit, an
 * omitted section) goes nowhere; --explain and RECORD_NOT_PLACED say so.
 */
export function planChapters(model: YearModel): PlannedChapter[] {
  const outline = model.report.outline;
  const omitted = new Set(outline.omitted);
  const chapters: PlannedChapter[] = outline.chapters.map((c) => ({ chapter: c, items: c.items.map((item) => ({ item, fragments: [] })) }));
  const find = (pred: (item: Item) => boolean): PlannedItem | undefined => {
    for (const c of chapters) for (const p of c.items) if (pred(p.item)) return p;
    return undefined;
  };
  const homeItem = (id: PointId) => (omitted.has(id) ? undefined : find((it) => it.ids.includes(id)));
  // Each item's home fragments first, in its own order.
  for (const c of chapters) for (const p of c.items) for (const id of p.item.ids) if (!omitted.has(id)) p.fragments.push({ id, refs: [], home: true });

  for (const kind of KINDS) {
    for (const record of recordsOf(model, kind)) {
      const home = homeOf(kind, record);
      if (home === undefined) continue;
      const target = targetOf(kind, record, home, chapters, { find, homeItem, omitted });
      if (!target) continue;
      const own = target.fragments.find((f) => f.id === home && (f.home || !target.item.ids.includes(home)));
      if (own) own.refs.push(String(record['ref']));
      else target.fragments.push({ id: home, refs: [String(record['ref'])], home: false });
    }
  }
  return chapters;
}

interface Finder {
  find: (pred: (item: Item) => boolean) => PlannedItem | undefined;
  homeItem: (id: PointId) => PlannedItem | undefined;
  omitted: ReadonlySet<string>;
}

function targetOf(kind: AnyKind, record: Record<string, unknown>, home: PointId, chapters: PlannedChapter[], f: Finder): PlannedItem | undefined {
  const point = record['point'];
  if (typeof point === 'string') {
    if (isPointId(point)) return f.homeItem(point);
    return f.find((it) => it.title === point.trim());
  }
  const section = record['section'];
  // A record of a kind that names its section (campaigns, stories …) goes to that chapter when it is not its kind's,
  // and when it is its kind's but the outline has no place for its kind's point.
  const atHome = section === kind.placement?.section ? f.homeItem(home) : undefined;
  if (atHome) return atHome;
  if (kind.key !== 'others' && typeof section === 'string') {
    if (f.omitted.has(home)) return undefined;
    // The chapter of that key or built-in section, else the one holding that section's points (an outline of the office's own chapters).
    const chapter =
      chapters.find((c) => c.chapter.key === section) ??
      (isSectionKey(section) ? (chapters.find((c) => c.chapter.sections.includes(section)) ?? chapters.find((c) => c.items.some((p) => p.item.ids.some((id) => pointSpec(id).section === section)))) : undefined);
    // No chapter holds that section: told at its kind's point, never dropped — and where the outline has no such
    // point yet (records are placed in turn; a later record's section would have added it), in its own section's chapter.
    const own = kind.placement?.section;
    if (!chapter) return f.homeItem(home) ?? (own !== undefined && own !== section ? targetOf(kind, { ...record, section: own }, home, chapters, f) : undefined);
    const there = chapter.items.find((p) => p.item.ids.includes(home));
    if (there) return there;
    const added: PlannedItem = { item: { ids: [home], title: undefined, text: undefined }, fragments: [{ id: home, refs: [], home: true }] };
    chapter.items.push(added);
    return added;
  }
  return f.homeItem(home);
}

/**
 * A kind's entry with no records, per model: most of an office's ~25 runs hold
 * records of one kind or none, so the other kinds' empty entries (their groups
 * and views over nothing) are made once. Templates read them through a view
 * of their own (./track.ts) and never change them.
 */
const emptyEntries = new WeakMap<YearModel, Map<string, Record<string, unknown>>>();

function emptyEntry(model: YearModel, kind: AnyKind): Record<string, unknown> {
  let entries = emptyEntries.get(model);
  if (!entries) emptyEntries.set(model, (entries = new Map()));
  let entry = entries.get(kind.key);
  if (!entry) entries.set(kind.key, (entry = entryFrom(kind, [], model.stats)));
  return entry;
}

/** The model as one run of a point's template sees it: only the run's records, and the numbers only where the point is at home. */
export function fragmentView(model: YearModel, fragment: Fragment): YearModel {
  const refs = new Set(fragment.refs);
  const view: Record<string, unknown> = { ...model };
  for (const kind of KINDS) {
    const all = refs.size === 0 ? [] : recordsOf(model, kind).filter((r) => refs.has(String(r['ref'])));
    view[kind.key] = all.length === 0 ? emptyEntry(model, kind) : entryFrom(kind, all, model.stats);
  }
  if (!fragment.home) view['numbers'] = Object.fromEntries(Object.keys(model.numbers).map((k) => [k, undefined]));
  return view as unknown as YearModel;
}

export const templateOf = (id: PointId): string => pointTemplateName(id);

/** A point's text pieces as one body: each piece a sentence, in order. */
function joinBodies(bodies: readonly string[]): string {
  const kept = bodies.map((b) => b.trim()).filter((b) => b !== '');
  return kept.map((b, i) => (i === kept.length - 1 ? b : sentence(b))).join('');
}

/**
 * One outline point from what its runs wrote: as the templates gave it when
 * it is one program point untouched (a campaign a point each); else one point
 * under the office's title (or the first title the templates gave), the
 * bodies in order, the office's own text last. A lead (the roster, other
 * numbers) given a title by the office becomes a point of its own.
 */
/** Points the default outline merges, and the bank their joint title is worded from when both have something to say (seed 000's 机制到位). */
const MERGED_TITLES: Readonly<Record<string, PhraseKey>> = { 'leadership.groups+leadership.mechanisms': 'title.mechanism.both' };

/** The title of a merged point both of whose parts wrote something, or undefined. */
export function mergedTitle(item: Item, runs: number, seed: string): string | undefined {
  const key = MERGED_TITLES[item.ids.join('+')];
  return key !== undefined && runs > 1 && item.title === undefined ? wording(key, seed) : undefined;
}

export function assemblePoint(item: Item, drafts: readonly Draft[], runs: number): { leads: Draft[]; points: PointDraft[] } {
  const leads = drafts.filter((d) => d.kind === 'paragraph');
  const points = drafts.flatMap((d) => (d.kind === 'points' ? d.points : []));
  const text = item.text?.trim();
  if (item.title === undefined && text === undefined && item.ids.length <= 1 && runs <= 1) return { leads, points };
  // A title of punctuation alone (“：”) says nothing: the templates' title stands instead.
  // A point told under another title keeps what its own title named (“甲”活动：……).
  const own = item.title !== undefined && /[\p{L}\p{N}]/u.test(item.title) ? item.title : undefined;
  const title = own ?? points.find((p) => p.title !== undefined)?.title;
  const bodies = points.map((p) => (p.named !== undefined && p.title !== title && p.body !== '' ? `${p.named}：${p.body}` : p.body));
  let outLeads = leads;
  if (item.title !== undefined && points.length === 0) {
    bodies.push(...leads.map((l) => (l.kind === 'paragraph' ? l.text : '')));
    outLeads = [];
  }
  if (text) bodies.push(text.split('\n').join(LINE_BREAK));
  const body = undateClauses(joinBodies(bodies));
  if (body === '') return { leads: outLeads, points: [] };
  const marks = new Set([...points.flatMap((p) => [...p.marks]), ...(outLeads === leads ? [] : leads.flatMap((l) => [...l.marks]))]);
  return { leads: outLeads, points: [{ title, body, marks }] };
}

const wording = (key: PhraseKey, seed: string, values: Record<string, string> = {}, avoid: readonly string[] = []): string => {
  const clear = PHRASES[key].filter((w) => !avoid.some((t) => sharesWords(w, t)));
  return (pick(clear.length > 0 ? clear : PHRASES[key], seed, key) ?? '').replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
};

/** Whether two titles share four characters in a row (围绕中心，建言献策 and 二是建言献策 share 建言献策 once the comma is set aside). */
export function sharesWords(a: string, b: string): boolean {
  const x = a.replace(/[，、“”\s]/g, '');
  const y = b.replace(/[，、“”\s]/g, '');
  for (let i = 0; i + 4 <= x.length; i++) if (y.includes(x.slice(i, i + 4))) return true;
  return false;
}

/** The bank a chapter's heading is worded from, by the structure and what the chapter holds. */
function headingKey(chapter: Chapter, structure: ModelOutline['structure'], present: ReadonlySet<string>): PhraseKey {
  const has = (...ids: string[]) => ids.some((id) => present.has(id));
  if (structure === 'thin') {
    if (chapter.key === 'work') {
      // The thin year's second chapter holds supervision and liaison; a heading says only what is there
      // (履行职能，建言献策 over nothing but visits claimed advice no record gives).
      const supervision = [...present].some((id) => id.startsWith('supervision.'));
      const liaison = [...present].some((id) => id.startsWith('liaison.'));
      return supervision === liaison ? 'heading.thin.work' : supervision ? 'heading.supervision' : 'heading.liaison';
    }
    if (has('members.study', 'members.trips')) return 'heading.thin.members';
    return has('members.roster', 'members.others', 'members.commendations', 'members.stories', 'members.campaigns') ? 'heading.members' : has('leadership.party', 'leadership.support') ? 'heading.leadership.party' : 'heading.leadership.rules';
  }
  if (structure === 'functional') {
    const keys: Record<string, PhraseKey> = {
      leadership: 'heading.leadership.functional',
      advice: 'heading.advice',
      service: 'heading.service',
      supervision: 'heading.supervision.functional',
      liaison: 'heading.liaison.functional',
      members: 'heading.members.activities',
    };
    const key = keys[chapter.key];
    if (key) return key;
  }
  const section = chapter.sections[0] ?? [...present].map((id) => (isPointId(id) ? pointSpec(id).section : undefined)).find((s) => s !== undefined);
  switch (section) {
    case 'leadership':
      return has('leadership.party', 'leadership.support') ? 'heading.leadership.party' : 'heading.leadership.rules';
    case 'members':
      return has('members.campaigns', 'members.stories') ? 'heading.members.activities' : 'heading.members';
    case 'supervision':
      return 'heading.supervision';
    default:
      return has('liaison.care', 'liaison.service', 'liaison.trainings') && !has('liaison.forums', 'liaison.visits') ? 'heading.liaison.service' : 'heading.liaison';
  }
}

/** The office's heading, or one worded from what the chapter holds and unlike the titles of its points. */
export function chapterHeading(chapter: Chapter, structure: ModelOutline['structure'], present: ReadonlySet<string>, seed: string, titles: readonly string[] = []): string {
  if (chapter.heading !== undefined && chapter.heading !== '') return chapter.heading;
  // Not the words of a title under it (三、围绕中心，建言献策 over 二是建言献策).
  return wording(headingKey(chapter, structure, present), seed, {}, titles);
}

/** A heading of the closing (存在的不足, 明年工作打算), worded as the seeds do. */
export const closingHeading = (key: 'heading.shortcomings' | 'heading.plans', seed: string, next: number): string => wording(key, seed, { next: String(next) });

/** A sentence's opening time word, said once a paragraph in running text: 全年, 一年来, 年内, 今年, 2022年. */
const TIME_WORD = /^(?:全年|一年来|年内|今年|\d{4}年)(?:共)?，?/;
/** 全年 said as an adverb (全年开展、乡党委全年听取、走访委员全年达), not as a noun (全年工作、全年政协联络工作). */
const YEAR_ADVERB = /全年(?=共|达|开展|组织|召开|落实|听取|举办|走访|收集|报送|接待|慰问|协调|参加)/g;

/** The year's adverb once a paragraph: the first 全年 stays, the later ones go (issue 19: 全年 15 times in baihe's body). */
export function yearSaidOnce(text: string): string {
  let seen = false;
  return text.replace(YEAR_ADVERB, (m) => {
    if (!seen) {
      seen = true;
      return m;
    }
    return '';
  });
}

/**
 * A chapter told as running text (the thin year): the leads and the points'
 * bodies without titles, in the outline's order, a few to a paragraph; a
 * short count-only sentence joins the one before it with a comma, and the
 * year's time word (全年、一年来) is said once a paragraph, not in every sentence.
 */
export function asRunningText(pieces: readonly (Draft | PointDraft)[]): Draft[] {
  const out: Draft[] = [];
  let text = '';
  let marks = new Set<string>();
  let short = false;
  const flush = () => {
    if (text !== '') out.push({ kind: 'paragraph', text: undateClauses(sentence(yearSaidOnce(text))), marks });
    text = '';
    marks = new Set();
    short = false;
  };
  for (const p of pieces) {
    if ('kind' in p && p.kind === 'points') continue;
    const raw = 'kind' in p ? (p.kind === 'paragraph' ? p.text : '') : p.body;
    let body = clause(raw);
    if (body === '') continue;
    for (const m of p.marks) marks.add(m);
    if (text !== '' && TIME_WORD.test(body)) body = body.replace(TIME_WORD, '');
    const isShort = body.length <= 24 && !/[。；]/.test(body);
    text = text === '' ? body : `${text}${short && isShort ? '，' : '。'}${body}`;
    short = isShort;
    // About four lines of print a paragraph: a thin year's chapter is a paragraph or two.
    if (text.length > 200) flush();
  }
  flush();
  return out;
}
