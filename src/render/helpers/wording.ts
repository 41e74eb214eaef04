/**
 * Helpers that word what a point says (issue 19): a construction from the
 * phrase banks chosen by what is being written, the opening composed from the
 * year, dates listed once, a topic studied as a document or a theme, a rule's
 * content said as what it rules. They never throw; a value of the wrong shape
 * writes nothing.
 */
import type { HelperOptions } from 'handlebars';
import type { YearModel } from '../../model/types.js';
import { parseWhen, whenText } from '../../schema/when.js';
import { MAX_TITLE } from '../../schema/outline.js';
import { isDocument } from '../../schema/kinds/studies.js';
import { STOCK_WORDS, VERB_START } from '../../lint/prose.js';
import { clause, formatCount, formatMoney, formatNumber, joinAnd, joinList, quoted } from '../text.js';
import type { RenderState } from '../drafts.js';
import { fill, pick } from '../wording/choose.js';
import { composeOpening } from '../wording/opening.js';
import { isPhraseKey, PHRASES } from '../wording/phrases.js';
import type { HelperFn } from './types.js';

const optionsOf = (args: unknown[]): HelperOptions => args[args.length - 1] as HelperOptions;
const params = (args: unknown[]): unknown[] => args.slice(0, -1);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

/** Verbs a rule's content may already start with; others read as what the rule lays down (规定……). */
const RULING = /^(?:明确|规定|要求|实行|坚持|建立|推行|为|由|对|把|将|每|凡|实现|落实|确定)/;

/** A practice's or a rule's content as the clause after its name: 规定 added where it does not say what it does. */
export const asRule = (content: string): string => (content === '' || RULING.test(content) ? content : `规定${content}`);

/** A topic studied: a document is 学习了《……》, a study already named (……专题学习) is 开展……, a theme is 围绕……开展学习. */
export function studied(topic: string): string {
  if (topic === '') return '';
  const led = ledDocument(topic);
  if (led) return led;
  if (isDocument(topic)) return `学习了${topic}`;
  if (/学习$/.test(topic)) return `开展${topic}`;
  return `围绕${topic}开展学习`;
}

/**
 * A document the office named with what it was studied in (党史学习教育专题学习《中国共产党简史》):
 * 结合党史学习教育，专题学习了《……》, so 学习 is not said three times running (学习了党史学习教育专题学习《……》).
 */
export function ledDocument(topic: string): string {
  const m = /^(.+?)(专题|集中|重点)?学习(?:了)?(《.+)$/.exec(topic);
  if (!m || m[1] === undefined || m[3] === undefined) return '';
  return `结合${m[1]}，${m[2] ?? ''}学习了${m[3]}`;
}

/** The documents of a group of studies: the plain ones once (学习了A和B), each led one with its own lead. */
export function studiedDocuments(documents: readonly string[]): string {
  const plain = documents.filter((d) => ledDocument(d) === '');
  const led = documents.map(ledDocument).filter((d) => d !== '');
  return [...(plain.length > 0 ? [`学习了${joinAnd(plain)}`] : []), ...led].join('，');
}

/** The themes of several studies, said once: 围绕A、B和C开展学习 (not 围绕A开展学习，围绕B开展学习，……); a study already named (……专题学习) is 开展…… on its own. */
export function studiedThemes(themes: readonly string[]): string {
  const named = themes.filter((t) => /学习$/.test(t));
  const plain = themes.filter((t) => !/学习$/.test(t));
  return [...(plain.length > 0 ? [`围绕${joinAnd(plain)}开展学习`] : []), ...named.map(studied)].join('，');
}

/** How each form of study is done, as a verb phrase (a bare 专题辅导 after a date is a chain of commas, not a sentence). */
const FORM_VERB: Readonly<Record<string, string>> = { 集中学习: '组织集中学习', 专题辅导: '举办专题辅导', 线上学习: '开展线上学习', 交流研讨: '开展交流研讨', 以会代训: '以会代训', 外出培训: '组织外出培训' };
/** The same form said before 学习了 (集中学习了《……》). */
const FORM_ADVERB: Readonly<Record<string, string>> = { 集中学习: '集中', 线上学习: '在线上', 专题辅导: '通过专题辅导', 交流研讨: '通过交流研讨', 以会代训: '以会代训，', 外出培训: '外出培训，' };

/**
 * One study as one act: 围绕党史学习教育举办专题辅导; 集中学习了《……》; 以会代训，围绕……开展学习;
 * regular (每季度): 每季度组织一次集中学习，重点学习《……》 / 每季度围绕……组织一次集中学习.
 */
export function studyAct(form: string, topic: string, frequency = ''): string {
  const verb = FORM_VERB[form] ?? (form === '' ? '组织学习' : `开展${form}`);
  if (frequency !== '') {
    // 多次 is not a rhythm: 多次组织集中学习, never 多次……组织一次.
    const times = frequency === '多次' ? '' : '一次';
    const once = `${frequency}组织${times}${form || '学习'}`;
    if (topic === '') return once;
    if (isDocument(topic) || ledDocument(topic) !== '') return `${once}，重点学习${topic.replace(/^(.+?)(?:专题|集中|重点)?学习(《)/, '$1$2')}`;
    if (/学习$/.test(topic)) return `${once}，开展${topic}`;
    return `${frequency}围绕${topic}组织${times}${form || '学习'}`;
  }
  if (topic === '') return verb;
  const led = ledDocument(topic);
  if (led) return led;
  if (isDocument(topic)) return `${FORM_ADVERB[form] ?? `${verb}，`}学习了${topic}`;
  if (/学习$/.test(topic)) return `${verb}，开展${topic}`;
  return form === '以会代训' ? `以会代训，围绕${topic}开展学习` : `围绕${topic}${verb.replace(/^组织/, '开展')}`;
}

/** 26名委员, 全体委员, 部分委员: who took part, for “组织……参加”. */
export function attendance(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return `${formatNumber(v)}名委员`;
  return v === '全体委员' || v === '部分委员' ? v : '';
}

type Rec = Record<string, unknown>;
const field = (r: unknown, k: string): unknown => (typeof r === 'object' && r !== null ? (r as Rec)[k] : undefined);

/**
 * The head-counts of several studies, in order, with 委员 said once for a run of numbers:
 * 依次有24名、23名委员参加 (never 24名委员、23名委员); 依次有26名委员和全体委员参加. When some studies have no
 * head-count, whose is whose cannot be said: 参加的有24名委员和全体委员.
 */
export function attendances(values: readonly unknown[]): string {
  const said = values.filter((v) => attendance(v) !== '');
  if (said.length === 0) return '';
  const words: string[] = [];
  for (let i = 0; i < said.length; ) {
    let j = i;
    while (j < said.length && typeof said[j] === 'number') j++;
    if (j > i) {
      words.push(`${said.slice(i, j).map((n) => `${formatNumber(n as number)}名`).join('、')}委员`);
      i = j;
    } else words.push(attendance(said[i++]));
  }
  const list = joinAnd(words);
  return said.length === values.length ? `${said.length > 1 ? '依次' : ''}有${list}参加` : `参加的有${list}`;
}

/** What one inspection did: 对……进行现场视察 / 对……进行民主评议 / 围绕……开展调研, then every site in order (先后到甲、乙、丙实地察看). */
export function inspectionAct(r: unknown): string {
  const kind = str(field(r, 'kind'));
  const subject = clause(str(field(r, 'subject')));
  const sites = field(r, 'sites');
  const act = kind === '视察' ? `对${subject}进行现场视察` : kind === '评议' ? `对${subject}进行民主评议` : `围绕${subject}开展${kind || '调研'}`;
  const list = Array.isArray(sites) ? joinList(sites.filter((x): x is string => typeof x === 'string')) : '';
  return list === '' ? act : `${act}，${sites && Array.isArray(sites) && sites.length > 1 ? '先后' : ''}到${list}实地察看`;
}

/** A place said as where the act is done (在……开展……) only before a verb that is not itself a going (到、赴、深入 …). */
const PLACE_LEADS = (title: string): boolean => VERB_START.test(title) && !/^(?:在|到|赴|去|前往|深入|于)/.test(title);
/** A frequency said once after a noun (……，每月一次), where it cannot stand before it. */
const ONCE: Readonly<Record<string, string>> = { 每周: '每周一次', 每月: '每月一次', 每季度: '每季度一次', 每半年: '每半年一次', 多次: '多次开展' };

/**
 * An activity as done: its place before the verb (在……“委员之家”开展……) and its frequency before it (每月开展……);
 * a title that begins with a noun (委员集中活动日安排……) keeps its frequency after it (……，每月一次), since
 * 每月委员集中活动日安排…… runs two things together (FREQUENCY_GLUED).
 */
export function activityAct(r: unknown): string {
  const title = clause(str(field(r, 'title')));
  const place = str(field(r, 'place'));
  const frequency = str(field(r, 'frequency'));
  const where = place !== '' && !title.includes(place) && PLACE_LEADS(title) ? `在${place}` : '';
  if (frequency === '') return `${where}${title}`;
  return VERB_START.test(title) ? `${frequency}${where}${title}` : `${title}，${ONCE[frequency] ?? frequency}`;
}

/** An activity's place (unless the act already says it), how many and how much, worded by its kind: ，深入白沙村，共32户，送去慰问金1.6万元. `brief`: without the joining words, for brackets. */
export function activityFacts(r: unknown, style: '' | 'brief' | 'brief-act'): string {
  const brief = style !== '';
  // The place is said by the act (activityAct) when the text starts with it; a run's bare title (brief) does not say it.
  const placed = style !== 'brief';
  const kind = str(field(r, 'kind'));
  const title = str(field(r, 'title'));
  const place = str(field(r, 'place'));
  // A regular activity's numbers are the year's, not each time's.
  const year = str(field(r, 'frequency')) !== '' && !brief ? '全年' : '';
  const q = field(r, 'quantity') as { value?: unknown; unit?: unknown; approx?: unknown } | undefined;
  const a = field(r, 'amount') as { value?: unknown; unit?: unknown } | undefined;
  const parts: string[] = [];
  if (place !== '' && !title.includes(place) && !(placed && PLACE_LEADS(clause(title)))) {
    parts.push(brief ? `在${place}` : kind === '走访' || kind === '慰问' ? `深入${place}` : `地点在${place}`);
  }
  if (q && (typeof q.value === 'number' || typeof q.value === 'string')) {
    const unit = str(q.unit);
    const n = typeof q.value === 'number' ? formatCount(q.value, unit, str(q.approx)) : q.value === '多次' ? '多次' : `若干${unit}`;
    const verb = brief ? '' : kind === '走访' && !title.includes('走访') ? '走访' : kind === '慰问' && !title.includes('慰问') ? '慰问' : kind === '接待' && !title.includes('接待') ? '接待' : /[人户名]/.test(unit) && kind !== '联谊' && !title.includes('接待') ? '惠及' : '共';
    parts.push(kind === '联谊' && !brief ? `${year}共${n}参加` : `${year}${verb}${n}`);
  }
  if (a && typeof a.value === 'number') {
    const money = formatMoney(a.value, str(a.unit));
    parts.push(brief ? money : kind === '慰问' ? `送去慰问金${money}` : `共计${money}`);
  }
  return parts.map((p) => (brief ? p : `，${p}`)).join(brief ? '，' : '');
}

/** A date said before the thing it dates (年初，……; 6月下旬，……), or nothing for a full day, which may stand in brackets after it. */
export const vagueDate = (date: unknown): string => {
  const w = typeof date === 'string' ? parseWhen(date) : undefined;
  return w && w.precision !== 'day' ? w.text : '';
};
/** A full day (6月24日), or nothing: only a day is put in brackets after the thing (……（6月24日）). */
export const dayDate = (date: unknown): string => {
  const w = typeof date === 'string' ? parseWhen(date) : undefined;
  return w && w.precision === 'day' ? w.text : '';
};

export function wordingHelpers(current: () => RenderState): Record<string, HelperFn> {
  return {
    /** {{#unless (said (money amount))}}: whether the report has already said this (a sum a meeting decided, said again where it was spent). */
    said: (...a: unknown[]) => current().said(str(params(a)[0])),
    /** {{attendances items}}: the studies' head-counts, 依次有24名、23名委员参加; 参加的有24名委员和全体委员. */
    attendances: (...a: unknown[]) => {
      const [list] = params(a);
      return Array.isArray(list) ? attendances(list.map((r) => field(r, 'participants'))) : '';
    },
    /** {{attendance participants}}: 26名委员, 全体委员, 部分委员. */
    attendance: (...a: unknown[]) => attendance(params(a)[0]),
    /** {{inspectionAct this}}: what one inspection did, with every site it went to. */
    inspectionAct: (...a: unknown[]) => inspectionAct(params(a)[0]),
    /** {{activityFacts this}}: ，深入……，共32户，送去慰问金……; {{activityFacts this "brief"}} for brackets: 在……，32户，1.6万元; "brief-act" after {{activityAct this}}, which has said the place. */
    activityFacts: (...a: unknown[]) => {
      const [r, brief] = params(a);
      return activityFacts(r, brief === 'brief' || brief === 'brief-act' ? brief : '');
    },
    /** {{activityAct this}}: 每月在……开展……; 委员集中活动日安排……，每月一次. */
    activityAct: (...a: unknown[]) => activityAct(params(a)[0]),
    /** {{studyAct form topic frequency}}: 围绕……举办专题辅导; 集中学习了《……》; 每季度组织一次集中学习，重点学习《……》. */
    studyAct: (...a: unknown[]) => {
      const [form, topic, frequency] = params(a);
      return studyAct(str(form).trim(), str(topic).trim(), str(frequency));
    },
    /** {{studiedThemes themes}}: 围绕A、B和C开展学习. */
    studiedThemes: (...a: unknown[]) => {
      const [list] = params(a);
      return Array.isArray(list) ? studiedThemes(list.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter((x) => x !== '')) : '';
    },
    /** {{studiedDocuments documents}}: 学习了A和B，结合……，专题学习了《C》. */
    studiedDocuments: (...a: unknown[]) => {
      const [list] = params(a);
      return Array.isArray(list) ? studiedDocuments(list.filter((x): x is string => typeof x === 'string').map((x) => x.trim())) : '';
    },
    /** {{vagueDate date}}: 年初, 6月下旬, 9月 — a date said before its thing; nothing for a full day. */
    vagueDate: (...a: unknown[]) => vagueDate(params(a)[0]),
    /** {{dayDate date}}: 6月24日 — only a full day, which may stand in brackets; nothing otherwise. */
    dayDate: (...a: unknown[]) => dayDate(params(a)[0]),
    /** {{#if (titleFits text)}}: short enough for a point's title (20 characters) and without a digit (src/schema/outline.ts MAX_TITLE). */
    titleFits: (...a: unknown[]) => {
      const t = str(params(a)[0]);
      return t !== '' && t.length <= MAX_TITLE && !/\d/.test(t);
    },
    /** {{quoted name}}: a campaign's name in quotation marks, unless it has its own. */
    quoted: (...a: unknown[]) => quoted(str(params(a)[0]).trim()),
    /**
     * {{monthsOf proposals.proposals "提案" numbers.proposals}}: the months the records of that kind are dated in: 1月, 1月和5月; a part
     * of the year as written (1月和年底). Given the count the sentence says, nothing unless these records are all it counts:
     * 2月和7月委员共提交提案3件 would date a third the office dated elsewhere (a proposal placed under another point) or not at all.
     */
    monthsOf(...a: unknown[]) {
      const [list, kind, counted] = params(a);
      if (!Array.isArray(list)) return '';
      const records = list.filter((r) => kind === undefined || typeof kind !== 'string' || field(r, 'kind') === kind);
      if (counted !== undefined && exactly(counted) !== records.length) return '';
      // A day is said to its month (2021-03-12 → 3月); a part of a month as written (2021-02-下旬 → 2月下旬, never 2月).
      const months = records.map((r) => {
        const date = str(field(r, 'date'));
        const m = /^\d{4}-(\d{2})(?:-\d{2})?$/.exec(date)?.[1];
        return m === undefined ? whenText(date) : `${Number(m)}月`;
      });
      return joinAnd([...new Set(months.filter((m) => m !== ''))]);
    },
    /** {{phrase "party.one" when=… topic=…}}: a wording of the construction, chosen by what is being written; `salt` varies it per record. */
    phrase(...a: unknown[]) {
      const [key] = params(a);
      const hash = (optionsOf(a).hash ?? {}) as Record<string, unknown>;
      if (typeof key !== 'string' || !isPhraseKey(key)) return '';
      const state = current();
      const isTitle = key.startsWith('title.') || key.startsWith('heading.');
      // Only a title is remembered by its call (the hash serialised): most calls are sentences, on every office's hot path.
      const call = isTitle ? `${key}\u0001${str(hash['salt'])}\u0001${JSON.stringify(hash)}` : '';
      const before = isTitle ? state.titles.get(call) : undefined;
      if (before !== undefined) return before;
      // A stock word (坚持, 积极 …) this run has already used is not used again where another wording serves.
      const fresh = PHRASES[key].filter((w) => !STOCK_WORDS.some((s) => w.includes(s) && state.used.has(`word:${s}`)));
      let options: readonly string[] = fresh.length > 0 ? fresh : PHRASES[key];
      // Two titles of one report do not open alike (（一）围绕中心开展视察调研 then （二）围绕中心建言献策).
      const newOpening = isTitle ? options.filter((w) => !state.titleOpenings.has(fill(w, hash).slice(0, 4))) : [];
      if (newOpening.length > 0) options = newOpening;
      const wording = pick(options, state.seed, `${key}${str(hash['salt'])}`) ?? '';
      for (const s of STOCK_WORDS) if (wording.includes(s)) state.used.add(`word:${s}`);
      const text = fill(wording, hash);
      if (isTitle) {
        state.titleOpenings.add(text.slice(0, 4));
        state.titles.set(call, text);
      }
      return text;
    },
    /** {{opening}}: the opening paragraph composed from the year (src/render/wording/opening.ts). */
    opening(this: unknown, ...a: unknown[]) {
      const withMembers = optionsOf(a).hash?.['members'] === true;
      return composeOpening(this as YearModel, current().seed, { withMembers, written: current().written });
    },
    /** {{dates items}}: the items' dates, each once, as the report writes them: 4月28日和11月25日; 3月、6月和9月. */
    dates(...a: unknown[]) {
      const [list] = params(a);
      if (!Array.isArray(list)) return '';
      return joinAnd(list.map((item) => whenText((item as { date?: unknown } | null)?.date)).filter((t) => t !== ''));
    },
    /** {{studied topic}}: 学习了《……》 / 开展……专题学习 / 围绕……开展学习. */
    studied: (...a: unknown[]) => studied(str(params(a)[0]).trim()),
    /** {{asRule content}}: 规定…… where the content does not say what it does. */
    asRule: (...a: unknown[]) => asRule(str(params(a)[0]).trim()),
    /**
     * {{ruleVerb action ref}}: the office's own word the first time (建立了), then the others in turn
     * (出台了, 制定了, then 建立了 again …; which other comes first is seeded by the office), so no two rules in a row share a verb and three rules are not
     * 建立了 three times; 落实 for a rule whose action the office did not say. In turn rather than by
     * chance: a random pick said 制定了 twice running (RULE_VERB_REPEATED, found by the prose property test).
     */
    ruleVerb(...a: unknown[]) {
      const [action] = params(a);
      const word = str(action) || '落实';
      const state = current();
      let n = 0;
      while (state.used.has(`rule:${word}#${n}`)) n++;
      state.used.add(`rule:${word}#${n}`);
      const first = word === '落实' ? word : `${word}了`;
      const key = `rule.verbs.${word}`;
      const others = isPhraseKey(key) ? PHRASES[key].filter((v) => v !== first) : [];
      // Which other word comes first is the office's (seeded), so offices do not all say 制定了 second.
      const start = Math.max(0, others.indexOf(pick(others, state.seed, key) ?? ''));
      const words = [first, ...others.slice(start), ...others.slice(0, start)];
      return words[n % words.length] ?? first;
    },
  };
}

/** A count as a number when it is exact (4, or a figure 4件); NaN for 200余, 多次, 若干 or no number. */
function exactly(count: unknown): number {
  if (typeof count === 'number') return count;
  if (typeof count !== 'object' || count === null) return NaN;
  const { value, approx, words } = count as { value?: unknown; approx?: unknown; words?: unknown };
  return typeof value === 'number' && approx === undefined && words === undefined ? value : NaN;
}

/** The names the template checker knows these by. */
export const WORDING_HELPER_NAMES = ['phrase', 'opening', 'dates', 'studied', 'asRule', 'ruleVerb', 'attendance', 'attendances', 'inspectionAct', 'activityFacts', 'quoted', 'monthsOf', 'said', 'titleFits', 'activityAct', 'studyAct', 'studiedDocuments', 'studiedThemes', 'vagueDate', 'dayDate'] as const;
