/**
 * The report's outline, compiled from the data (issue 19): which chapters,
 * in what order, and which points in each — the office's own outline
 * (report.outline), the simple settings (report.sections / own / order), or,
 * when the office gave neither, one of the structures the seeds use, chosen
 * from what the year holds:
 *
 * - classic: the four chapters with 一是、二是 points (seed 000, the first summary);
 * - subheaded: the same chapters with （一）（二） sub-headings, when a chapter
 *   has five points or more (seeds 003, 004);
 * - functional: “X更Y” chapters (seed 001): for a year whose weight is in
 *   proposals, members' own work, campaigns and stories; closing in one paragraph;
 * - thin: two short chapters told as running text, the members counted in the
 *   opening (seed 000, the 燕泉街道 summary): for a year of few records.
 *
 * Every choice is a function of the data, so the same year gives the same
 * outline. Headings and titles are not chosen here: the renderer words them
 * from what each chapter and point holds (src/render/wording/).
 */
import { KINDS } from './kinds/index.js';
import { pointWeights, ownPlace } from './point-content.js';
import { isPointId, POINTS, pointSpec, pointsOf, type PointId } from './points.js';
import { SECTION_KEYS, isSectionKey, type SectionKey } from './sections.js';
import type { YearData } from './year.js';

export type ChapterStyle = '一是' | '（一）' | '成段';
export type Structure = 'classic' | 'subheaded' | 'functional' | 'thin' | 'office';
export type Closing = '分部分' | '一段';

export interface OutlineItem {
  /** The program points written here, merged into one point when more than one. */
  ids: PointId[];
  /** The office's title for it. */
  title?: string;
  /** The office's own text (its own point, or text after the program's). */
  text?: string;
}

export interface OutlineChapter {
  /** A built-in section's key, an own section's or an outline chapter's key, or `chapter<n>`. */
  key: string;
  /** The built-in sections whose points it holds by default (a record's `section` finds its chapter by these). */
  sections: SectionKey[];
  /** The office's heading. */
  heading?: string;
  intro?: string;
  style: ChapterStyle;
  items: OutlineItem[];
  /** Office text without a title: paragraphs after the chapter's lead, not numbered. */
  notes: string[];
}

export interface OutlineWarning {
  code: 'OUTLINE_POINT_ADDED' | 'OUTLINE_POINT_REPEATED' | 'OUTLINE_OMIT_USED';
  id: PointId;
  chapter?: string;
  /** Where in the data it is about. */
  path: (string | number)[];
}

export interface Outline {
  structure: Structure;
  chapters: OutlineChapter[];
  closing: Closing;
  omitted: ReadonlySet<PointId>;
  warnings: OutlineWarning[];
}

/** The classic items of a section: each point alone, but the groups and the rules made one (机制到位, seed 000). */
function classicItems(section: SectionKey): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const p of pointsOf(section)) {
    if (p.id === 'leadership.mechanisms') continue;
    items.push({ ids: p.id === 'leadership.groups' ? ['leadership.groups', 'leadership.mechanisms'] : [p.id as PointId] });
  }
  return items;
}

const chapter = (key: string, sections: SectionKey[], style: ChapterStyle, items: OutlineItem[]): OutlineChapter => ({ key, sections, style, items, notes: [] });

/** seed 001's chapters, and what each holds; the Party committee's and the government's part first when the year has it. */
const FUNCTIONAL: readonly { key: string; sections: SectionKey[]; ids: PointId[] }[] = [
  { key: 'leadership', sections: ['leadership'], ids: ['leadership.others', 'leadership.party', 'leadership.support', 'leadership.groups', 'leadership.mechanisms', 'leadership.deploy'] },
  { key: 'advice', sections: [], ids: ['supervision.proposals', 'supervision.opinions'] },
  { key: 'service', sections: [], ids: ['members.stories', 'liaison.trainings', 'liaison.service'] },
  { key: 'supervision', sections: ['supervision'], ids: ['supervision.others', 'supervision.inspections', 'supervision.consultations'] },
  { key: 'liaison', sections: ['liaison'], ids: ['liaison.others', 'liaison.forums', 'liaison.visits', 'liaison.outreach', 'liaison.care', 'liaison.delegations'] },
  { key: 'members', sections: ['members'], ids: ['members.roster', 'members.others', 'members.study', 'members.trips', 'members.commendations', 'members.campaigns'] },
];

/** The thin year's two chapters (seed 000's 燕泉街道): the office and its members; what they did. */
const THIN: readonly { key: string; sections: SectionKey[] }[] = [
  { key: 'members', sections: ['leadership', 'members'] },
  { key: 'work', sections: ['supervision', 'liaison'] },
];

/** Records a thin year has at most: groups and other numbers are the office's setting, not its year's work. */
const THIN_RECORDS = 6;
/** A chapter this long reads better under （一）（二） sub-headings (seeds 003, 004). */
const LONG_CHAPTER = 5;

interface Content {
  has: (id: PointId) => boolean;
  records: (ids: readonly PointId[]) => number;
  numbers: (ids: readonly PointId[]) => number;
}

function contentOf(data: YearData): Content {
  const weights = pointWeights(data);
  // A record the office placed under a point by id is content of that point.
  for (const place of placedRecords(data)) {
    if (place.point !== undefined && isPointId(place.point)) {
      const w = weights.get(place.point) ?? { records: 0, numbers: 0 };
      weights.set(place.point, { records: w.records + 1, numbers: w.numbers });
    }
  }
  const sum = (ids: readonly PointId[], f: (w: { records: number; numbers: number }) => number) => ids.reduce((s, id) => s + f(weights.get(id) ?? { records: 0, numbers: 0 }), 0);
  return { has: (id) => weights.has(id), records: (ids) => sum(ids, (w) => w.records), numbers: (ids) => sum(ids, (w) => w.numbers) };
}

/** Every record's own place (point or section), as written. */
const placedRecords = (data: YearData): { point?: string; section?: string }[] => KINDS.filter((k) => k.key !== 'others').flatMap((k) => k.recordsIn(data).map(ownPlace));

const WORK: readonly PointId[] = POINTS.filter((p) => p.id !== 'members.roster' && p.id !== 'leadership.groups' && !p.id.endsWith('.others')).map((p) => p.id);

/** The structure the seeds would give this year. */
function chooseStructure(content: Content): Exclude<Structure, 'office'> {
  if (content.records(WORK) <= THIN_RECORDS) return 'thin';
  const own = content.records(['members.stories', 'members.campaigns', 'liaison.trainings']);
  const advice = content.records(['supervision.proposals', 'supervision.opinions']) + content.numbers(['supervision.proposals', 'supervision.opinions']);
  const inspections = content.records(['supervision.inspections']) + content.numbers(['supervision.inspections']);
  if (own >= 2 && advice > 0 && advice >= inspections) return 'functional';
  const longest = Math.max(...SECTION_KEYS.map((s) => classicItems(s).filter((it) => it.ids.some(content.has) && !pointSpec(it.ids[0]!).lead).length));
  return longest >= LONG_CHAPTER ? 'subheaded' : 'classic';
}

function defaultChapters(structure: Exclude<Structure, 'office'>): OutlineChapter[] {
  switch (structure) {
    case 'functional':
      return FUNCTIONAL.map((c) =>
        chapter(
          c.key,
          c.sections,
          '一是',
          c.ids.filter((id) => id !== 'leadership.mechanisms').map((id): OutlineItem => ({ ids: id === 'leadership.groups' ? ['leadership.groups', 'leadership.mechanisms'] : [id] })),
        ),
      );
    case 'thin':
      // The members are counted in the thin year's opening (燕泉街道有……政协委员31名), not again in a chapter.
      return THIN.map((c) => chapter(c.key, c.sections, '成段', c.sections.flatMap(classicItems).filter((it) => it.ids[0] !== 'members.roster')));
    default:
      return SECTION_KEYS.map((s) => chapter(s, [s], structure === 'subheaded' ? '（一）' : '一是', classicItems(s)));
  }
}

/** Whether the office set up its report the simple way (headings, own sections, order …). */
const usesSettings = (data: YearData): boolean => {
  const r = data.report;
  return r !== undefined && (r.order !== undefined || r.own !== undefined || r.sections !== undefined || r.subheadings !== undefined);
};

/** The simple settings (report.sections / own / order) as an outline of the classic chapters. */
function fromSettings(data: YearData, content: Content): OutlineChapter[] {
  const report = data.report ?? {};
  const subheaded = chooseStructure(content) === 'subheaded';
  const styleOf = (own: boolean | undefined): ChapterStyle => ((own ?? report.subheadings ?? subheaded) ? '（一）' : '一是');
  const sections = SECTION_KEYS.filter((k) => report.sections?.[k]?.omit !== true).map((k): OutlineChapter => {
    const s = report.sections?.[k];
    const c = chapter(k, [k], styleOf(s?.subheadings), classicItems(k));
    if (s?.heading !== undefined) c.heading = s.heading;
    if (s?.intro !== undefined) c.intro = s.intro;
    addOfficePoints(c, s?.points ?? []);
    return c;
  });
  const own = (report.own ?? []).map((o): OutlineChapter => {
    const c = chapter(o.key, [], styleOf(o.subheadings), []);
    c.heading = o.heading;
    if (o.intro !== undefined) c.intro = o.intro;
    addOfficePoints(c, o.points);
    return c;
  });
  const all = [...sections, ...own];
  // An order naming only some chapters still shows the others, after them (SECTION_ORDER_INCOMPLETE says so).
  const order = [...(report.order ?? []), ...all.map((c) => c.key)];
  return [...new Set(order)].flatMap((k) => all.filter((c) => c.key === k));
}

/** The longest text a point's title may be: a title says what the point is about, in a few words. */
export const MAX_TITLE = 20;

/**
 * An office's points: { title, body } as written, or “标题。正文” split at
 * its first 。 when the part before it is short enough to be a title. Text
 * with no title is kept as a note (a paragraph after the chapter's lead):
 * never printed as a bare 三是…… fragment, never dropped.
 */
export function splitOfficePoint(p: string | { title: string; body: string }): { title: string; text: string } | { note: string } {
  if (typeof p !== 'string') return { title: p.title.trim().replace(/[。.]$/, ''), text: p.body };
  const t = p.trim();
  const end = t.indexOf('。');
  const title = end < 0 ? '' : t.slice(0, end);
  const body = end < 0 ? '' : t.slice(end + 1).trim();
  if (title !== '' && title.length <= MAX_TITLE && !/\d/.test(title) && body !== '') return { title, text: body };
  return { note: t };
}

function addOfficePoints(c: OutlineChapter, points: readonly (string | { title: string; body: string })[]): void {
  for (const p of points) {
    const split = splitOfficePoint(p);
    if ('note' in split) c.notes.push(split.note);
    else c.items.push({ ids: [], title: split.title, text: split.text });
  }
}

/** The office's own outline (report.outline) as chapters; ids named twice are kept at their first place. */
function fromOutline(data: YearData, warnings: OutlineWarning[]): OutlineChapter[] {
  const outline = data.report?.outline ?? [];
  const seen = new Set<PointId>();
  return outline.map((c, ci): OutlineChapter => {
    const section = c.section;
    const key = c.key ?? section ?? `chapter${ci + 1}`;
    const style: ChapterStyle = c.style ?? (data.report?.subheadings ? '（一）' : '一是');
    const out = chapter(key, section ? [section] : [], style, []);
    if (c.heading !== undefined) out.heading = c.heading;
    if (c.intro !== undefined) out.intro = c.intro;
    const points = c.points ?? (section ? classicItems(section).map((it) => (it.ids.length === 1 ? it.ids[0]! : { use: it.ids })) : []);
    points.forEach((p, pi) => {
      const given: { use?: PointId | PointId[]; title?: string; text?: string } = typeof p === 'string' ? { use: p } : p;
      const ids = given.use === undefined ? [] : typeof given.use === 'string' ? [given.use] : [...given.use];
      const kept = ids.filter((id) => {
        if (!seen.has(id)) return seen.add(id), true;
        warnings.push({ code: 'OUTLINE_POINT_REPEATED', id, path: ['report', 'outline', ci, 'points', pi] });
        return false;
      });
      if (kept.length === 0 && given.text === undefined) return;
      out.items.push({ ids: kept, ...(given.title !== undefined && { title: given.title }), ...(given.text !== undefined && { text: given.text }) });
    });
    return out;
  });
}

const named = (chapters: readonly OutlineChapter[]): Set<PointId> => new Set(chapters.flatMap((c) => c.items.flatMap((it) => it.ids)));

/**
 * A point with content that the office's outline does not name is not lost:
 * it goes to the chapter of its section (or the chapter holding its
 * section's other points), or to a new chapter of its section at the end — and
 * the office is told, with how to leave it out (report.omit).
 */
function addUnnamed(chapters: OutlineChapter[], content: Content, omitted: ReadonlySet<PointId>, warnings: OutlineWarning[]): void {
  const present = named(chapters);
  for (const p of POINTS) {
    const id = p.id as PointId;
    if (present.has(id) || omitted.has(id) || !content.has(id)) continue;
    let target = chapters.find((c) => c.sections.includes(p.section)) ?? chapters.find((c) => c.items.some((it) => it.ids.some((x) => pointSpec(x).section === p.section)));
    if (!target) {
      target = chapter(p.section, [p.section], chapters[0]?.style ?? '一是', []);
      chapters.push(target);
    }
    // Lead points (the roster, other numbers) head their chapter; the others follow its points.
    if (pointSpec(id).lead) target.items.unshift({ ids: [id] });
    else target.items.push({ ids: [id] });
    present.add(id);
    warnings.push({ code: 'OUTLINE_POINT_ADDED', id, chapter: target.heading ?? target.key, path: ['report', 'outline'] });
  }
}

/** Each year's outline, compiled once: the outline rule's notices and the model read the same one. */
const compiled = new WeakMap<YearData, Outline>();

/** The year's outline (read-only: it is shared by everyone who asks for the same data's). */
export function compileOutline(data: YearData): Outline {
  let outline = compiled.get(data);
  if (!outline) compiled.set(data, (outline = compile(data)));
  return outline;
}

function compile(data: YearData): Outline {
  const warnings: OutlineWarning[] = [];
  const omitted = new Set<PointId>(data.report?.omit ?? []);
  const content = contentOf(data);
  const report = data.report;
  let structure: Structure;
  let chapters: OutlineChapter[];
  if (report?.outline !== undefined) {
    structure = 'office';
    chapters = fromOutline(data, warnings);
    for (const id of named(chapters)) if (omitted.has(id)) warnings.push({ code: 'OUTLINE_OMIT_USED', id, path: ['report', 'omit'] });
    addUnnamed(chapters, content, omitted, warnings);
  } else if (usesSettings(data)) {
    structure = 'office';
    chapters = fromSettings(data, content);
  } else {
    structure = chooseStructure(content);
    chapters = defaultChapters(structure);
  }
  const closing: Closing = report?.closing ?? (structure === 'functional' || structure === 'thin' ? '一段' : '分部分');
  return { structure, chapters, closing, omitted, warnings };
}

/** The chapter a record with `section: key` goes to: by key, else the first holding that built-in section. */
export function chapterFor(outline: Outline, key: string): OutlineChapter | undefined {
  return outline.chapters.find((c) => c.key === key) ?? (isSectionKey(key) ? outline.chapters.find((c) => c.sections.includes(key)) : undefined);
}
