/**
 * The prose lint: what must never appear in a report, as a table of patterns
 * with the reason for each (../shared/docs/prose.md, “How to hold it”). It
 * reads a report's Markdown (what `--format md` and the goldens hold), so the
 * same table runs over the examples, the goldens and generated years; and its
 * word check runs over an office's own free text, so `check` can warn about
 * it (src/validate/rules/text-content.ts).
 *
 * Pure and deterministic; never throws. Each finding names its rule, its
 * line in the Markdown and the text it found.
 */

import { COUNT_FIELDS, type CountKey, type YearData } from '../schema/year.js';
import { adoptedTotal } from '../schema/kinds/adoptions.js';

export interface ProseFinding {
  rule: ProseRuleName;
  /** 1-based line of the Markdown the finding is on. */
  line: number;
  /** The words found, quoted in messages. */
  found: string;
}

/** Facts the Markdown alone cannot tell: which zeros the office wrote itself. */
export interface ProseContext {
  /** Statistics-table items (项目) the office gave as 0 in its counts: those zeros are its own. */
  writtenZeros?: ReadonlySet<string>;
}

/**
 * Words of the official register that a sentence says once: “进一步……进一步”
 * reads as a template refilled. Short adverbs and set phrases only, so a
 * subject the records name twice (a place, a topic) is never flagged.
 */
export const STOCK_WORDS = [
  '进一步', '不断', '切实', '积极', '认真', '扎实', '充分', '有效', '大力', '全面', '高度重视',
  '及时', '主动', '广泛', '努力', '着力', '稳步', '坚持', '不断提升', '得到提升', '取得了',
] as const;

/** Where the report names a body in its leadership phrase: 在县政协和镇党委、政府的正确领导下. */
const LEADERSHIP_PHRASE = /在([^，。；：]{2,40}?)的(?:正确|大力|悉心|具体)?(?:领导|指导|支持|关心|帮助)(?:和(?:支持|指导|帮助))?下/g;

/**
 * Work areas an opening may name, and the words that show the report has such
 * work. The opening may only name an area whose words appear after it.
 */
export const WORK_AREAS: readonly { area: string; evidence: RegExp }[] = [
  // 交流研讨 is one of the forms a study takes (src/schema/kinds/studies.ts), told as 围绕……开展交流研讨.
  { area: '学习培训', evidence: /学习|培训|以会代训|辅导|研讨/ },
  { area: '民主监督', evidence: /视察|评议|民主监督|监督|协商|恳谈/ },
  { area: '视察调研', evidence: /视察|调研|考察/ },
  { area: '建言献策', evidence: /提案|建议|社情民意|调研报告/ },
  { area: '参政议政', evidence: /提案|建议|社情民意|调研|视察/ },
  { area: '联络联谊', evidence: /走访|联谊|座谈会|联络|慰问/ },
  { area: '服务发展', evidence: /服务发展|招商|项目|企业/ },
  { area: '委员活动', evidence: /委员活动|活动小组|“.+”活动/ },
];

const BANNED = /undefined|(?<![A-Za-z])null(?![A-Za-z])|(?<![A-Za-z])NaN(?![A-Za-z])|_{3,}|＿{3,}|(?<![A-Za-z0-9])(?:20)?[xX]{2}(?![A-Za-z])|\[object Object\]/;

export type ProseRuleName =
  | 'BANNED_STRING'
  | 'WORD_DOUBLED'
  | 'WORD_REPEATED_ADJACENT'
  | 'FRAME_REPEATED'
  | 'DATED_RUN'
  | 'AREA_NOT_IN_REPORT'
  | 'STAT_ROW_UNBACKED'
  | 'POINT_WITHOUT_TITLE'
  | 'BODY_NAMED_TWICE'
  | 'RELATION_WORD'
  | 'PERIOD_WITH_XIANHOU'
  | 'NAME_WORD_DOUBLED'
  | 'RULE_VERB_REPEATED'
  | 'COUNT_SAID_TWICE'
  | 'FREQUENCY_GLUED'
  | 'BARE_FORM_CLAUSE'
  | 'PERIOD_IN_BRACKETS'
  | 'BARE_PLACE_CLAUSE'
  | 'WORK_WORD_REPEATED'
  | 'STRAY_PUNCTUATION';

/** The table: each rule, and why it must not appear, in Chinese (docs/templates.md shows it). */
export const PROSE_RULES: Readonly<Record<ProseRuleName, string>> = {
  BANNED_STRING: '程序或模板的残留（undefined、null、NaN、___、xx、20xx）不能出现在上报的正文里。',
  WORD_DOUBLED: '同一句话里同一个套话词用了两次（如“进一步……进一步”），一次就够，读起来像模板拼出来的。',
  WORD_REPEATED_ADJACENT: '同一个词紧挨着写了两遍（如“主动主动”），是笔误。',
  FRAME_REPEATED: '连续三处用同一个句式开头（同样的前几个字），像同一个框子反复填空；同类记录应归并后再列举。',
  DATED_RUN: '连续三处都以日期开头（“3月12日，……；4月28日，……；7月6日，……”），是逐条罗列记录，不是总结；应归并叙述（“先后……”）。',
  AREA_NOT_IN_REPORT: '开头提到的工作方面，正文里没有相应内容：只写这一年确实做了的工作。',
  STAT_ROW_UNBACKED: '统计表里出现了 0，而这个 0 不是本单位写下的：没有记录的项目不列入统计表。',
  POINT_WITHOUT_TITLE: '“一是……”这一条没有小标题：每一条都应是“小标题。正文”，只有数字的事项并入本部分的开头。',
  BODY_NAMED_TWICE: '领导、支持的单位在同一句里重复出现（如“在镇党委的领导下，在镇党委、政府的支持下”），应合并为一处。',
  RELATION_WORD: '上级政协对联络机构是指导，政府是支持，只有党委（党工委）是领导：“在县政协和镇党委、政府的正确领导下”说错了关系。',
  PERIOD_WITH_XIANHOU: '“先后”说的是几件事一件接一件，后面不能接“上半年”“年初”这样的时段（“先后上半年走访……”）。',
  NAME_WORD_DOUBLED: '名称里已有的字又接着写了一遍（“开展“四活动”活动”）。',
  RULE_VERB_REPEATED: '同一个动词接连引出几项制度（“建立了《A》，建立了《B》”），应合并（“建立了《A》《B》”）或换说法。',
  COUNT_SAID_TWICE: '总数和其中一项是同一个数（“学习培训2次，其中集中学习2次”），等于说了两遍：直接说那一项。',
  FREQUENCY_GLUED: '“每月”“每季度”后面直接接了一个名词性的说法（“坚持每月委员集中活动日安排……”），两件事粘成了一句：频次应接动词（“每月开展……”），或另起一句（“……，每月一次”）。',
  BARE_FORM_CLAUSE: '日期后面只跟一个光秃秃的学习形式（“6月上旬，专题辅导，围绕……”），成了一串逗号：应写成一件事（“6月上旬，围绕……举办专题辅导”）。',
  PERIOD_IN_BRACKETS: '“年初”“上半年”“6月下旬”这样的时段放在括号里跟在事情后面（“开展……活动（年初）”），不像人写的：时段放在前面（“年初，开展……”）。',
  BARE_PLACE_CLAUSE: '地点单独成了一个分句（“……，在委员之家，惠及40余人”），不知道在那里做了什么：地点应放在做的事前面（“在委员之家开展……”）。',
  STRAY_PUNCTUATION: '两个点号挨在一起（“四是强化提案工作。，采纳率100%”“……，，……”），或一句话以逗号、顿号开头：中间漏了该写的话，是模板拼空了。',
  WORK_WORD_REPEATED: '一个分句里“学习”用了三次（“学习了党史学习教育专题学习《……》”），或每个名称后面都跟一个“活动”（“开展了“甲”活动和“乙”活动”），或“开展”隔几个字又来一次，读起来像拼出来的：合并说法。',
};

/**
 * How a clause that does something begins: a verb (开展、组织 …), a preposition
 * that leads to one (在、为、到 …) or a frequency already said. A title that
 * begins otherwise is a noun (委员集中活动日安排……): a frequency cannot be put
 * in front of it (FREQUENCY_GLUED). The renderer reads the same list
 * (src/render/helpers/wording.ts), so it never writes what this rule refuses.
 */
export const VERB_START = /^(?:开展|组织|举办|举行|召开|走访|看望|慰问|深入|到|赴|去|前往|为|向|与|同|和|在|于|邀请|参加|参与|集中|进行|安排|接待|听取|收集|报送|发放|发出|宣传|设立|建立|开通|利用|发挥|坚持|定期|轮流|帮助|协调|捐|送|联系|结对|对|围绕|结合|学习|培训|服务|落实|推动|引导|鼓励|动员|带领|陪同)/;


/** 在……的……领导下: the bodies said to lead, each of which must be a Party committee (上级政协 guides, 政府 supports). */
const LEADS = /在([^，。；在的]+)的[^，。；的]{0,4}领导/g;
const NOT_LEADING = /政协|政府|办事处/;
const PERIOD_AFTER_XIANHOU = /先后(?:上半年|下半年|年初|年中|年底|[一二三四]季度)/;
const NAME_THEN_WORD = /(活动|制度|小组)[”》]\1/;
const RULE_VERB_AGAIN = /(建立|制定|出台|修订|完善)了《[^》]+》[^。《]{0,60}?[，；]\1了《/;
const COUNT_AND_ALL = /(\d+)次，其中[^，。；\d]{1,12}?(\d+)次/;
const FREQUENCY_THEN = /(?:坚持|^|[，；：])(每(?:周|月|季度|半年))([^，。；：]{2,})/g;
/** What may follow a frequency besides a verb: a time in it (每月15日、每月第二个星期四), 一次, an adverb. */
const AFTER_FREQUENCY = /^(?:一次|\d|第|的|至少|都|均|各|一|再|又|定期)/;
const BARE_FORM = /(?:\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初|底)?|年初|年中|年底|上半年|下半年|[一二三四]季度)，(?:专题辅导|集中学习|线上学习|交流研讨|外出培训)[，；。]/;
/** 年初、上半年、6月下旬 in brackets after the thing; a day or a month there is a run's note (src/render/helpers/blocks.ts undateRuns), and so is any date after a rule's 《name》 in a list of rules. */
const BRACKETED_PERIOD = /(?<!》)（(?:年初|年中|年底|上半年|下半年|[一二三四]季度|\d{1,2}月(?:上旬|中旬|下旬))）/;
const PLACE_ALONE = /，在[^，。；在]{2,30}，(?:惠及|共|接待|走访|慰问)[\d若多]/;
/** Two marks of pause or end in a row (。，  ，，  ；。), or a sentence that opens with one: a clause the template left empty. */
const STRAY_MARKS = /[。；：，、][，；。、：]|^[，；。、：]/;
/** The rules a sentence breaks by matching one pattern: what the pattern found is the finding. */
const FOUND_BY_PATTERN: readonly (readonly [ProseRuleName, RegExp])[] = [
  ['PERIOD_WITH_XIANHOU', PERIOD_AFTER_XIANHOU],
  ['NAME_WORD_DOUBLED', NAME_THEN_WORD],
  ['RULE_VERB_REPEATED', RULE_VERB_AGAIN],
  ['BARE_FORM_CLAUSE', BARE_FORM],
  ['PERIOD_IN_BRACKETS', BRACKETED_PERIOD],
  ['BARE_PLACE_CLAUSE', PLACE_ALONE],
  ['STRAY_PUNCTUATION', STRAY_MARKS],
];

/**
 * 学习 three times in one clause (学习了党史学习教育专题学习《……》), 活动 repeated after each name of a list
 * (开展了“甲”活动和“乙”活动), 开展 twice at close range (开展……开展): the program's joins, not the office's
 * words, which may well say 开展 twice in a long clause of their own.
 */
export function workWordsRepeated(sentence: string): string[] {
  const out: string[] = [];
  for (const clause of sentence.replace(/《[^》]*》|“[^”]*”/g, '〇').split(/[，；。：！？]/)) {
    const named = clause.replace(/活动(?=小组|日|室|经费|阵地|计划)/g, '');
    if (named.split('学习').length - 1 >= 3) out.push(`${clause.slice(0, 24)}（学习）`);
    if (/〇活动[和、与及]〇活动/.test(named)) out.push(`${clause.slice(0, 24)}（活动）`);
    if (/开展[^，；。]{0,8}开展/.test(named)) out.push(`${clause.slice(0, 24)}（开展）`);
  }
  return out;
}

const CHINESE_ORDINAL_POINT = /^([一二三四五六七八九十]+)是/;
/** A title is short and says what the point is about; a count or a long clause is not a title. */
const MAX_TITLE = 20;

/** Markdown inline escapes (\\* \\_ …) back to the characters the reader sees. */
const unescapeMd = (s: string): string => s.replace(/\\([\\`*_[\]<>|#+=.-])/g, '$1');

interface Line {
  n: number;
  kind: 'title' | 'heading' | 'paragraph' | 'row' | 'other';
  text: string;
}

function readLines(markdown: string): Line[] {
  return markdown.split('\n').map((raw, i): Line => {
    const n = i + 1;
    const t = raw.replace(/ {2}$/, '');
    if (/^# /.test(t)) return { n, kind: 'title', text: unescapeMd(t.slice(2)) };
    if (/^#{2,} /.test(t)) return { n, kind: 'heading', text: unescapeMd(t.replace(/^#+ /, '')) };
    if (/^\|/.test(t)) return { n, kind: 'row', text: t };
    if (t.trim() === '' || t === '---' || /^<\/?div/.test(t) || /^\*\*.*\*\*$/.test(t)) return { n, kind: 'other', text: t };
    return { n, kind: 'paragraph', text: unescapeMd(t) };
  });
}

/** Sentences of a paragraph: split after 。！？ (a closing quote stays with its sentence). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？][”’」』）]?)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Words of STOCK_WORDS that one sentence uses more than once. */
export function doubledWords(sentence: string): string[] {
  const out: string[] = [];
  for (const w of STOCK_WORDS) {
    const first = sentence.indexOf(w);
    if (first >= 0 && sentence.indexOf(w, first + w.length) >= 0) out.push(w);
  }
  // A longer word (高度重视) already says what its parts would.
  return out.filter((w) => !out.some((o) => o !== w && o.includes(w)));
}

/** “主动主动”: a word of two to four Chinese characters written twice in a row. */
export function adjacentRepeats(text: string): string[] {
  const out: string[] = [];
  const re = /([\u4e00-\u9fff]{2,4})\1/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[0]);
  return out;
}

/** A clause opening with a day or a month (a part of a month, 6月下旬, is not moved into brackets: PERIOD_IN_BRACKETS). */
const DATE_START = /^(?:\d{1,2}月(?:\d{1,2}日|初|底)?(?![上中下]旬)(?:至\d{1,2}月(?:\d{1,2}日)?)?(?:起)?，?)/;

/** The clauses of a paragraph a reader takes as a run: split at ；and at sentence ends. */
function clausesOf(text: string): string[] {
  return text
    .split(/[；。！？]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** What a clause opens with once its date and numbers are set aside: 组织N名委员 → 组织N. */
function opening(clause: string): string {
  return clause.replace(DATE_START, '').replace(/\d+(?:\.\d+)?/g, 'N').slice(0, 3);
}

function frameRuns(text: string): { rule: 'FRAME_REPEATED' | 'DATED_RUN'; found: string }[] {
  const clauses = clausesOf(text);
  const out: { rule: 'FRAME_REPEATED' | 'DATED_RUN'; found: string }[] = [];
  for (let i = 0; i + 2 < clauses.length; i++) {
    const run = clauses.slice(i, i + 3) as [string, string, string];
    if (run.every((c) => DATE_START.test(c) && c.replace(DATE_START, '') !== '')) {
      out.push({ rule: 'DATED_RUN', found: run.map((c) => c.slice(0, 12)).join('；') });
      i += 2;
      continue;
    }
    const heads = run.map(opening);
    if (heads[0] !== undefined && heads[0].length === 3 && heads.every((h) => h === heads[0])) {
      out.push({ rule: 'FRAME_REPEATED', found: run.map((c) => c.slice(0, 12)).join('；') });
      i += 2;
    }
  }
  return out;
}

/** Bodies named in the leadership phrases of one sentence, with a bare 政府 read as the township's. */
export function bodiesNamedTwice(sentence: string): string[] {
  const names: string[] = [];
  for (const m of sentence.matchAll(LEADERSHIP_PHRASE)) {
    let prefix = '';
    for (const raw of (m[1] ?? '').split(/[、和与及]/)) {
      const name = raw.trim();
      if (name === '') continue;
      // “镇党委、政府”: the government is the township's, named without its prefix.
      const full = /^(?:政府|办事处|人大)$/.test(name) ? `${prefix}${name}` : name;
      const p = /^(.+?)(?:党委|党工委|政府|办事处|政协|人大)/.exec(full);
      if (p?.[1]) prefix = p[1];
      names.push(full);
    }
  }
  return [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
}

/** Lint a report's Markdown. Findings in the order of the text. */
export function lintProse(markdown: string, ctx: ProseContext = {}): ProseFinding[] {
  const lines = readLines(markdown);
  const out: ProseFinding[] = [];
  const add = (rule: ProseRuleName, line: number, found: string) => out.push({ rule, line, found });

  for (const l of lines) {
    const banned = BANNED.exec(l.text);
    if (banned) add('BANNED_STRING', l.n, banned[0]);
    if (l.kind !== 'paragraph' && l.kind !== 'heading') continue;
    for (const s of sentencesOf(l.text)) {
      for (const w of doubledWords(s)) add('WORD_DOUBLED', l.n, w);
      for (const b of bodiesNamedTwice(s)) add('BODY_NAMED_TWICE', l.n, b);
      for (const m of s.matchAll(LEADS)) if (NOT_LEADING.test(m[1] ?? '')) add('RELATION_WORD', l.n, m[0]);
      for (const [rule, pattern] of FOUND_BY_PATTERN) {
        const m = pattern.exec(s);
        if (m) add(rule, l.n, m[0]);
      }
      const both = COUNT_AND_ALL.exec(s);
      if (both && both[1] === both[2]) add('COUNT_SAID_TWICE', l.n, both[0]);
      for (const m of s.matchAll(FREQUENCY_THEN)) if (!AFTER_FREQUENCY.test(m[2] ?? '') && !VERB_START.test(m[2] ?? '')) add('FREQUENCY_GLUED', l.n, `${m[1]}${(m[2] ?? '').slice(0, 8)}`);
      for (const w of workWordsRepeated(s)) add('WORK_WORD_REPEATED', l.n, w);
    }
    for (const r of adjacentRepeats(l.text)) add('WORD_REPEATED_ADJACENT', l.n, r);
    if (l.kind !== 'paragraph') continue;
    for (const f of frameRuns(l.text)) add(f.rule, l.n, f.found);
    const point = CHINESE_ORDINAL_POINT.exec(l.text);
    if (point) {
      const rest = l.text.slice(point[0].length);
      const end = rest.indexOf('。');
      const title = end < 0 ? rest : rest.slice(0, end);
      const body = end < 0 ? '' : rest.slice(end + 1).trim();
      if (title.length > MAX_TITLE || /\d/.test(title) || body === '') add('POINT_WITHOUT_TITLE', l.n, title.slice(0, 24));
    }
  }

  // The opening: the first paragraph after the title names only areas the report has.
  const firstPara = lines.find((l) => l.kind === 'paragraph');
  if (firstPara) {
    const tableStart = lines.findIndex((l) => l.kind === 'row');
    const rest = lines
      .filter((l) => l.n > firstPara.n && (tableStart < 0 || l.n < (lines[tableStart]?.n ?? Infinity)) && (l.kind === 'paragraph' || l.kind === 'heading'))
      .map((l) => l.text)
      .join('\n');
    for (const { area, evidence } of WORK_AREAS) {
      if (firstPara.text.includes(area) && !evidence.test(rest)) add('AREA_NOT_IN_REPORT', firstPara.n, area);
    }
  }

  // The statistics table: | 类别 | 项目 | 数量 | 单位 | … — a 0 only where the office wrote it.
  for (const l of lines) {
    if (l.kind !== 'row') continue;
    const cells = l.text.split('|').slice(1, -1).map((c) => unescapeMd(c.trim()));
    const [, item, value] = cells;
    if (item !== undefined && value === '0' && !(ctx.writtenZeros?.has(item) ?? false)) add('STAT_ROW_UNBACKED', l.n, item);
  }
  return out;
}

/**
 * The table items (项目) whose 0 the office wrote itself: its counts, and its
 * member numbers. A caller that lints a report of `data` passes these.
 */
export function writtenZeros(data: YearData): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(data.counts ?? {})) {
    if (k === 'other') continue;
    const value = typeof v === 'number' ? v : (v as { value?: number } | undefined)?.value;
    if (value === 0) out.add(COUNT_FIELDS[k as CountKey].title);
  }
  // Adoptions written by body (采纳采用情况) whose total is 0: the office wrote that 0 too.
  if (adoptedTotal(data, '提案') === 0) out.add(COUNT_FIELDS.proposalsAdopted.title);
  if (adoptedTotal(data, '社情民意信息') === 0) out.add(COUNT_FIELDS.opinionsAdopted.title);
  // A number the table prints as 0 (it rounds to two decimals) is the office's own when it wrote it.
  for (const o of data.counts?.other ?? []) if (Math.round(o.value * 100) === 0) out.add(o.name);
  const m = data.members;
  const member: [string, number | undefined][] = [
    ['委员总数', m?.total], ['省级委员', m?.byLevel?.province], ['市级委员', m?.byLevel?.city],
    ['县（区）级委员', m?.byLevel?.county], ['联络对象', m?.liaisonContacts],
  ];
  for (const [label, v] of member) if (v === 0) out.add(label);
  // Money the office wrote on its 慰问/捐助 records that prints as 0 (the table rounds to two decimals).
  const care = (data.activities ?? []).filter((a) => (a.kind === '慰问' || a.kind === '捐助') && a.amount !== undefined);
  if (care.length > 0 && care.every((a) => Math.round((a.amount?.value ?? 0) * 100) === 0)) out.add('慰问捐助金额');
  return out;
}

/** One finding as a line a person reads: 第12行 FRAME_REPEATED “…”：reason. */
export function describeFinding(f: ProseFinding): string {
  return `第${f.line}行 ${f.rule}“${f.found}”：${PROSE_RULES[f.rule]}`;
}
