/** Liaison and service activities (走访、联谊、慰问、捐助、接待、宣传、服务). */
import { AmountSchema, choice, notPrinted, QuantitySchema, text, when } from '../fields.js';
import { ACTIVITY_KIND_NOTES, ACTIVITY_KINDS, FREQUENCIES, FREQUENCY_NOTES } from '../choices.js';
import { defineKind } from '../kind.js';
import { at } from '../points.js';
import { listOf, num, obj, str, THIS_RECORD } from '../field-spec.js';
import { groupBy, sumOf } from '../../util/collect.js';

export const activities = defineKind({
  key: 'activities',
  path: ['activities'],
  title: '活动',
  description: '全年的走访、联谊、慰问、捐助、接待、宣传活动，每次一条。',
  record: { title: '活动', description: '一次联络联谊或服务活动。' },
  fields: {
    date: when('日期', '活动日期。').optional(),
    kind: choice(
      ACTIVITY_KINDS,
      ACTIVITY_KIND_NOTES,
      '类别',
      `活动的类别：${ACTIVITY_KINDS.join('、')}。${notPrinted('类别只决定这条活动写进哪一点、计入哪个数字，报告写的是活动内容')}`,
    ),
    title: text('活动内容', '活动的内容，如“元宵节到爱馨老年公寓慰问老人”。'),
    place: text('地点', '活动的地点，如“株洲、广州”。').optional(),
    quantity: QuantitySchema.optional(),
    amount: AmountSchema.optional(),
    outcome: text('成效', '活动的成效。').optional(),
    frequency: choice(FREQUENCIES, FREQUENCY_NOTES, '频次', '一条记录代表经常性的做法（如每月的委员接待日）时写，报告写“每月开展……”，不写成某一天；这样的记录不计入活动次数。').optional(),
  },
  writtenBy: 'sections',
  placement: at('liaison.visits'),
  area: '联络联谊',
  groups: {
    field: 'kind',
    of: {
      visits: { label: '走访', values: ['走访'] },
      outreach: { label: '联谊', values: ['联谊'], placement: at('liaison.outreach') },
      care: { label: '慰问、捐助', values: ['慰问', '捐助'], placement: at('liaison.care') },
      service: { label: '接待、宣传、服务', values: ['接待', '宣传', '服务'], placement: at('liaison.service') },
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
    {
      key: 'activities',
      title: '联谊服务活动',
      unit: '次',
      description: '开展联络联谊、慰问、服务活动的次数，不含已按人次计入“走访委员”的走访。',
      // A visit told as 走访委员N人次 is not counted again as an activity: the report would say it twice.
      where: (a) => !(a.kind === '走访' && a.quantity?.unit === '人次'),
      records: '活动中除按“人次”计的走访以外的',
      area: '联络联谊',
    },
  ],
  identity: ['date', 'kind', 'title'],
  label: (a) => `${a.date ?? a.frequency ?? ''} ${a.kind} ${a.title}`.trim(),
  statistics: '联络联谊',
  nextYear: 'empty',
  views: ({ all, groups }) => ({
    // Money given in 慰问 and 捐助, in 元.
    careAmount: sumOf(groups['care'] ?? [], (a) => (a.amount ? (a.amount.unit === '万元' ? Math.round(a.amount.value * 10000) : a.amount.value) : undefined)),
    // How many of them gave an amount: a sum of one is that one amount, not said again as a total.
    careGifts: (groups['care'] ?? []).filter((a) => a.amount !== undefined).length,
    // The same activity done several times is told once (“3次……”), not printed again and again.
    runs: groupBy(all, (a) => `${a.kind}\u0000${a.title}`).map((g) => ({ title: g.items[0]!.title, items: g.items })),
  }),
  viewFields: {
    careAmount: num('慰问捐助金额之和（元）'),
    careGifts: num('写了金额的慰问捐助次数'),
    runs: listOf('按内容归并（同一项活动做了几次的合在一起）', obj('一项活动', { title: str('活动内容'), items: listOf('这项活动的各次', THIS_RECORD) })),
  },
});
