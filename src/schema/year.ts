/**
 * The data format: one office's year, as the office keeps it in YAML.
 *
 * This file is the single source of truth for the format. The TypeScript types,
 * the JSON Schema under schema/ (`summary schema`), the Chinese labels that
 * diagnostics and editors show, and the list of fields a template may use all
 * come from it. Every field carries `title` (the Chinese label) and
 * `description` (what to write there) through `.meta()`.
 *
 * Rules of the format:
 * - objects are strict: a key that is not here is an error, never dropped;
 * - nothing is coerced: `'12'` is not a number and `''` is not text;
 * - enumerated kinds are the Chinese words offices write;
 * - dates are ISO strings (`2021-06-24`, or `2021-06` when the day does not
 *   matter) so that YAML's core schema keeps them as text and we validate them.
 */
import * as z from 'zod';
import {
  MEETING_KINDS,
  STUDY_FORMS,
  INSPECTION_KINDS,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
  ACTIVITY_KINDS,
  APPROX,
  MONEY_UNITS,
  MECHANISM_ACTIONS,
  SUPPORT_KINDS,
  ACTIVITY_KIND_NOTES,
  APPROX_NOTES,
  INSPECTION_KIND_NOTES,
  MECHANISM_ACTION_NOTES,
  MEETING_KIND_NOTES,
  MONEY_UNIT_NOTES,
  PROPOSAL_KIND_NOTES,
  PROPOSAL_STATUS_NOTES,
  STUDY_FORM_NOTES,
  SUPPORT_KIND_NOTES,
} from './choices.js';

export { MEETING_KINDS, STUDY_FORMS, INSPECTION_KINDS, PROPOSAL_KINDS, PROPOSAL_STATUSES, ACTIVITY_KINDS, APPROX, MONEY_UNITS, MECHANISM_ACTIONS, SUPPORT_KINDS } from './choices.js';

/** Attach the Chinese label and description every field must carry. */
function labelled<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description });
}

/**
 * Limits a real office's records stay far inside (docs/limits.md). They bound
 * the cost of every input — a 1,000,000-item list or a 40,000-character name
 * is refused with its position, not worked through for a minute — and catch
 * numbers no office could have (1e300 元).
 */
export const LIMITS = {
  /** Characters in one piece of text: a long paragraph. */
  textChars: 2000,
  /** Characters in a name (the office's, a township's, a superior's): a title line and a file name. */
  nameChars: 60,
  /** Items in a list of records (meetings, activities …) or of sentences. */
  listItems: 1000,
  /** A count of times, items or people (人次 included). */
  count: 1_000_000,
  /** An amount: in 元 up to 1,000,000,000 (10亿元); in 万元 up to 100,000. */
  moneyYuan: 1_000_000_000,
  moneyWan: 100_000,
  /** A quantity with its own unit (份, 户, 人次). */
  quantity: 10_000_000,
} as const;

/**
 * Characters that show nothing: format characters (U+200B zero-width space,
 * U+FEFF, bidi controls …), other controls, noncharacters, lone surrogates
 * (which no font draws; U+D800 printed as “\uFFFD” at best), and every
 * default-ignorable character (variation selectors such as U+FE0F, Hangul
 * fillers, tag characters). Text made only of these and spaces prints blank,
 * so it is blank (repro 24).
 */
const INVISIBLE_OR_SPACE = /[\s\p{Cf}\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}\u2800]/gu;
export const isBlankText = (s: string): boolean => s.replace(INVISIBLE_OR_SPACE, '').length === 0;

/**
 * The examples a description gives (`如“县政协”“区政协”`), for editors'
 * `examples`: taken from the description so the two never say different things.
 */
export function examplesIn(description: string): string[] {
  const out: string[] = [];
  for (const m of description.matchAll(/如((?:“[^“”]+”)+)/g)) {
    for (const q of (m[1] ?? '').matchAll(/“([^“”]+)”/g)) if (q[1]) out.push(q[1]);
  }
  return out;
}

/** Required text: its visible content must not be empty (`"  "` and two U+200B are not text). */
const text = (title: string, description: string, maxChars: number = LIMITS.textChars) => {
  const examples = examplesIn(description);
  return z
    .string()
    .max(maxChars)
    .refine((s) => !isBlankText(s), { message: 'blank' })
    .meta({ title, description, ...(examples.length > 0 ? { examples } : {}) });
};

/**
 * One of a fixed list of words, each with what it means: editors show the
 * meaning beside each choice (yaml-language-server reads
 * `markdownEnumDescriptions`, VS Code's JSON support `enumDescriptions`).
 */
const choice = <const T extends readonly [string, ...string[]]>(values: T, notes: Record<T[number], string>, title: string, description: string) => {
  const enumDescriptions = values.map((v: T[number]) => notes[v]);
  return z.enum(values).meta({ title, description, enumDescriptions, markdownEnumDescriptions: enumDescriptions });
};

/** A name: required text short enough for a title line and a file name. */
const name = (title: string, description: string) => text(title, description, LIMITS.nameChars);

const count = (title: string, description: string) =>
  labelled(z.number().int().nonnegative().max(LIMITS.count), title, description);

const money = (title: string, description: string) =>
  labelled(z.number().nonnegative().finite().max(LIMITS.moneyYuan), title, description);

/** A list, never longer than a real year's. */
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);

/** A day (2021-06-24) or a month (2021-06). Checked as a real calendar date. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
/**
 * The date fields' schemas. A date is a string to zod (a refinement cannot be
 * looked into), so the ledger (src/ledger/layout.ts) asks here which columns
 * to format as dates and read from Excel's date cells.
 */
export const DATE_SCHEMAS = new WeakSet<z.ZodType>();
const date = (title: string, description: string) => {
  const schema = z.string().refine(isCalendarDate, { message: 'date' }).meta({
    title,
    description: `${description}格式为“2021-06-24”（年-月-日），日期不重要时可写“2021-06”（年-月）。`,
    // For editors and JSON Schema validators; whether the day exists is checked by isCalendarDate.
    pattern: DATE_PATTERN.source,
    examples: ['2021-06-24', '2021-06'],
  });
  DATE_SCHEMAS.add(schema);
  return schema;
};

export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

const textList = (title: string, description: string) =>
  labelled(list(text(title, description)), title, description);

// ---------------------------------------------------------------- office

export const OfficeSchema = labelled(
  z.strictObject({
    name: name('单位全称', '办公室的全称，用于标题和落款，如“青石镇政协联络工作委员会”。'),
    shortName: name('文中简称', '正文中称呼本单位的简称，如“镇政协联工委”“街道政协联络办”。'),
    township: name('所在镇（街道）', '办公室所在的镇、乡或街道，如“青石镇”“雁泉街道”。'),
    superior: name('上级政协', '指导本办公室工作的上级政协，如“县政协”“区政协”。'),
    partyCommittee: name('党委（党工委）', '领导本办公室工作的党委，如“镇党委”“街道党工委”。'),
    government: name('政府（办事处）', '同级政府，如“镇政府”“街道办事处”。').optional(),
    signature: name('落款', '落款单位名称，不填时用单位全称。').optional(),
    date: date('成文日期', '总结的成文日期，不早于全年最后一条记录。'),
  }),
  '单位',
  '办公室的名称、上级政协、党委和落款。',
);

// ---------------------------------------------------------------- members

export const GroupSchema = labelled(
  z.strictObject({
    name: text('小组名称', '委员活动小组的名称，如“工业组”。'),
    sector: text('界别（行业）', '小组所在的行业或界别，如“工业”“农业”“非公有制企业”。').optional(),
    members: count('小组人数', '小组的委员人数。').optional(),
    leader: text('组长', '小组组长的姓名。').optional(),
    community: text('联系社区（村）', '小组联系的社区或村。').optional(),
  }),
  '委员活动小组',
  '一个委员活动小组。',
);

export const CommendationSchema = labelled(
  z.strictObject({
    date: date('表彰日期', '表彰的日期。').optional(),
    title: text('表彰名称', '获得的荣誉或奖项，如“优秀政协委员”。泛指“各级各部门的表彰奖励”时不填，报告写作“全年有8人获得各级各部门的表彰奖励”。').optional(),
    count: count('受表彰人数', '受表彰的人数。'),
    by: text('表彰单位', '作出表彰的单位，如“县政协”。').optional(),
    names: textList('受表彰委员', '受表彰委员的姓名。').optional(),
  }),
  '表彰',
  '委员获得的一项表彰。',
);

export const StorySchema = labelled(
  z.strictObject({
    name: text('委员姓名', '委员的姓名，如“陈明”。报告写作“陈明委员……”。'),
    story: text('事迹', '这名委员做了什么，写成接在“某某委员”后面的话，带上数字，如“今年又投资近1000万元新设分厂，聘请员工80多人”。'),
    section: text('所属部分', '写入报告的哪一部分：members（队伍建设，默认）、leadership、supervision、liaison，或本单位自设部分的 key。').optional(),
  }),
  '委员风采',
  '一名委员的事迹。',
);

export const MembersSchema = labelled(
  z.strictObject({
    total: count('委员总数', '驻本镇（街道）的各级政协委员总人数。'),
    byLevel: labelled(
      z.strictObject({
        province: count('省级委员', '省政协委员人数。').optional(),
        city: count('市级委员', '市政协委员人数。').optional(),
        county: count('县（区）级委员', '县（区）政协委员人数。').optional(),
      }),
      '按级别',
      '各级政协委员人数，相加应等于委员总数。',
    ).optional(),
    liaisonContacts: count('联络对象', '政协联络对象的人数。').optional(),
    groups: labelled(list(GroupSchema), '委员活动小组', '按行业或界别组建的委员活动小组。').optional(),
    commendations: labelled(list(CommendationSchema), '表彰', '委员全年获得的表彰。').optional(),
    stories: labelled(list(StorySchema), '委员风采', '个别委员立足岗位做的事，每人一条，写进报告的“委员风采”一点。').optional(),
  }),
  '委员队伍',
  '委员人数、级别、联络对象、活动小组和表彰。',
);

// ---------------------------------------------------------------- records

export const MeetingSchema = labelled(
  z.strictObject({
    date: date('日期', '会议日期。'),
    kind: choice(MEETING_KINDS, MEETING_KIND_NOTES, '会议类别', `会议的类别：${MEETING_KINDS.join('、')}。`),
    topic: text('议题', '会议的议题或主题，如“研究部署全年政协联络工作”。'),
    attendees: count('参会人数', '参加会议的人数。').optional(),
    participants: text('参会人员', '参会人员的说明，如“全体委员和11家规模企业负责人”。').optional(),
    outcome: text('成效', '会议的结果或成效，如“制订了全年工作计划”。').optional(),
  }),
  '会议',
  '一次会议。',
);

export const StudySchema = labelled(
  z.strictObject({
    date: date('日期', '学习的日期。'),
    form: choice(STUDY_FORMS, STUDY_FORM_NOTES, '学习形式', `学习的形式：${STUDY_FORMS.join('、')}。`),
    topic: text('学习内容', '学习的主题或内容，如“新修订的《政协章程》”。'),
    participants: count('参学人数', '参加学习的人数。').optional(),
    place: text('地点', '学习或培训的地点，如“井冈山”。').optional(),
    outcome: text('成效', '学习的收获或成果。').optional(),
  }),
  '学习',
  '一次学习或培训。',
);

export const InspectionSchema = labelled(
  z.strictObject({
    date: date('日期', '活动日期。'),
    kind: choice(INSPECTION_KINDS, INSPECTION_KIND_NOTES, '类别', `活动的类别：${INSPECTION_KINDS.join('、')}。`),
    subject: text('主题', '视察、调研、考察或评议的主题，如“全镇重点工程建设”。'),
    sites: textList('地点（项目）', '到过的地点或项目，如“苏洲坝泵站”。').optional(),
    participants: count('参加人数', '参加的委员人数。').optional(),
    result: text('成果', '形成的成果，如“形成调研报告1篇，提出建议5条”。').optional(),
  }),
  '视察调研',
  '一次视察、调研、考察或评议。',
);

export const ProposalSchema = labelled(
  z.strictObject({
    date: date('日期', '提交的日期。'),
    kind: choice(PROPOSAL_KINDS, PROPOSAL_KIND_NOTES, '类别', `类别：${PROPOSAL_KINDS.join('、')}。`),
    title: text('标题', '提案、建议或信息的标题，如“关于扶持苗木花卉产业发展的提案”。'),
    by: text('提出者', '提出的委员或小组。').optional(),
    status: choice(PROPOSAL_STATUSES, PROPOSAL_STATUS_NOTES, '办理状态', `办理状态：${PROPOSAL_STATUSES.join('、')}。`).optional(),
    adopted: labelled(z.boolean(), '是否采纳', '是否被采纳或采用，写 true 或 false。').optional(),
    adoptedBy: text('采纳单位', '采纳或办理的单位，如“县林业局”。').optional(),
    instruction: text('领导批示', '领导作出的批示，如“县委书记批示”。').optional(),
    outcome: text('办理结果', '办理或落实的结果。').optional(),
  }),
  '提案建议',
  '一件提案、建议或社情民意信息。',
);

export const QuantitySchema = labelled(
  z.strictObject({
    value: labelled(z.number().nonnegative().finite().max(LIMITS.quantity), '数值', '数量。'),
    unit: text('单位', '数量的单位，如“人次”“份”“户”。'),
    approx: choice(APPROX, APPROX_NOTES, '约数', '数量为约数时写“余”或“多”，如“200余份”。').optional(),
  }),
  '数量',
  '带单位的数量。',
);

export const AmountSchema = labelled(
  z.strictObject({
    value: money('金额', '金额的数值。'),
    unit: choice(MONEY_UNITS, MONEY_UNIT_NOTES, '金额单位', '金额的单位：元或万元。'),
  })
    // 1e9 万元 passes the bound in 元 and is still no office's money.
    .refine((a) => a.unit !== '万元' || a.value <= LIMITS.moneyWan, { message: 'moneyWan', path: ['value'] }),
  '金额',
  '带单位的金额。',
);

export const ActivitySchema = labelled(
  z.strictObject({
    date: date('日期', '活动日期。'),
    kind: choice(ACTIVITY_KINDS, ACTIVITY_KIND_NOTES, '类别', `活动的类别：${ACTIVITY_KINDS.join('、')}。`),
    title: text('活动内容', '活动的内容，如“元宵节到爱馨老年公寓慰问老人”。'),
    place: text('地点', '活动的地点，如“株洲、广州”。').optional(),
    quantity: QuantitySchema.optional(),
    amount: AmountSchema.optional(),
    outcome: text('成效', '活动的成效。').optional(),
  }),
  '活动',
  '一次联络联谊或服务活动。',
);

export const MechanismSchema = labelled(
  z.strictObject({
    date: date('日期', '建立或修订的日期。').optional(),
    name: text('制度名称', '制度的名称，不带书名号，如“委员活动小组活动简则”。'),
    action: choice(MECHANISM_ACTIONS, MECHANISM_ACTION_NOTES, '方式', '建立、修订或完善。'),
    content: text('主要内容', '制度的主要内容，如“连续两次不参加活动的委员给予口头警告”。').optional(),
  }),
  '工作制度',
  '一项建立或修订的工作制度。',
);

export const SupportSchema = labelled(
  z.strictObject({
    date: date('日期', '投入的日期。').optional(),
    kind: choice(SUPPORT_KINDS, SUPPORT_KIND_NOTES, '类别', `投入的类别：${SUPPORT_KINDS.join('、')}。`),
    description: text('内容', '投入的内容，如“配备专车一辆”“举行挂牌仪式”。'),
    amount: AmountSchema.optional(),
    by: text('投入单位', '提供支持的单位，如“镇政府”。').optional(),
  }),
  '保障投入',
  '党委政府对办公室工作的一项支持。',
);

// ---------------------------------------------------------------- counts

/** A count kept without itemised records: a number, or a number with 余/多. */
const countValue = (title: string, description: string) =>
  labelled(
    z.union([
      z.number().int().nonnegative().max(LIMITS.count),
      z.strictObject({
        value: labelled(z.number().int().nonnegative().max(LIMITS.count), '数值', '数量。'),
        approx: choice(APPROX, APPROX_NOTES, '约数', '约数写“余”或“多”，如“20余次”。').optional(),
      }),
    ]),
    title,
    `${description}写一个整数，约数写成 { value: 20, approx: 余 }。`,
  );

/**
 * Named numbers an office keeps without itemised records. Where the same
 * number can also be counted from records (`forums` and the 座谈会 meetings),
 * the rules check that the two agree.
 */
export const COUNT_FIELDS = {
  partyMeetings: { title: '党委研究政协工作', unit: '次', description: '党委（党工委）会议听取或研究政协工作的次数。' },
  forums: { title: '座谈会', unit: '次', description: '召开座谈会的次数。' },
  consultations: { title: '协商恳谈', unit: '次', description: '召开协商会、恳谈会的次数。' },
  meetings: { title: '会议', unit: '次', description: '召开各类会议的总次数。' },
  studies: { title: '学习活动', unit: '次', description: '组织学习、培训的次数。' },
  studyAttendance: { title: '参学', unit: '人次', description: '参加学习的人次。' },
  inspections: { title: '视察调研', unit: '次', description: '视察、调研、考察、评议的次数。' },
  proposals: { title: '提案', unit: '件', description: '提交提案的件数。' },
  proposalsAdopted: { title: '提案被采纳', unit: '件', description: '被采纳（立案）的提案件数。' },
  suggestions: { title: '意见建议', unit: '条', description: '提出意见建议的条数。' },
  opinions: { title: '社情民意信息', unit: '条', description: '收集、上报社情民意信息的条数。' },
  opinionsAdopted: { title: '社情民意信息被采用', unit: '条', description: '被上级采用的社情民意信息条数。' },
  instructions: { title: '领导批示', unit: '件', description: '得到领导批示的件数。' },
  visits: { title: '走访委员', unit: '人次', description: '走访委员的人次。' },
  activities: { title: '联谊服务活动', unit: '次', description: '开展联络联谊、慰问、服务活动的次数。' },
} as const;

export type CountKey = keyof typeof COUNT_FIELDS;

const countShape = Object.fromEntries(
  Object.entries(COUNT_FIELDS).map(([key, f]) => [key, countValue(f.title, `${f.description}单位：${f.unit}。`).optional()]),
) as { [K in CountKey]: z.ZodOptional<ReturnType<typeof countValue>> };

export const SECTION_KEYS = ['leadership', 'members', 'supervision', 'liaison'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export const SECTION_TITLES: Record<SectionKey, string> = {
  leadership: '加强领导',
  members: '队伍建设',
  supervision: '民主监督',
  liaison: '联络联谊',
};

export const OtherCountSchema = labelled(
  z.strictObject({
    name: text('事项', '计数的事项，写成文中的说法，如“发放在外人士信息收录表”。'),
    value: labelled(z.number().nonnegative().finite().max(LIMITS.quantity), '数值', '数量。'),
    unit: text('单位', '数量的单位，如“份”“人”。'),
    approx: choice(APPROX, APPROX_NOTES, '约数', '约数写“余”或“多”。').optional(),
    section: choice(SECTION_KEYS, SECTION_TITLES, '所属部分', '写入报告的哪一部分：leadership（加强领导）、members（队伍建设）、supervision（民主监督）、liaison（联络联谊）。'),
  }),
  '其他数字',
  '一项其他数字及其所在部分。',
);

export const CountsSchema = labelled(
  z.strictObject({
    ...countShape,
    other: labelled(list(OtherCountSchema), '其他数字', '上面没有的数字，写明事项、数值、单位和所属部分。').optional(),
  }),
  '数字',
  '不逐条记录时，全年各项工作的数字。与逐条记录同时给出时，两者必须一致。',
);

// ---------------------------------------------------------------- report wording

/** A point as the office writes it: its title and its text (“一是领导到位。年初，……”). */
export const PointSchema = labelled(
  z.strictObject({
    title: text('小标题', '这一点的小标题，如“领导到位”“招商引资争项联通‘主桥梁’”，不带“一是”和句号。'),
    body: text('正文', '这一点的正文，接在小标题后面。'),
  }),
  '要点',
  '一条“小标题。正文”的要点。',
);

/** A point the office adds: “标题。正文” as one text, or title and body apart. */
const officePoint = labelled(
  z.union([text('要点', '一条要点，写成“小标题。正文”，如“领导到位。年初，镇党委专门召开党委会……”。'), PointSchema]),
  '补充要点',
  '写成“小标题。正文”一段文字，或写成 { title: 小标题, body: 正文 }。没有小标题的文字写在本部分开头之后，不编号。',
);

const subheadings = labelled(
  z.boolean(),
  '用（一）（二）小标题',
  '为 true 时本部分的每一点写成“（一）小标题”单独一行，正文另起一段（要点多或长时用）。',
);

export const SectionOptionsSchema = labelled(
  z.strictObject({
    heading: text('标题', '本部分的标题，不带序号，如“加强领导、健全机制”。序号“一、”由工具自动编排。').optional(),
    intro: text('导语', '本部分开头的一段话，写在各要点之前。').optional(),
    points: labelled(list(officePoint), '补充要点', '本单位想加入本部分的要点，每条“小标题。正文”，接在生成的要点之后。').optional(),
    omit: labelled(z.boolean(), '不写本部分', '为 true 时报告不写这一部分。').optional(),
    subheadings: subheadings.optional(),
  }),
  '部分设置',
  '报告某一部分的标题、导语和补充要点。',
);

/** Keys of the office's own sections: short Latin names, so report.order can place them. */
export const OWN_KEY_PATTERN = /^[a-z][A-Za-z0-9]{0,30}$/;

export const OwnSectionSchema = labelled(
  z.strictObject({
    key: z.string().regex(OWN_KEY_PATTERN, { message: 'key' }).meta({
      title: '代号',
      description: '本部分的代号，小写英文字母开头，如 service，在 report.order 里用它排位置。',
      examples: ['service'],
    }),
    heading: text('标题', '本部分的标题，不带序号，如“服务发展更务实”。'),
    intro: text('导语', '本部分开头的一段话。').optional(),
    points: labelled(list(officePoint), '要点', '本部分的要点，每条“小标题。正文”。'),
    subheadings: subheadings.optional(),
  }),
  '自设部分',
  '本单位在四个部分之外自己加的一部分，如“服务发展更务实”。',
);

export const ReportSchema = labelled(
  z.strictObject({
    title: text('报告标题', '报告标题，不填时为“年份+单位全称+工作总结”。').optional(),
    order: labelled(
      list(text('部分', '部分的代号，如“leadership”“members”“supervision”“liaison”。')),
      '部分顺序',
      '报告各部分的顺序：leadership（加强领导）、members（队伍建设）、supervision（民主监督）、liaison（联络联谊），以及自设部分（report.own）的代号。',
    ).optional(),
    sections: labelled(
      z.strictObject({
        leadership: SectionOptionsSchema.optional(),
        members: SectionOptionsSchema.optional(),
        supervision: SectionOptionsSchema.optional(),
        liaison: SectionOptionsSchema.optional(),
      }),
      '各部分设置',
      '按部分改写标题、加导语和要点，或不写某一部分。',
    ).optional(),
    own: labelled(list(OwnSectionSchema), '自设部分', '四个部分之外本单位自己加的部分，如“服务发展更务实”“委员活动更多样”；位置由 report.order 决定，不写时排在四个部分之后。').optional(),
    subheadings: labelled(z.boolean(), '全文用（一）（二）小标题', '为 true 时每一部分的要点都写成“（一）小标题”；也可在 report.sections.<部分>.subheadings 中逐部分设定。').optional(),
    statistics: labelled(z.boolean(), '附数据统计表', '是否在正文后附“全年工作数据统计表”，默认附。').optional(),
  }),
  '报告设置',
  '报告的标题、各部分的顺序和措辞。',
);

// ---------------------------------------------------------------- named activities and trainings

export const CampaignSchema = labelled(
  z.strictObject({
    name: text('活动名称', '活动的名称，不带引号，如“五个一”“四个一”“三新奖”争创。报告写作“开展“五个一”活动”。'),
    parts: textList('活动内容', '活动包含的各项，如“献一条良策”“办一件实事”。'),
    among: text('范围', '在谁中间开展，如“全体政协委员”。默认“全体政协委员”。').optional(),
    outcome: text('成效', '活动的结果，如“委员共提出建议35条，办实事22件”。').optional(),
    section: text('所属部分', '写入报告的哪一部分：members（默认）、leadership、supervision、liaison，或自设部分的 key。').optional(),
  }),
  '主题活动',
  '一项有名称、有几项内容的主题活动，如“五个一”活动。',
);

export const TrainingSchema = labelled(
  z.strictObject({
    title: text('培训名称', '培训的名称，如“实用技术培训”。'),
    sessions: count('期数', '举办的期数。'),
    topics: textList('内容', '培训涵盖的内容，如“果树修剪”“病虫害防治”。'),
    participants: count('参训人次', '参加培训的人次。').optional(),
    section: text('所属部分', '写入报告的哪一部分：liaison（默认）、members、leadership、supervision，或自设部分的 key。').optional(),
  }),
  '培训班',
  '举办的一类培训，写期数和内容，报告写作“举办实用技术培训3期，内容涵盖……”。',
);

export const TextSchema = labelled(
  z.strictObject({
    opening: text('开头', '报告开头一段的本单位表述，写在全年主要数字之前。').optional(),
    highlights: textList('工作亮点', '本单位想在开头一段突出的工作亮点，每条一句。').optional(),
    shortcomings: textList('存在的不足', '存在的不足，每条一句。'),
    plans: textList('明年工作打算', '明年的工作打算，每条一句。'),
  }),
  '文字',
  '本单位自己写的文字：开头、亮点、存在的不足、明年工作打算。',
);

// ---------------------------------------------------------------- the year

export const YearSchema = labelled(
  z.strictObject({
    year: labelled(z.number().int().min(1949).max(2100), '年份', '总结的年份，如 2021。'),
    office: OfficeSchema,
    members: MembersSchema.optional(),
    meetings: labelled(list(MeetingSchema), '会议', '全年召开的会议，每次一条。').optional(),
    studies: labelled(list(StudySchema), '学习', '全年的学习培训，每次一条。').optional(),
    inspections: labelled(list(InspectionSchema), '视察调研', '全年的视察、调研、考察、评议，每次一条。').optional(),
    proposals: labelled(list(ProposalSchema), '提案建议', '全年的提案、建议、社情民意信息，每件一条。').optional(),
    activities: labelled(list(ActivitySchema), '活动', '全年的走访、联谊、慰问、捐助、接待、宣传活动，每次一条。').optional(),
    mechanisms: labelled(list(MechanismSchema), '工作制度', '全年建立或修订的工作制度。').optional(),
    support: labelled(list(SupportSchema), '保障投入', '党委政府给予的经费、设备、场地等支持。').optional(),
    campaigns: labelled(list(CampaignSchema), '主题活动', '有名称、有几项内容的主题活动，如“五个一”活动。').optional(),
    trainings: labelled(list(TrainingSchema), '培训班', '举办的培训，按类写期数和内容。').optional(),
    counts: CountsSchema.optional(),
    text: TextSchema,
    report: ReportSchema.optional(),
  }),
  '年度工作记录',
  '一个政协联络办公室一年的工作记录，用于校验和生成年终工作总结。',
);

export type YearData = z.infer<typeof YearSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Study = z.infer<typeof StudySchema>;
export type Inspection = z.infer<typeof InspectionSchema>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Mechanism = z.infer<typeof MechanismSchema>;
export type Support = z.infer<typeof SupportSchema>;
export type Counts = z.infer<typeof CountsSchema>;
export type CountValue = NonNullable<Counts[CountKey]>;

/** The kinds of itemised record, in the order the report and the rules walk them. */
export const RECORD_LISTS = ['meetings', 'studies', 'inspections', 'proposals', 'activities', 'mechanisms', 'support'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];
