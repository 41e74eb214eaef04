/**
 * The office's own words and the report's layout: `text` (opening,
 * highlights, shortcomings, plans) and `report` (title, order of the
 * sections, each section's heading, intro and points, the office's own
 * sections). The built-in sections are ./sections.ts's.
 */
import * as z from 'zod';
import { choice, labelled, list, notPrinted, text, textList } from './fields.js';
import { POINT_IDS, POINTS, type PointId } from './points.js';
import { SECTION_KEYS, SECTION_TITLES, sectionList, type SectionKey } from './sections.js';

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

const subheadings = labelled(z.boolean(), '用（一）（二）小标题', `为 true 时本部分的每一点写成“（一）小标题”单独一行，正文另起一段（要点多或长时用）。${notPrinted('只决定各点怎样排')}`);

export const SectionOptionsSchema = labelled(
  z.strictObject({
    heading: text('标题', '本部分的标题，不带序号，如“加强领导、健全机制”。序号“一、”由工具自动编排。').optional(),
    intro: text('导语', '本部分开头的一段话，写在各要点之前。').optional(),
    points: labelled(list(officePoint), '补充要点', '本单位想加入本部分的要点，每条“小标题。正文”，接在生成的要点之后。').optional(),
    omit: labelled(z.boolean(), '不写本部分', `为 true 时报告不写这一部分。${notPrinted('只决定写不写这一部分')}`).optional(),
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
      description: `本部分的代号，小写英文字母开头，如 service，在 report.order 里用它排位置。${notPrinted('代号只用来在 report.order 和记录的 section 里指这一部分')}`,
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

/** A point the program writes, by its id, each with what it is (editors show it beside the choice). */
const POINT_NOTES = Object.fromEntries(POINTS.map((p) => [p.id, `${SECTION_TITLES[p.section]}：${p.label}`])) as Record<PointId, string>;
export const pointId = (title: string, description: string) => choice(POINT_IDS, POINT_NOTES, title, description);

/**
 * One point of the office's outline: a point the program writes (by its id,
 * or several merged under one title), retitled or not, or the office's own
 * point with its title and text.
 */
export const OutlinePointSchema = labelled(
  z.union([
    pointId('要点', `程序写的一点，写它的代号，如“members.study”；小标题由程序按内容拟定。${notPrinted('代号只用来指程序写的哪一点')}`),
    z.strictObject({
      use: labelled(
        z.union([pointId('要点', '程序写的一点的代号。'), labelled(list(pointId('要点', '程序写的一点的代号。')).min(1), '合并的要点', '几点合成一点，按写的顺序。')]),
        '程序写的要点',
        `写进这一点的程序要点：一个代号，或几个代号（合成一点）。${notPrinted('代号只用来指程序写的哪几点')}`,
      ).optional(),
      title: text('小标题', '这一点的小标题，不带“一是”和句号，如“搭建学习平台”。不写时由程序按内容拟定。').optional(),
      text: text('正文', '本单位自己写的这一点的正文；和 use 同时写时接在程序写的正文之后。').optional(),
    }),
  ]),
  '提纲要点',
  '一个要点：程序要点的代号；或 { use: 代号, title: 小标题 }（改标题、合并）；或 { title: 小标题, text: 正文 }（本单位自己的要点）。',
);

export const CHAPTER_STYLES = ['一是', '（一）', '成段'] as const;
const CHAPTER_STYLE_NOTES: Record<(typeof CHAPTER_STYLES)[number], string> = {
  一是: '各点写成“一是小标题。正文”。',
  '（一）': '各点写成“（一）小标题”单独一行，正文另起一段（要点多或长时用）。',
  成段: '不分点，各点的正文连成一两段（事情少时用）。',
};

/** A chapter of the office's outline: a built-in section (its points by default) or the office's own. */
export const OutlineChapterSchema = labelled(
  z.strictObject({
    section: choice(SECTION_KEYS, SECTION_TITLES, '内置部分', `这一部分是内置的哪一部分：${sectionList()}。写了时标题、要点可以不写，用这一部分默认的。${notPrinted('代号只用来指内置的哪一部分')}`).optional(),
    key: z.string().regex(OWN_KEY_PATTERN, { message: 'key' }).meta({
      title: '代号',
      description: `本单位自己的部分的代号，小写英文字母开头，如 service；记录的 section 可以写它。${notPrinted('代号只用来在记录的 section 里指这一部分')}`,
      examples: ['service'],
    }).optional(),
    heading: text('标题', '这一部分的标题，不带序号，如“服务发展更务实”。内置部分不写时由程序拟定。').optional(),
    intro: text('导语', '这一部分开头的一段话，写在各要点之前。').optional(),
    points: labelled(list(OutlinePointSchema), '要点', '这一部分的要点，按写的顺序。内置部分不写时用它默认的要点。').optional(),
    style: choice(CHAPTER_STYLES, CHAPTER_STYLE_NOTES, '写法', `各点的写法：一是、（一）或成段。不写时由程序按内容定。${notPrinted('只决定各点怎样排')}`).optional(),
  }),
  '提纲的一部分',
  '提纲中的一部分：内置部分（section）或本单位自己的部分（heading 和 points）。',
);

/**
 * An outline as an office writes one (seed 004's way): its own headings, a point retitled, two merged under
 * one title, one of its own (its text a blank check reports until filled), a built-in section as it is, and
 * an own chapter a record's `section` can name. `summary init` offers it commented out; editors show it.
 */
const OUTLINE_EXAMPLE = [
  {
    heading: '加强学习，提升委员履职能力',
    style: '（一）',
    points: [
      { use: 'members.study', title: '抓学习强素质' },
      { use: ['liaison.forums', 'liaison.visits'], title: '倾听委员呼声' },
      { title: '服务中心工作', text: '（请填写这一点的正文）' },
    ],
  },
  { section: 'supervision' },
  { key: 'service', heading: '服务发展更务实', points: ['members.campaigns', 'liaison.care'] },
];

export const CLOSINGS = ['分部分', '一段'] as const;
const CLOSING_NOTES: Record<(typeof CLOSINGS)[number], string> = {
  分部分: '“存在的不足”和“明年工作打算”各成一部分，带序号标题。',
  一段: '不足写成结尾一段（“一年来，……但还存在一些不足之处：……”），打算接在后面或不写。',
};

const sectionOptions = Object.fromEntries(SECTION_KEYS.map((k) => [k, SectionOptionsSchema.optional()])) as Record<SectionKey, z.ZodOptional<typeof SectionOptionsSchema>>;

export const ReportSchema = labelled(
  z.strictObject({
    title: text('报告标题', '报告标题，不填时为“年份+单位全称+工作总结”。').optional(),
    order: labelled(
      list(text('部分', `部分的代号，如${SECTION_KEYS.map((k) => `“${k}”`).join('')}。`)),
      '部分顺序',
      `报告各部分的顺序：${sectionList()}，以及自设部分（report.own）的代号。${notPrinted('只决定各部分的先后')}`,
    ).optional(),
    sections: labelled(z.strictObject(sectionOptions), '各部分设置', '按部分改写标题、加导语和要点，或不写某一部分。').optional(),
    own: labelled(list(OwnSectionSchema), '自设部分', '四个部分之外本单位自己加的部分，如“服务发展更务实”“委员活动更多样”；位置由 report.order 决定，不写时排在四个部分之后。').optional(),
    subheadings: labelled(z.boolean(), '全文用（一）（二）小标题', `为 true 时每一部分的要点都写成“（一）小标题”；也可在 report.sections.<部分>.subheadings 中逐部分设定。${notPrinted('只决定各点怎样排')}`).optional(),
    outline: labelled(
      list(OutlineChapterSchema).min(1),
      '提纲',
      '本单位自己定的提纲：各部分和各部分的要点，按写的顺序。写了提纲时，order、own 不再使用；提纲里没有写到而有内容的程序要点会补在它所属的部分后面，并给出提示（不想写的列入 omit）。',
    )
      .meta({ examples: [OUTLINE_EXAMPLE] })
      .optional(),
    omit: labelled(list(pointId('要点', '不写的程序要点的代号。')), '不写的要点', `报告里不写的程序要点，如“liaison.service”；这些要点的记录仍计入数字和统计表。${notPrinted('代号只用来指不写的要点')}`)
      .meta({ examples: [['liaison.service']] })
      .optional(),
    closing: choice(CLOSINGS, CLOSING_NOTES, '结尾写法', `存在的不足和明年工作打算的写法：分部分，或一段。不写时由程序按提纲定。${notPrinted('只决定结尾怎样排')}`).optional(),
    statistics: labelled(z.boolean(), '附数据统计表', `是否在正文后附“全年工作数据统计表”。默认不附（生成时加 --annex 也可附上）。${notPrinted('只决定附不附统计表，表里的数字各自写出')}`).optional(),
  }),
  '报告设置',
  '报告的标题、各部分的顺序和措辞。',
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
