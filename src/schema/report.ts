/**
 * The office's own words and the report's layout: `text` (opening,
 * highlights, shortcomings, plans) and `report` (title, order of the
 * sections, each section's heading, intro and points, the office's own
 * sections). The built-in sections are ./sections.ts's.
 */
import * as z from 'zod';
import { labelled, list, text, textList } from './fields.js';
import { SECTION_KEYS, sectionList, type SectionKey } from './sections.js';

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

const subheadings = labelled(z.boolean(), '用（一）（二）小标题', '为 true 时本部分的每一点写成“（一）小标题”单独一行，正文另起一段（要点多或长时用）。');

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

const sectionOptions = Object.fromEntries(SECTION_KEYS.map((k) => [k, SectionOptionsSchema.optional()])) as Record<SectionKey, z.ZodOptional<typeof SectionOptionsSchema>>;

export const ReportSchema = labelled(
  z.strictObject({
    title: text('报告标题', '报告标题，不填时为“年份+单位全称+工作总结”。').optional(),
    order: labelled(
      list(text('部分', `部分的代号，如${SECTION_KEYS.map((k) => `“${k}”`).join('')}。`)),
      '部分顺序',
      `报告各部分的顺序：${sectionList()}，以及自设部分（report.own）的代号。`,
    ).optional(),
    sections: labelled(z.strictObject(sectionOptions), '各部分设置', '按部分改写标题、加导语和要点，或不写某一部分。').optional(),
    own: labelled(list(OwnSectionSchema), '自设部分', '四个部分之外本单位自己加的部分，如“服务发展更务实”“委员活动更多样”；位置由 report.order 决定，不写时排在四个部分之后。').optional(),
    subheadings: labelled(z.boolean(), '全文用（一）（二）小标题', '为 true 时每一部分的要点都写成“（一）小标题”；也可在 report.sections.<部分>.subheadings 中逐部分设定。').optional(),
    statistics: labelled(z.boolean(), '附数据统计表', '是否在正文后附“全年工作数据统计表”，默认附。').optional(),
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
