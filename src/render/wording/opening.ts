/**
 * The opening paragraph, written from the year (issue 19 item 5): who guides,
 * leads and supports the office (each named once), what was done most (the
 * work areas by how much each holds), what was new (a named campaign, rules
 * set up), what came of it (the office's highlights, or what was adopted),
 * and, with last year's numbers, what changed — in the range of phrasings the
 * seeds' openings use (seed 000's 燕泉街道 starts from the members; seed 001
 * from the year and the bodies). It states no number the body states again:
 * the body counts, the opening characterises.
 */
import { KEY_NUMBER_COLUMNS } from '../../model/key-numbers.js';
import type { Figure, YearModel } from '../../model/types.js';
import { bookTitle, joinAnd, quoted } from '../text.js';
import { fill, pick } from './choose.js';
import { PHRASES, type PhraseKey } from './phrases.js';

type Office = Pick<YearModel['office'], 'superior' | 'partyCommittee' | 'government'>;

/** A wording of a construction, filled. */
export const phrase = (key: PhraseKey, seed: string, values: Record<string, unknown> = {}, salt = ''): string =>
  fill(pick(PHRASES[key], seed, `${key}${salt}`) ?? '', values);

/**
 * 在镇党委的正确领导下，在县政协的悉心指导下，在镇政府的大力支持下: the Party
 * committee leads, the superior CPPCC guides, the government supports; each
 * named once, the order and the adverbs as the seeds vary them.
 */
export function relation(office: Office, seed: string): string {
  const adverb = (key: PhraseKey) => pick(PHRASES[key], seed, key) ?? '';
  const party = `${office.partyCommittee}的${adverb('relation.party')}领导`;
  const superior = `${office.superior}的${adverb('relation.superior')}指导`;
  const gov = office.government === undefined ? undefined : `${office.government}的${adverb('relation.government')}支持`;
  const orders: ((g: string | undefined) => string)[] = [
    (g) => `在${party}下，在${superior}下${g ? `，在${g}下` : ''}`,
    (g) => `在${superior}和${party}下${g ? `，在${g}下` : ''}`,
    (g) => (g ? `在${party}、${g}和${superior}下` : `在${party}和${superior}下`),
    (g) => `在${superior}下，在${party}${g ? `和${g}` : ''}下`,
  ];
  return pick(orders, seed, 'relation.order')!(gov);
}

const value = (f: Figure | undefined): number => (f === undefined ? 0 : f.words !== undefined ? 1 : f.value);

/** What the body wrote: the points (ids) with output, and the records it placed (refs). */
export interface Written {
  ids: ReadonlySet<string>;
  refs: ReadonlySet<string>;
}

/**
 * The work areas with what each holds as the body tells it, most first (ties in
 * the report's order): the records the body wrote, or the number a point
 * states where the point is written. An area the body does not tell (a point
 * left out, its records sent nowhere) is not one of the opening's.
 */
export function areaWeights(model: YearModel, written: Written): { area: string; weight: number }[] {
  const n = model.numbers;
  const told = <T extends { ref: string }>(items: readonly T[]): T[] => items.filter((r) => written.refs.has(r.ref));
  const at = (id: string, f: Figure | undefined) => (written.ids.has(id) ? value(f) : 0);
  const inspections = told(model.inspections.all);
  const reviews = inspections.filter((i) => i.kind === '评议').length;
  const areas = [
    { area: '学习培训', weight: Math.max(at('members.study', n['studies']), told(model.studies.all).length) },
    { area: '视察调研', weight: Math.max(inspections.length - reviews, inspections.length === 0 ? at('supervision.inspections', n['inspections']) : 0) },
    { area: '建言献策', weight: Math.max(at('supervision.proposals', n['proposals']) + at('supervision.proposals', n['suggestions']) + at('supervision.opinions', n['opinions']), told(model.proposals.all).length) },
    { area: '民主监督', weight: reviews + Math.max(at('supervision.consultations', n['consultations']), told(model.meetings.consultations).length) },
    {
      area: '联络联谊',
      weight: Math.max(
        at('liaison.forums', n['forums']) + at('liaison.visits', n['activities']) + at('liaison.delegations', n['delegations']),
        told(model.meetings.forums).length + told(model.activities.all).length + told(model.delegations.all).length,
      ),
    },
    { area: '主题活动', weight: told(model.campaigns.all).length },
  ];
  return areas.filter((a) => a.weight > 0).sort((a, b) => b.weight - a.weight);
}

/** “以建言献策为重点，学习培训、视察调研和联络联谊同步开展”: what was done most, then the rest. */
function focus(model: YearModel, seed: string, written: Written): string {
  const areas = areaWeights(model, written);
  const first = areas[0];
  if (!first) return `围绕${model.office.township}中心工作履行职能`;
  // One study or one inspection is not what the year “突出抓了” (prose.md: thin years read modestly).
  if (first.weight <= 1) return phrase('opening.focus.modest', seed, { all: joinAnd(areas.map((a) => a.area)), township: model.office.township });
  // A second area nearly as large shares the lead.
  const top = areas.filter((a, i) => i === 0 || (i === 1 && a.weight * 5 >= first.weight * 4)).map((a) => a.area);
  const rest = areas.map((a) => a.area).filter((a) => !top.includes(a));
  const others = rest.length === 0 ? '' : phrase('opening.others', seed, { list: joinAnd(rest) });
  return phrase('opening.focus', seed, { top: joinAnd(top), others, list: joinAnd(rest), township: model.office.township });
}

/** What was new, by name (the body tells each in full): a named campaign, the rules set up this year, a place for the members. */
function news(model: YearModel, written: Written): string[] {
  const out: string[] = [];
  // Names without 活动 share one: 开展了“五个一”和“三新奖”活动, not ……活动和……活动 (活动 twice in a clause).
  const bare = model.campaigns.all.filter((c) => !c.name.endsWith('活动')).map((c) => quoted(c.name));
  const own = model.campaigns.all.filter((c) => c.name.endsWith('活动')).map((c) => quoted(c.name));
  const campaigns = [...(bare.length > 0 ? [`${joinAnd(bare)}活动`] : []), ...own];
  if (campaigns.length > 0 && written.ids.has('members.campaigns')) out.push(`在委员中开展了${campaigns.join('、')}`);
  const made = model.mechanisms.all.filter((m) => m.action === '建立' && m.name !== undefined).map((m) => bookTitle(m.name ?? ''));
  if (made.length > 0 && made.length <= 3 && written.ids.has('leadership.mechanisms')) out.push(`建立了${made.join('')}`);
  const place = model.support.all.find((s) => s.kind === '场地');
  if (place && written.refs.has(place.ref)) out.push(place.description.replace(/[。；，\s]+$/, ''));
  return out;
}

/** What came of it: the office's highlights, else how many of the members' proposals and items were adopted. */
function results(model: YearModel, seed: string): string {
  if (model.text.highlights.length > 0) return model.text.highlights.map((h) => h.replace(/[。；，\s]+$/, '')).join('；');
  const adopted = model.proposals.all.filter((p) => p.adopted).length;
  return adopted >= 2 ? phrase('opening.adopted', seed, { n: `${adopted}` }) : '';
}

/** 与上年相比，…增加2次、…减少1件，其余与上年持平: what changed, and what is level said once. */
function comparison(model: YearModel, seed: string): string {
  const changed: string[] = [];
  const level: string[] = [];
  for (const { key, label } of KEY_NUMBER_COLUMNS) {
    const c = model.compare[key];
    if (c === undefined) continue;
    if (c === '与上年持平') level.push(label);
    else changed.push(`${label}${c.replace(/^比上年/, '')}`);
  }
  if (changed.length === 0 && level.length === 0) return '';
  const rest = level.length === 0 ? '' : phrase('opening.compareLevel', seed, { list: joinAnd(level) });
  if (changed.length === 0) return `与上年相比，${rest}。`;
  return phrase('opening.compare', seed, { changes: changed.join('、'), rest });
}

/** 省、市、县三级: the levels the members come from, as the 燕泉街道 summary counts them. */
function levels(model: YearModel): string {
  const m = model.members;
  const names = [m.province ? '省' : '', m.city ? '市' : '', m.county ? model.office.superiorLevel : ''].filter((x) => x !== '' && x !== '县（区）');
  if (names.length < 2) return '';
  const count = ['', '', '两', '三'][names.length] ?? '';
  return `${names.join('、')}${count}级`;
}

/** The opening paragraph: the office's own when it wrote one, the year's otherwise. */
export function composeOpening(model: YearModel, seed: string, opts: { withMembers: boolean; written: Written }): string {
  const office = model.office.shortName;
  const rel = relation(model.office, seed);
  const values = { year: `${model.year}`, office, relation: rel, township: model.office.township };
  const said = model.text.opening !== undefined ? model.text.opening.replace(/[。；，\s]+$/, '') : focus(model, seed, opts.written);
  const m = model.members;
  const first =
    opts.withMembers && m.total !== undefined
      ? phrase('opening.members', seed, { ...values, focus: said, levels: levels(model), count: `${m.total}名`, contacts: m.liaisonContacts ? `${m.liaisonContacts}名` : '' })
      : phrase('opening.start', seed, { ...values, focus: said });
  const parts = [first];
  const things = news(model, opts.written);
  if (things.length > 0) parts.push(phrase('opening.new', seed, { things: things.join('，') }));
  const came = results(model, seed);
  if (came !== '') parts.push(phrase('opening.results', seed, { things: came }));
  const compared = comparison(model, seed);
  if (compared !== '') parts.push(compared);
  // “现将……总结如下：” only before a body to introduce.
  if (opts.written.ids.size > 0) parts.push(phrase('opening.close', seed));
  return parts.join('');
}
