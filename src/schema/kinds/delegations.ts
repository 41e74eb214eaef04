/** Visiting delegations received (接待考察团、调研组): who came, and what they looked at. */
import { count, nonEmptyTextList, text, when } from '../fields.js';
import { defineKind, sectionField } from '../kind.js';
import { at } from '../points.js';

export const delegations = defineKind({
  key: 'delegations',
  path: ['delegations'],
  title: '接待考察调研',
  description: '全年接待的考察团、调研组，每批一条。',
  record: { title: '接待考察调研', description: '接待的一批考察团或调研组。' },
  fields: {
    date: when('日期', '来访的日期。').optional(),
    visitors: text('来访单位', '来的是谁，如“市政协调研组”“邻县政协考察团”。'),
    subject: text('考察内容', '来看什么、了解什么，如“乡村振兴示范点建设”。'),
    sites: nonEmptyTextList('察看地点', '陪同察看的地点或项目，按察看的先后写，如“云田花卉基地”；报告全部写出。').optional(),
    people: count('来访人数', '来访的人数。').optional(),
    outcome: text('成效', '来访的结果，如“对我镇产业发展提出建议3条”。').optional(),
    section: sectionField('liaison'),
  },
  writtenBy: 'own template',
  placement: at('liaison.delegations'),
  area: '联络联谊',
  tallies: [{ key: 'delegations', title: '接待考察调研', unit: '批', description: '接待考察团、调研组的批数。', area: '联络联谊' }],
  identity: ['date', 'visitors'],
  label: (d) => `${d.date ?? ''} ${d.visitors} ${d.subject}`.trim(),
  statistics: '联络联谊',
  nextYear: 'empty',
});
