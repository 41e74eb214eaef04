/**
 * Block helpers: how a template says what is a paragraph, a group of points,
 * a point, or an inline list. They write into the RenderState instead of the
 * output string, so rendering yields document blocks, not text to be re-parsed.
 *
 *   {{#paragraph}}…{{/paragraph}}          one paragraph, dropped when empty
 *   {{#points}}lead{{#point "标题"}}…{{/point}}…{{/points}}
 *        one paragraph per point: 一是标题。正文。 (style="inline": all in one
 *        paragraph after the lead; sep="；" between points)
 *   {{#point "标题"}}…{{/point}}            a candidate point; empty → dropped
 *   {{#list sep="，" prefix="全年" suffix="。"}}{{#item}}…{{/item}}{{/list}}
 *        the non-empty items joined, inline; nothing at all when none is left
 *        (or fewer than min=N are: a list of one is not worth a 全年共…)
 *   {{#points style="numbered"}}: items numbered 1. 2. (plans), not titled points
 *   {{dateOnce date}}                      “3月12日，”, or nothing when the item before it
 *        in the same list had the same date (no “3月12日……；3月12日……”)
 */
import type { HelperOptions } from 'handlebars';
import { formatMonthDay, formatNumber } from '../text.js';
import { BLOCK_MARK, type RenderState } from '../drafts.js';
import type { HelperFn } from './types.js';

const optionsOf = (args: unknown[]): HelperOptions => args[args.length - 1] as HelperOptions;

/**
 * A list item opening with its date: 3月12日，…… (a day or a month; 6月下旬 stays in front, never in brackets after: the lint's PERIOD_IN_BRACKETS).
 * A start (1月起，每周……) keeps its 起 in the brackets: 每周……（1月起）, never 起（1月），…… (found by the prose property test).
 */
const DATED = /^(\d{1,2}月(?:\d{1,2}日)?(?![上中下]旬)(?:起)?)，?/;

/** undateRuns for the clauses of a paragraph the program joined (running text): split at ；and 。, each kept with its mark. */
export function undateClauses(text: string): string {
  const parts = text.split(/(?<=[；。])/);
  const marks = parts.map((p) => (/[；。]$/.test(p) ? p.slice(-1) : ''));
  return undateRuns(parts.map((p, i) => p.slice(0, p.length - marks[i]!.length)))
    .map((p, i) => `${p}${marks[i]}`)
    .join('');
}

/**
 * Three or more items in a row each opening with a date read as records
 * listed, not summarised (prose.md; the lint's DATED_RUN): the dates of such a
 * run go after each item's first clause, in brackets (召开党委会（2月23日），……).
 */
export function undateRuns(items: readonly string[]): string[] {
  const dated = items.map((t) => DATED.test(t));
  return items.map((t, i) => {
    const inRun = dated[i] && ((dated[i - 1] && dated[i - 2]) || (dated[i - 1] && dated[i + 1]) || (dated[i + 1] && dated[i + 2]));
    if (!inRun) return t;
    const m = DATED.exec(t)!;
    const rest = t.slice(m[0].length);
    // A date that said when an item was put forward (1月反映的“……”已上报) goes with that verb behind the item's name
    // (“……”（1月反映）已上报), never leaving 反映的“……” without its date (FUZZ_SEED 1381392159).
    const put = /^(提出|反映)的(“[^”]*”|《[^》]*》)/.exec(rest);
    if (put) return `${put[2]}（${m[1]}${put[1]}）${rest.slice(put[0].length)}`;
    // A rhythm the date started (1月1日起每周，赴……) stays before its verb: 每周赴……外出培训（1月1日起）, never 每周（1月1日起），赴…… (FUZZ_SEED 1182711086).
    const rhythm = /^(每(?:周|月|季度|半年|年))，/.exec(rest);
    const act = rhythm ? `${rhythm[1]}${rest.slice(rhythm[0].length)}` : rest;
    const cut = act.indexOf('，');
    return cut < 0 ? `${act}（${m[1]}）` : `${act.slice(0, cut)}（${m[1]}）${act.slice(cut)}`;
  });
}

/**
 * A block's body as text. Handlebars (noEscape) hands back the value itself
 * when the whole body is one field: `{{#point "标题"}}{{nextYear}}{{/point}}`
 * gave the number 2022, which later code split as text (repro 29). A number
 * is written as a number; anything else but text writes nothing.
 */
function bodyText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  return '';
}
const hashString = (o: HelperOptions, key: string, fallback: string): string => {
  const v: unknown = o.hash?.[key];
  return typeof v === 'string' ? v : fallback;
};

/**
 * The block helpers write into whichever RenderState is current: one compiled
 * environment serves every part of the report (and every office a worker
 * builds), each part rendering into a state of its own. (Near 60 lines as a
 * table: six short helpers sharing the `current` closure, read together.)
 */
export function blockHelpers(current: () => RenderState): Record<string, HelperFn> {
  /** A block's body rendered, with the records it read (scoped, so a dropped block places nothing). */
  const body = (state: RenderState, o: HelperOptions, context: unknown): { text: string; marks: Set<string> } => {
    state.tracker.push();
    const text = bodyText(o.fn(context));
    return { text, marks: state.tracker.pop() };
  };
  return {
    paragraph(this: unknown, ...a: unknown[]) {
      const state = current();
      const { text, marks } = body(state, optionsOf(a), this);
      state.addParagraph(text, marks);
      return BLOCK_MARK;
    },
    points(this: unknown, ...a: unknown[]) {
      const o = optionsOf(a);
      const state = current();
      const asked = hashString(o, 'style', 'paragraphs');
      const style = asked === 'inline' || asked === 'numbered' ? asked : 'paragraphs';
      const group = state.openGroup(style, hashString(o, 'sep', '。'));
      const { text, marks } = body(state, o, this);
      state.closeGroup(group, text, marks);
      return BLOCK_MARK;
    },
    point(this: unknown, ...a: unknown[]) {
      const state = current();
      const title = a.length > 1 && typeof a[0] === 'string' ? a[0] : undefined;
      const { text, marks } = body(state, optionsOf(a), this);
      // Sentences a point's template wrote one after another (提交提案……。2月提出的……；4月提出的……) are a run too.
      const named = hashString(optionsOf(a), 'named', '');
      state.addPoint({ title, body: undateClauses(text), marks, ...(named === '' ? {} : { named }) });
      return BLOCK_MARK;
    },
    list(this: unknown, ...a: unknown[]) {
      const o = optionsOf(a);
      const state = current();
      state.openList();
      o.fn(this);
      const items = state.closeList();
      // min=2: a list of one (全年共召开各类会议1次) is not a list worth writing.
      const min = typeof o.hash?.['min'] === 'number' ? (o.hash['min'] as number) : 1;
      if (items.length === 0 || items.length < min) return '';
      return `${hashString(o, 'prefix', '')}${undateRuns(items).join(hashString(o, 'sep', '、'))}${hashString(o, 'suffix', '')}`;
    },
    dateOnce(...a: unknown[]) {
      const date = a.length > 1 && typeof a[0] === 'string' ? a[0] : '';
      const day = formatMonthDay(date);
      if (day === '' || !current().newDateInList(date)) return '';
      return `${day}，`;
    },
    item(this: unknown, ...a: unknown[]) {
      const state = current();
      const { text, marks } = body(state, optionsOf(a), this);
      // An item that came out empty wrote nothing, so the records it read are not placed.
      if (state.addItem(text)) state.tracker.merge(marks);
      return '';
    },
  };
}
