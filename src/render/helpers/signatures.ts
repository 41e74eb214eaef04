/**
 * What every helper takes: how many arguments, of which kinds, which options
 * (`key=value`), and what it gives back. Templates are checked against this
 * table when they load (src/render/check-template.ts), so `{{date}}`,
 * `{{money year}}` or `{{ordinal -3 "nosuchstyle"}}` is an error at the tag
 * naming the helper and what it takes — not an empty paragraph or “2021元”
 * in the report (repros 29, 38). docs/templates.md lists the table
 * (src/render/fields-doc.ts), so the docs and the check cannot disagree.
 *
 * A helper's implementation (./format.ts, ./logic.ts, ./blocks.ts) still
 * writes nothing for a value of the wrong shape at render: the data may leave
 * a field empty, which the template cannot know.
 */

import { PHRASES } from '../wording/phrases.js';

/**
 * The kinds of value an argument may be:
 * - number: a number (a count field, `@index`, a literal);
 * - count: a number, or a figure, quantity or amount (an object with `value`);
 * - amount: an amount object (value and unit), or a number with the unit given after it;
 * - text: text (a text field, a literal, a helper that writes text);
 * - scalar: text or a number (concat writes both);
 * - date: a date field, or a literal date `2021-06-24` / `2021-06`;
 * - list: a list;
 * - key: the name of a field, as a literal (`"topic"`);
 * - any: anything (a condition).
 */
export type ArgKind = 'number' | 'count' | 'amount' | 'text' | 'scalar' | 'date' | 'list' | 'key' | 'any';

export interface HelperSignature {
  /** The arguments in order; those from `optional` on may be left out. */
  args: readonly ArgKind[];
  /** Index of the first argument that may be left out; default: all are required. */
  optional?: number;
  /** Any number of further arguments of the last kind (concat, and, or). */
  rest?: boolean;
  /** The options it reads (`key=value`) and their kinds; any other is an error. */
  hash?: Readonly<Record<string, ArgKind>>;
  /** Options of any name, each of this kind (phrase: the slots of its wording, `n=` `office=` …). */
  openHash?: ArgKind;
  /** Literal values an argument must be one of, by index (ordinal's style). */
  choices?: Readonly<Record<number, readonly string[]>>;
  /** The choices are many (phrase's constructions): a message offers those of the given one's family (title.*), or the families. */
  choicesNear?: true;
  /** A literal number there must be a whole number from this up (ordinal 1, join's cut 0), by index. */
  wholeFrom?: Readonly<Record<number, number>>;
  /** What it gives back, for its use inside another helper's arguments. */
  returns: ArgKind | 'boolean' | 'block';
  /** How it is written, for the message and the docs. */
  usage: string;
  /** Its argument's kind is checked with its body (#each: TEMPLATE_UNSUPPORTED eachNotList), not here. */
  kindsCheckedWithBody?: true;
}

const ORDINAL_STYLES = ['shi', 'dun', 'paren', 'arabic', 'arabicParen'];
/** The constructions of the phrase banks (src/render/wording/phrases.ts): a name not there is refused at load. */
export const PHRASE_KEYS = Object.keys(PHRASES);

export const HELPER_SIGNATURES: Readonly<Record<string, HelperSignature>> = {
  if: { args: ['any'], returns: 'block', usage: '{{#if 字段}}…{{else}}…{{/if}}' },
  unless: { args: ['any'], returns: 'block', usage: '{{#unless 字段}}…{{/unless}}' },
  each: { args: ['list'], kindsCheckedWithBody: true, returns: 'block', usage: '{{#each 列表}}…{{/each}}' },
  with: { args: ['any'], returns: 'block', usage: '{{#with 字段}}…{{/with}}' },
  num: { args: ['number'], returns: 'text', usage: '{{num 数字}} → 8600' },
  count: { args: ['count', 'text'], optional: 1, returns: 'text', usage: '{{count numbers.forums}} → 4次；{{count 人数字段 "人"}}' },
  money: { args: ['amount', 'text'], optional: 1, returns: 'text', usage: '{{money amount}} → 1.6万元；{{money 数字 "元"}}' },
  percent: { args: ['number'], returns: 'text', usage: '{{percent proposals.adoptedShare}} → 83.3%' },
  date: { args: ['date'], returns: 'text', usage: '{{date date}} → 2021年6月24日' },
  md: { args: ['date'], returns: 'text', usage: '{{md date}} → 6月24日' },
  month: { args: ['date'], returns: 'text', usage: '{{month date}} → 6月' },
  xun: { args: ['date'], returns: 'text', usage: '{{xun date}} → 6月下旬' },
  concat: { args: ['scalar'], rest: true, returns: 'text', usage: '{{concat "开展“" name "”活动"}}' },
  months: { args: ['list'], returns: 'text', usage: '{{months meetings.months}} → 2月、7月' },
  ordinal: { args: ['number', 'text'], optional: 1, choices: { 1: ORDINAL_STYLES }, wholeFrom: { 0: 1 }, returns: 'text', usage: '{{ordinal 2 "paren"}} → （二）；样式 shi、dun、paren、arabic、arabicParen' },
  cn: { args: ['number'], wholeFrom: { 0: 0 }, returns: 'text', usage: '{{cn 4}} → 四' },
  join: { args: ['list', 'number', 'text'], optional: 1, wholeFrom: { 1: 0 }, returns: 'text', usage: '{{join 列表 3 "、"}} → 甲、乙、丙等' },
  joinAnd: { args: ['list', 'number'], optional: 1, wholeFrom: { 1: 0 }, returns: 'text', usage: '{{joinAnd 列表}} → 甲、乙和丙' },
  pluck: { args: ['list', 'key'], returns: 'list', usage: '{{joinAnd (pluck meetings.forums "topic")}}' },
  sentence: { args: ['text'], returns: 'text', usage: '{{sentence 文字}}：以一个“。”结尾' },
  clause: { args: ['text'], returns: 'text', usage: '{{clause 文字}}：去掉结尾标点' },
  text: { args: ['text'], returns: 'text', usage: '{{text 文字}}：原样，保留换行' },
  book: { args: ['text'], returns: 'text', usage: '{{book name}} → 《name》' },
  len: { args: ['list'], returns: 'number', usage: '{{len 列表}} → 2' },
  sum: { args: ['list', 'key'], returns: 'number', usage: '{{sum activities.visits "quantity.value"}}' },
  eq: { args: ['any', 'any'], returns: 'boolean', usage: '{{#if (eq kind "座谈会")}}' },
  ne: { args: ['any', 'any'], returns: 'boolean', usage: '{{#if (ne kind "座谈会")}}' },
  gt: { args: ['count', 'count'], returns: 'boolean', usage: '{{#if (gt numbers.forums 1)}}' },
  includes: { args: ['text', 'text'], returns: 'boolean', usage: '{{#unless (includes title place)}}' },
  and: { args: ['any'], rest: true, returns: 'boolean', usage: '{{#if (and a b)}}' },
  or: { args: ['any'], rest: true, returns: 'boolean', usage: '{{#if (or a b)}}' },
  not: { args: ['any'], returns: 'boolean', usage: '{{#if (not a)}}' },
  dateOnce: { args: ['date'], returns: 'text', usage: '{{dateOnce date}} → “3月12日，”（同一列举中日期相同时不重复）' },
  mentions: { args: ['text', 'text'], rest: true, returns: 'boolean', usage: '{{#if (mentions topic "部署" "计划")}}：文字里有其中一个词' },
  either: { args: ['any', 'any', 'any'], returns: 'any', usage: '{{either 条件 甲 乙}}：条件有值时为甲，否则为乙' },
  kept: { args: ['any'], returns: 'boolean', usage: '{{#if (kept numbers.activities)}}：本单位自己在 counts 里记的数字' },
  phrase: { args: ['text'], choices: { 0: PHRASE_KEYS }, choicesNear: true, openHash: 'any', returns: 'text', usage: '{{phrase "title.visits"}}；{{phrase "visit.lead" n=(count numbers.visits)}}：按措辞库（src/render/wording/phrases.ts）选一种说法，选项填进说法里的 {n} 等' },
  opening: { args: [], hash: { members: 'any' }, returns: 'text', usage: '{{opening members=true}}：按本年的记录写开头一段' },
  dates: { args: ['list'], returns: 'text', usage: '{{dates studies.all}} → 4月28日和11月25日' },
  studied: { args: ['text'], returns: 'text', usage: '{{studied topic}} → 学习了《……》、开展……专题学习或围绕……开展学习' },
  asRule: { args: ['text'], returns: 'text', usage: '{{asRule content}} → 规定……（内容没有说明做什么时）' },
  ruleVerb: { args: ['text', 'text'], optional: 1, returns: 'text', usage: '{{ruleVerb action ref}} → 建立了；同一动词第二次起换说法（制定了、出台了）' },
  attendance: { args: ['scalar'], returns: 'text', usage: '{{attendance participants}} → 26名委员、全体委员或部分委员' },
  inspectionAct: { args: ['any'], returns: 'text', usage: '{{inspectionAct this}} → 对……进行现场视察，先后到甲、乙、丙实地察看' },
  activityFacts: { args: ['any', 'text'], optional: 1, returns: 'text', usage: '{{activityFacts this}} → ，深入白沙村，惠及32户，送去慰问金1.6万元；{{activityFacts this "brief"}} 用于括号（"brief-act" 用在 activityAct 之后，不再写地点）' },
  quoted: { args: ['text'], returns: 'text', usage: '{{quoted name}} → “四个一”（名称自带引号时不再加）' },
  monthsOf: { args: ['list', 'text', 'count'], optional: 1, returns: 'text', usage: '{{monthsOf proposals.proposals "提案" numbers.proposals}} → 1月和5月（给了件数时，只在这些记录就是全部件数时才写）' },
  said: { args: ['text'], returns: 'boolean', usage: '{{#unless (said (money amount))}}：报告前文是否已经说过' },
  activityAct: { args: ['any'], returns: 'text', usage: '{{activityAct this}} → 每月在“委员之家”开展委员接待日活动；委员集中活动日安排……，每月一次' },
  studyAct: { args: ['text', 'text', 'text'], optional: 2, returns: 'text', usage: '{{studyAct form topic frequency}} → 围绕党史学习教育举办专题辅导；集中学习了《……》；每季度组织一次集中学习，重点学习《……》' },
  attendances: { args: ['list'], returns: 'text', usage: '{{attendances items}} → 依次有24名、23名委员参加（几次学习的参加人数，按顺序；有的没写人数时：参加的有24名委员和全体委员）' },
  studiedThemes: { args: ['list'], returns: 'text', usage: '{{studiedThemes themes}} → 围绕乡村振兴和疫情防控开展学习（主题只说一次“围绕……开展学习”）' },
  studiedDocuments: { args: ['list'], returns: 'text', usage: '{{studiedDocuments documents}} → 学习了《甲》和《乙》，结合党史学习教育，专题学习了《丙》' },
  vagueDate: { args: ['date'], returns: 'text', usage: '{{vagueDate date}} → 年初、6月下旬、9月（写在事情前面）；整天的日期不写' },
  dayDate: { args: ['date'], returns: 'text', usage: '{{dayDate date}} → 6月24日（只有整天的日期可放在事情后的括号里）；其余不写' },
  titleFits: { args: ['text'], returns: 'boolean', usage: '{{#if (titleFits text)}}：够短（20字以内）、不带数字，可作小标题' },
  paragraph: { args: [], returns: 'block', usage: '{{#paragraph}}…{{/paragraph}}' },
  points: { args: [], hash: { style: 'text', sep: 'text' }, returns: 'block', usage: '{{#points style="inline" sep="；"}}导语{{#point "标题"}}…{{/point}}{{/points}}' },
  point: { args: ['text'], optional: 0, hash: { named: 'text' }, returns: 'block', usage: '{{#point "标题" named=名称}}正文{{/point}}：named 是标题里说了、正文没说的名称，这一点并到别的小标题下时写在正文开头' },
  list: { args: [], hash: { sep: 'text', prefix: 'text', suffix: 'text', min: 'number' }, returns: 'block', usage: '{{#list sep="，" prefix="全年" suffix="。" min=2}}{{#item}}…{{/item}}{{/list}}' },
  item: { args: [], returns: 'block', usage: '{{#item}}…{{/item}}' },
};

/** The values an option must be one of, by helper and option. */
export const HASH_CHOICES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  points: { style: ['paragraphs', 'inline', 'numbered'] },
};

/** A kind as a message says it. */
export const KIND_WORDS: Readonly<Record<ArgKind | 'boolean' | 'block', string>> = {
  number: '数字',
  count: '数字（或带单位的数字字段）',
  amount: '金额字段（或数字加单位，如 24600 "元"）',
  text: '文字',
  scalar: '文字或数字',
  date: '日期字段（或写成 2021-06-24 的日期）',
  list: '列表',
  key: '字段名（加引号，如 "topic"）',
  any: '任意值',
  boolean: '真假值',
  block: '块',
};

/** The reference table in docs/templates.md. */
export function helpersReference(): string {
  const rows = Object.entries(HELPER_SIGNATURES).map(([name, s]) => {
    const args = s.args.map((k, i) => (s.optional !== undefined && i >= s.optional ? `[${KIND_WORDS[k]}]` : KIND_WORDS[k])).join('，');
    const more = s.rest ? '，……' : '';
    const hash = s.hash ? `；选项 ${Object.keys(s.hash).join('、')}` : s.openHash ? '；选项任意（填进说法）' : '';
    // Each {{…}} of the usage is template code, shown as code; the words around it are the reader's.
    const usage = s.usage.replace(/\{\{[^}]*\}\}/g, (tag) => `\`${tag}\``).replace(/\|/g, '\\|');
    return `| \`${name}\` | ${args === '' ? '（无）' : args}${more}${hash} | ${usage} |`;
  });
  return ['| 辅助函数 | 参数 | 写法 |', '| --- | --- | --- |', ...rows].join('\n');
}
