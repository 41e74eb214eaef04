/**
 * The data format: one office's year, as the office keeps it in YAML.
 *
 * This file assembles the single source of truth for the format from its
 * tables: the kinds of record (./kinds/), the numbers they feed (./counts.ts),
 * the sections (./sections.ts) and the office's own words (./report.ts). The
 * TypeScript types, the JSON Schema under schema/ (`summary schema`), the
 * Chinese labels that diagnostics, editors and the ledger show, and the list
 * of fields a template may use all come from it. Every field carries `title`
 * (the Chinese label) and `description` (what to write there) through
 * `.meta()`; the rules of the format are in ./fields.ts.
 */
import * as z from 'zod';
import { count, date, labelled, name, year } from './fields.js';
import { CountsSchema } from './counts.js';
import { listsIn, topLists } from './kinds/index.js';
import { ReportSchema, TextSchema } from './report.js';

export { MEETING_KINDS, STUDY_FORMS, INSPECTION_KINDS, PROPOSAL_KINDS, PROPOSAL_STATUSES, ACTIVITY_KINDS, APPROX, MONEY_UNITS, MECHANISM_ACTIONS, SUPPORT_KINDS } from './choices.js';
export { LIMITS, YEARS } from './limits.js';
export { DATE_PATTERN, DATE_SCHEMAS, examplesIn, isBlankText, isCalendarDate } from './fields.js';
export { SECTION_KEYS, SECTION_TITLES, type SectionKey } from './sections.js';
export { COUNT_FIELDS, type CountKey, type CountValue } from './counts.js';
export { OWN_KEY_PATTERN } from './report.js';

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
    // The members' lists (groups, commendations, stories) are kinds of record: ./kinds/members.ts.
    ...listsIn('members'),
  }),
  '委员队伍',
  '委员人数、级别、联络对象、活动小组和表彰。',
);

export const YearSchema = labelled(
  z.strictObject({
    year: year('年份', '总结的年份，如 2021。'),
    office: OfficeSchema,
    members: MembersSchema.optional(),
    ...topLists(),
    counts: CountsSchema.optional(),
    text: TextSchema,
    report: ReportSchema.optional(),
  }),
  '年度工作记录',
  '一个政协联络办公室一年的工作记录，用于校验和生成年终工作总结。',
);

export type YearData = z.infer<typeof YearSchema>;
export type Counts = z.infer<typeof CountsSchema>;
