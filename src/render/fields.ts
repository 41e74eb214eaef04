/**
 * The fields a template may use: the shape of YearModel (src/model/types.ts)
 * written out as data, with a Chinese label for docs/templates.md. Templates
 * are checked against it when they load, so a misspelt field is an error with
 * its line and column instead of a silent blank. A test holds this tree equal
 * to what buildModel actually produces.
 */
import { KEY_NUMBER_COLUMNS } from '../model/key-numbers.js';

export type FieldSpec =
  | { kind: 'string' | 'number' | 'boolean'; label: string }
  | { kind: 'object'; label: string; fields: Record<string, FieldSpec> }
  | { kind: 'list'; label: string; item: FieldSpec };

const s = (label: string): FieldSpec => ({ kind: 'string', label });
const n = (label: string): FieldSpec => ({ kind: 'number', label });
const b = (label: string): FieldSpec => ({ kind: 'boolean', label });
const o = (label: string, fields: Record<string, FieldSpec>): FieldSpec => ({ kind: 'object', label, fields });
const l = (label: string, item: FieldSpec): FieldSpec => ({ kind: 'list', label, item });

const ref = s('记录位置，如 meetings[3]');
const amount = o('金额', { value: n('数值'), unit: s('单位（元、万元）') });
const quantity = o('数量', { value: n('数值'), unit: s('单位'), approx: s('约数（余、多）') });

const meeting = o('会议', {
  ref,
  date: s('日期'),
  kind: s('会议类别'),
  topic: s('议题'),
  attendees: n('参会人数'),
  participants: s('参会人员'),
  outcome: s('成效'),
});
const study = o('学习', {
  ref,
  date: s('日期'),
  form: s('学习形式'),
  topic: s('学习内容'),
  participants: n('参学人数'),
  place: s('地点'),
  outcome: s('成效'),
});
const inspection = o('视察调研', {
  ref,
  date: s('日期'),
  kind: s('类别'),
  subject: s('主题'),
  sites: l('地点（项目）', s('地点')),
  participants: n('参加人数'),
  result: s('成果'),
});
const proposal = o('提案建议', {
  ref,
  date: s('日期'),
  kind: s('类别'),
  title: s('标题'),
  by: s('提出者'),
  status: s('办理状态'),
  adopted: b('是否采纳'),
  adoptedBy: s('采纳单位'),
  instruction: s('领导批示'),
  outcome: s('办理结果'),
});
const activity = o('活动', {
  ref,
  date: s('日期'),
  kind: s('类别'),
  title: s('活动内容'),
  place: s('地点'),
  quantity,
  amount,
  outcome: s('成效'),
});
const supportItem = o('投入', { ref, date: s('日期'), kind: s('类别'), description: s('内容'), amount, by: s('投入单位') });
const figure = o('数字', { value: n('数值'), approx: s('约数（余、多）'), unit: s('单位'), source: s('来源：counts 或 records') });
const other = o('其他数字', { ref, name: s('事项'), value: n('数值'), unit: s('单位'), approx: s('约数') });
const officePoint = o('要点', { title: s('小标题'), body: s('正文') });
const story = o('委员风采', { ref, name: s('委员姓名'), story: s('事迹') });
const campaign = o('主题活动', { ref, name: s('活动名称（不带引号）'), parts: l('活动内容', s('一项')), among: s('范围（默认“全体政协委员”）'), outcome: s('成效') });
const training = o('培训班', { ref, title: s('培训名称'), sessions: n('期数'), topics: l('内容', s('一项')), participants: n('参训人次') });
const extras = o('本部分的主题活动、委员风采、培训班', { campaigns: l('主题活动', campaign), stories: l('委员风采', story), trainings: l('培训班', training) });
const wording = o('部分设置', {
  heading: s('标题'),
  intro: s('导语'),
  points: l('补充要点（小标题和正文）', officePoint),
  notes: l('没有小标题的补充文字（写在开头之后，不编号）', s('一段')),
  omit: b('不写本部分'),
  subheadings: b('要点写成（一）（二）小标题'),
});
const ownSection = o('自设部分', {
  key: s('代号'),
  heading: s('标题'),
  intro: s('导语'),
  points: l('要点（小标题和正文）', officePoint),
  notes: l('没有小标题的文字', s('一段')),
  subheadings: b('要点写成（一）（二）小标题'),
  extras,
});

export const COUNT_FIELD_KEYS = [
  'partyMeetings',
  'forums',
  'consultations',
  'meetings',
  'studies',
  'studyAttendance',
  'inspections',
  'proposals',
  'proposalsAdopted',
  'suggestions',
  'opinions',
  'opinionsAdopted',
  'instructions',
  'visits',
  'activities',
] as const;

const SECTIONS = ['leadership', 'members', 'supervision', 'liaison'] as const;

export const MODEL_FIELDS: FieldSpec = o('年度模型', {
  year: n('年份'),
  nextYear: n('下一年份'),
  office: o('单位', {
    name: s('单位全称'),
    shortName: s('文中简称'),
    township: s('所在镇（街道）'),
    superior: s('上级政协'),
    superiorLevel: s('上级政协的级别：县、区'),
    partyCommittee: s('党委（党工委）'),
    government: s('政府（办事处）'),
    bodies: s('党委和政府，各写一次：镇党委、政府'),
    leaders: s('领导本单位工作的各方，各写一次：县政协和镇党委、政府'),
    signature: s('落款'),
    date: s('成文日期'),
  }),
  members: o('委员队伍', {
    total: n('委员总数'),
    province: n('省级委员'),
    city: n('市级委员'),
    county: n('县（区）级委员'),
    liaisonContacts: n('联络对象'),
    groups: l('委员活动小组', o('小组', { ref, name: s('小组名称'), sector: s('界别（行业）'), members: n('小组人数'), leader: s('组长'), community: s('联系社区（村）') })),
    groupMembers: n('各小组人数之和'),
    commendations: l('表彰', o('表彰', { ref, date: s('表彰日期'), title: s('表彰名称'), count: n('受表彰人数'), by: s('表彰单位'), names: l('受表彰委员', s('姓名')) })),
    commended: n('受表彰委员人数之和'),
    people: n('委员和联络对象合计（两者都有时）'),
    stories: l('委员风采', story),
  }),
  areas: l('本年有内容的工作方面（开头列举用）：学习培训、视察调研、建言献策、民主监督、联络联谊', s('方面')),
  campaigns: l('全部主题活动', campaign),
  trainings: l('全部培训班', training),
  extras: o('四个部分各自的主题活动、委员风采、培训班', Object.fromEntries(SECTIONS.map((k) => [k, extras]))),
  meetings: o('会议', {
    all: l('全部会议（按日期）', meeting),
    party: l('党委会、党工委会、党政联席会', meeting),
    general: l('全体委员会议、工作会议、通报会、常委会、其他会议', meeting),
    forums: l('座谈会', meeting),
    consultations: l('协商会、恳谈会', meeting),
    attendees: n('参会人数之和'),
    months: l('开会的月份', n('月')),
  }),
  studies: o('学习', {
    all: l('全部学习（按日期）', study),
    local: l('本地学习（外出培训以外）', study),
    trips: l('外出培训', study),
    participants: n('参学人次'),
    forms: l('用过的学习形式', s('形式')),
    months: l('学习的月份', n('月')),
    groups: l('本地学习按形式归并', o('一种形式', { form: s('学习形式'), items: l('这种形式的学习', study), documents: l('学习的文件、讲话（学习了……）', s('内容')), themes: l('学习的主题（围绕……）', s('内容')) })),
  }),
  inspections: o('视察调研', {
    all: l('全部视察调研（按日期）', inspection),
    participants: n('参加人次'),
    kinds: l('开展过的类别', s('类别')),
    groups: l('按类别归并', o('一种类别', { kind: s('类别'), items: l('这一类的记录', inspection) })),
  }),
  proposals: o('提案建议', {
    all: l('全部（按日期）', proposal),
    proposals: l('提案和建议', proposal),
    opinions: l('社情民意信息', proposal),
    adopted: l('被采纳的', proposal),
    instructed: l('获领导批示的', proposal),
    adoptedShare: n('提案采纳率（百分数，一位小数）'),
  }),
  activities: o('活动', {
    all: l('全部活动（按日期）', activity),
    visits: l('走访', activity),
    outreach: l('联谊', activity),
    care: l('慰问、捐助', activity),
    service: l('接待、宣传、服务', activity),
    careAmount: n('慰问捐助金额之和（元）'),
  }),
  mechanisms: l('工作制度', o('制度', { ref, date: s('日期'), name: s('制度名称'), action: s('方式'), content: s('主要内容') })),
  support: l('保障投入', supportItem),
  supportGroups: l('保障投入按投入单位归并', o('一个单位的投入', { by: s('投入单位'), items: l('投入', supportItem) })),
  numbers: o('全年数字（counts 优先，否则由记录统计；为 0 时不写）', Object.fromEntries(COUNT_FIELD_KEYS.map((k) => [k, figure]))),
  stats: o('全年数字（含 0，用于统计表）', Object.fromEntries(COUNT_FIELD_KEYS.map((k) => [k, figure]))),
  others: o('其他数字（按部分）', Object.fromEntries(SECTIONS.map((k) => [k, l('其他数字', other)]))),
  compare: o(
    '与上年比较（给了上年记录 --previous 且两年都有这项数字时才有，如“比上年增加2次”“与上年持平”；否则为空）',
    Object.fromEntries(KEY_NUMBER_COLUMNS.map(({ key, label, unit }) => [key, s(`${label}（${unit}）与上年比较`)])),
  ),
  text: o('文字', {
    opening: s('开头'),
    highlights: l('工作亮点', s('亮点')),
    shortcomings: l('存在的不足', s('一条')),
    plans: l('明年工作打算', s('一条')),
  }),
  report: o('报告设置', {
    title: s('报告标题'),
    order: l('部分顺序', s('部分')),
    sections: o('各部分设置', Object.fromEntries(SECTIONS.map((k) => [k, wording]))),
    own: l('自设部分', ownSection),
    statistics: b('附数据统计表'),
  }),
  current: { ...ownSection, label: '正在写的自设部分（只在 own.hbs 中有）' },
});
