/**
 * What one template renders to before numbering: paragraphs and groups of
 * candidate points. Block helpers fill a RenderState while Handlebars runs the
 * template; `finish` then drops empty points, numbers the rest (一是、二是…)
 * and returns document blocks. Numbering happens only after dropping, so there
 * is never a gap and never a lone 一是.
 */
import type { Block } from '../document/model.js';
import { clause, ordinal, sentence } from './text.js';
import { Tracker } from './track.js';

/** Where a record landed, for --explain and the live preview's tracing. */
export interface Placement {
  ref: string;
  part: string;
  where: string;
  /** Index of the block that reads the record: within the part while `finish` runs, then in the whole document. */
  block: number;
  /** When the record fed only part of the block (one point of a paragraph of points): its UTF-16 range in the block's text. */
  span?: [number, number];
}

export interface PointDraft {
  title: string | undefined;
  body: string;
  marks: Set<string>;
  /**
   * What the title names that the body does not (a campaign's “四个一”活动): written at the head of the
   * body when the point is told under another title (merged, or retitled by the office), so the name is not lost.
   */
  named?: string;
}

export interface PointsDraft {
  kind: 'points';
  /** paragraphs: 一是标题。正文; inline: all in one paragraph; numbered: 1. 2. (plans: items, not titled points). */
  style: 'paragraphs' | 'inline' | 'numbered';
  sep: string;
  lead: string;
  tail: string;
  points: PointDraft[];
  marks: Set<string>;
}

export type Draft = { kind: 'paragraph'; text: string; marks: Set<string> } | PointsDraft;

/**
 * The template's own line breaks and indentation are layout of the template,
 * not of the report: Chinese needs no space where lines join. Line breaks that
 * come from the office's free text travel as U+2028 (see the `text` helper) and
 * become real line breaks here.
 */
export const LINE_BREAK = '\u2028';
/** Stands where a block helper was, so stray text between blocks keeps its place. */
export const BLOCK_MARK = '\u2063';

export function cleanText(s: string): string {
  return s
    .split(BLOCK_MARK)
    .join('')
    .replace(/[ \t]*[\r\n][ \t\r\n]*/g, '')
    // Indentation a standalone partial carried in ({{> others}} on its own line) is template layout too.
    .replace(/(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t]{2,}|[ \t]{2,}(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g, '')
    .trim()
    .split(LINE_BREAK)
    .join('\n');
}

export class RenderState {
  readonly drafts: Draft[] = [];
  readonly tracker = new Tracker();
  /** Words a run has used once (a rule's 建立), so the next of the kind is said another way. */
  readonly used = new Set<string>();
  /** Titles and headings chosen so far, by construction and salt, so the same call gives the same title (a template may ask twice: once to test it fits). */
  readonly titles = new Map<string, string>();
  /**
   * What is being written (the office, the year, the point, the records' refs):
   * the wording helpers choose among equal wordings by it (./wording/choose.ts).
   */
  constructor(
    readonly seed = '',
    /** Whether the report already says this (a sum of money a meeting decided, said again where it was spent): the helper `said`. */
    readonly said: (text: string) => boolean = () => false,
    /** What the body wrote (the points' ids, the records' refs), for the opening: it names only work the report tells. */
    readonly written: { ids: ReadonlySet<string>; refs: ReadonlySet<string> } = { ids: new Set(), refs: new Set() },
    /** How the report's titles so far open (their first four characters), shared by every template run of one report: two titles do not open alike. */
    readonly titleOpenings: Set<string> = new Set(),
  ) {}
  private readonly groups: PointsDraft[] = [];
  private readonly lists: string[][] = [];
  /** The last date written in each open list, so a run of records on one day names the day once. */
  private readonly listDates: (string | undefined)[] = [];
  /** Points written outside {{#points}} gather in one implicit group per template. */
  private implicit: PointsDraft | undefined;
  /** Where the implicit group goes in the drafts when its first point comes (a group continued, ./render-report.ts). */
  private implicitAt: number | undefined;
  /** The last group closed, and where it stands (or would stand, had it points) among the drafts. */
  private lastClosed: { group: PointsDraft; at: number } | undefined;

  openGroup(style: PointsDraft['style'], sep: string): PointsDraft {
    const group: PointsDraft = { kind: 'points', style, sep, lead: '', tail: '', points: [], marks: new Set() };
    this.groups.push(group);
    return group;
  }

  /** Text before the first point is the group's lead, text after the last its tail. */
  closeGroup(group: PointsDraft, output: string, marks: Set<string>): void {
    this.groups.pop();
    const first = output.indexOf(BLOCK_MARK);
    const last = output.lastIndexOf(BLOCK_MARK);
    group.lead = cleanText(first < 0 ? output : output.slice(0, first));
    group.tail = first < 0 ? '' : cleanText(output.slice(last + 1));
    group.marks = marks;
    if (group.points.length > 0) this.drafts.push(group);
    if (this.groups.length === 0) this.lastClosed = { group, at: this.drafts.length - (group.points.length > 0 ? 1 : 0) };
  }

  /**
   * Points written from now on, outside any {{#points}} (a kind's own
   * template, run after the section's), join the section's last group and are
   * numbered on from it, with its lead — even when none of its own points was
   * kept, as if they had been written inside it.
   */
  continueLastGroup(): void {
    const last = this.lastClosed;
    if (last?.group.style !== 'paragraphs') return;
    this.implicit = last.group;
    this.implicitAt = last.at;
  }

  addPoint(point: PointDraft): void {
    const group = this.groups[this.groups.length - 1];
    if (group) {
      group.points.push(point);
      return;
    }
    if (!this.implicit) {
      this.implicit = { kind: 'points', style: 'paragraphs', sep: '。', lead: '', tail: '', points: [], marks: new Set() };
      this.drafts.push(this.implicit);
    } else if (!this.drafts.includes(this.implicit)) {
      this.drafts.splice(this.implicitAt ?? this.drafts.length, 0, this.implicit);
    }
    this.implicit.points.push(point);
  }

  addParagraph(text: string, marks: Set<string>): void {
    const t = cleanText(text);
    if (t !== '') this.drafts.push({ kind: 'paragraph', text: t, marks });
  }

  openList(): void {
    this.lists.push([]);
    this.listDates.push(undefined);
  }

  /** Whether `date` differs from the last date written in the current list (and remember it). */
  newDateInList(date: string): boolean {
    const i = this.listDates.length - 1;
    if (i < 0) return true;
    const fresh = this.listDates[i] !== date;
    this.listDates[i] = date;
    return fresh;
  }

  addItem(text: string): boolean {
    const list = this.lists[this.lists.length - 1];
    const t = cleanText(text);
    if (!list || t === '') return false;
    list.push(t);
    return true;
  }

  closeList(): string[] {
    this.listDates.pop();
    return this.lists.pop() ?? [];
  }

  /** Points the office added (report.sections.*.points), each with its title, join the last group. */
  appendPoints(points: readonly { title: string; body: string }[]): void {
    if (points.length === 0) return;
    let group = [...this.drafts].reverse().find((d): d is PointsDraft => d.kind === 'points' && d.style === 'paragraphs');
    if (!group) {
      group = { kind: 'points', style: 'paragraphs', sep: '。', lead: '', tail: '', points: [], marks: new Set() };
      this.drafts.push(group);
    }
    for (const p of points) {
      const body = p.body.trim();
      if (body !== '') group.points.push({ title: p.title, body: body.split('\n').join(LINE_BREAK), marks: new Set() });
    }
  }

  /**
   * Text the office wrote for a section without a title: paragraphs after the
   * section's opening (its first paragraph, or the lead of its first group).
   */
  insertNotes(notes: readonly string[]): void {
    const paragraphs = notes.map((n) => n.trim()).filter((n) => n !== '').map((n): Draft => ({ kind: 'paragraph', text: n.split('\n').join(LINE_BREAK), marks: new Set() }));
    if (paragraphs.length === 0) return;
    const first = this.drafts[0];
    const at = first && (first.kind === 'paragraph' || first.lead !== '') ? 1 : 0;
    if (first && first.kind === 'points' && first.lead !== '') {
      // The group's lead is its own paragraph: split it off so the notes can follow it.
      this.drafts.splice(0, 1, { kind: 'paragraph', text: first.lead, marks: first.marks }, ...paragraphs, { ...first, lead: '', marks: new Set() });
      return;
    }
    this.drafts.splice(at, 0, ...paragraphs);
  }
}

function pointText(p: PointDraft, n: number | undefined, inline: boolean, last: boolean, sep: string): string {
  const head = n === undefined ? '' : ordinal(n, 'shi');
  const title = p.title ? `${clause(p.title)}。` : '';
  const body = cleanText(p.body);
  if (!inline) return `${head}${title}${sentence(body)}`;
  return `${head}${title}${last ? sentence(body) : `${clause(body)}${sep}`}`;
}

/** A paragraph ends with 。 — or with ： when it introduces what follows (现将……总结如下：). */
const paragraphEnd = (t: string): string => (/：$/.test(t.trim()) ? t.trim() : sentence(t));

/** Something to say: a letter (any script) or a digit, not punctuation alone. */
const WORDS = /[\p{L}\p{N}]/u;

export interface FinishOptions {
  /** Points as （一）标题 sub-headings with their text as paragraphs under them (seeds 003, 004). */
  subheadings?: boolean;
}

/** Drafts → blocks; records each kept record's place under the name of `part`. */
export function finish(drafts: readonly Draft[], part: string, placements: Placement[], opts: FinishOptions = {}): Block[] {
  const blocks: Block[] = [];
  const place = (marks: Set<string>, where: string, span?: [number, number]) => {
    const block = blocks.length - 1;
    for (const ref of marks) placements.push(span ? { ref, part, where, block, span } : { ref, part, where, block });
  };
  for (const d of drafts) {
    if (d.kind === 'paragraph') {
      const text = paragraphEnd(d.text);
      if (!WORDS.test(text)) continue;
      blocks.push({ type: 'paragraph', text });
      place(d.marks, `第${blocks.length}段`);
      continue;
    }
    // A body with no letter or digit (an office's “,” or “!”) says nothing: it is no point, never a lone 一是.
    const kept = d.points.filter((p) => WORDS.test(cleanText(p.body)));
    if (kept.length === 0) continue;
    // A single point is written without an ordinal: a lone 一是 reads as a gap.
    const numbered = kept.length > 1;
    if (d.style === 'inline') {
      const parts = kept.map((p, i) => pointText(p, numbered ? i + 1 : undefined, true, i === kept.length - 1, d.sep));
      blocks.push({ type: 'paragraph', text: paragraphEnd(`${d.lead}${parts.join('')}${d.tail}`) });
      place(d.marks, `第${blocks.length}段`);
      // Each point's own stretch of the paragraph, so a reader can be shown the clause a record fed.
      let at = d.lead.length;
      kept.forEach((p, i) => {
        const span: [number, number] = [at, (at += (parts[i] ?? '').length)];
        place(p.marks, numbered ? `第${blocks.length}段${ordinal(i + 1)}` : `第${blocks.length}段`, span);
      });
      continue;
    }
    if (d.lead !== '') {
      blocks.push({ type: 'paragraph', text: paragraphEnd(d.lead) });
      place(d.marks, `第${blocks.length}段`);
    }
    if (d.style === 'numbered') {
      kept.forEach((p, i) => {
        blocks.push({ type: 'paragraph', text: `${numbered ? ordinal(i + 1, 'arabic') : ''}${sentence(cleanText(p.body))}` });
        place(p.marks, numbered ? `第${i + 1}条` : `第${blocks.length}段`);
      });
      if (d.tail !== '') blocks.push({ type: 'paragraph', text: paragraphEnd(d.tail) });
      continue;
    }
    if (opts.subheadings && numbered && kept.every((p) => p.title)) {
      kept.forEach((p, i) => {
        blocks.push({ type: 'heading', level: 2, text: `${ordinal(i + 1, 'paren')}${clause(p.title ?? '')}` });
        blocks.push({ type: 'paragraph', text: sentence(cleanText(p.body)) });
        place(p.marks, ordinal(i + 1, 'paren'));
      });
      if (d.tail !== '') blocks.push({ type: 'paragraph', text: paragraphEnd(d.tail) });
      continue;
    }
    kept.forEach((p, i) => {
      blocks.push({ type: 'paragraph', text: pointText(p, numbered ? i + 1 : undefined, false, true, d.sep) });
      place(p.marks, numbered ? ordinal(i + 1) : `第${blocks.length}段`);
    });
    if (d.tail !== '') blocks.push({ type: 'paragraph', text: paragraphEnd(d.tail) });
  }
  return blocks;
}
