/** Liaison and service activities (走访、联谊、慰问、捐助、接待、宣传、服务). */
import { AmountSchema, choice, date, QuantitySchema, text } from '../fields.js';
import { ACTIVITY_KIND_NOTES, ACTIVITY_KINDS } from '../choices.js';
import { defineKind } from '../kind.js';
import { num } from '../field-spec.js';
import { sumOf } from '../../util/collect.js';

export const activities = defineKind({
  key: 'activities',
  path: ['activities'],
  title: '活动',
  description: '全年的走访、联谊、慰问、捐助、接待、宣传活动，每次一条。',
  record: { title: '活动', description: '一次联络联谊或服务活动。' },
  fields: {
    date: date('日期', '活动日期。'),
    kind: choice(ACTIVITY_KINDS, ACTIVITY_KIND_NOTES, '类别', `活动的类别：${ACTIVITY_KINDS.join('、')}。`),
    title: text('活动内容', '活动的内容，如“元宵节到爱馨老年公寓慰问老人”。'),
    place: text('地点', '活动的地点，如“株洲、广州”。').optional(),
    quantity: QuantitySchema.optional(),
    amount: AmountSchema.optional(),
    outcome: text('成效', '活动的成效。').optional(),
  },
  writtenBy: 'sections',
  placement: { section: 'liaison', point: '走访委员，增进感情' },
  area: '联络联谊',
  groups: {
    field: 'kind',
    of: {
      visits: { label: '走访', values: ['走访'] },
      outreach: { label: '联谊', values: ['联谊'], placement: { section: 'liaison', point: '开展联谊，凝聚共识' } },
      care: { label: '慰问、捐助', values: ['慰问', '捐助'], placement: { section: 'liaison', point: '关爱群众，奉献爱心' } },
      service: { label: '接待、宣传、服务', values: ['接待', '宣传', '服务'], placement: { section: 'liaison', point: '服务群众，宣传政协' } },
    },
  },
  tallies: [
    {
      key: 'visits',
      title: '走访委员',
      unit: '人次',
      description: '走访委员的人次。',
      where: (a) => a.kind === '走访' && a.quantity?.unit === '人次',
      amount: ['quantity', 'value'],
      records: '活动中以“人次”计的走访',
      area: '联络联谊',
    },
    { key: 'activities', title: '联谊服务活动', unit: '次', description: '开展联络联谊、慰问、服务活动的次数。', area: '联络联谊' },
  ],
  identity: ['date', 'kind', 'title'],
  label: (a) => `${a.date} ${a.kind} ${a.title}`,
  statistics: '联络联谊',
  nextYear: 'empty',
  views: ({ groups }) => ({
    // Money given in 慰问 and 捐助, in 元.
    careAmount: sumOf(groups['care'] ?? [], (a) => (a.amount ? (a.amount.unit === '万元' ? Math.round(a.amount.value * 10000) : a.amount.value) : undefined)),
  }),
  viewFields: { careAmount: num('慰问捐助金额之和（元）') },
});
