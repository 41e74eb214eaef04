/** Inspections, research, study visits and evaluations (视察、调研、考察、评议). */
import { choice, nonEmptyTextList, participation, text, when } from '../fields.js';
import { INSPECTION_KIND_NOTES, INSPECTION_KINDS } from '../choices.js';
import { defineKind } from '../kind.js';
import { at } from '../points.js';
import { listOf, num, obj, str, THIS_RECORD } from '../field-spec.js';
import { groupBy, sumOf, unique } from '../../util/collect.js';

export const inspections = defineKind({
  key: 'inspections',
  path: ['inspections'],
  title: '视察调研',
  description: '全年的视察、调研、考察、评议，每次一条。',
  record: { title: '视察调研', description: '一次视察、调研、考察或评议。' },
  fields: {
    date: when('日期', '活动日期。').optional(),
    kind: choice(INSPECTION_KINDS, INSPECTION_KIND_NOTES, '类别', `活动的类别：${INSPECTION_KINDS.join('、')}。`),
    subject: text('主题', '视察、调研、考察或评议的主题，如“全镇重点工程建设”。'),
    sites: nonEmptyTextList('地点（项目）', '到过的地点或项目，按到访的先后写，如“苏洲坝泵站”；报告全部写出。').optional(),
    participants: participation('参加人数', '参加的委员人数。').optional(),
    result: text('成果', '形成的成果，如“形成调研报告1篇，提出建议5条”。').optional(),
  },
  writtenBy: 'sections',
  placement: at('supervision.inspections'),
  area: '视察调研',
  groups: {
    field: 'kind',
    of: {
      visits: { label: '视察、调研、考察', values: ['视察', '调研', '考察'] },
      reviews: { label: '评议（民主评议）', values: ['评议'], area: '民主监督' },
    },
  },
  tallies: [{ key: 'inspections', title: '视察调研', unit: '次', description: '视察、调研、考察、评议的次数。', area: '视察调研' }],
  identity: ['date', 'kind', 'subject'],
  label: (s) => `${s.date ?? ''} ${s.kind} ${s.subject}`.trim(),
  statistics: '民主监督',
  nextYear: 'empty',
  views: ({ all }) => ({
    participants: sumOf(all, (s) => (typeof s.participants === 'number' ? s.participants : undefined)),
    kinds: unique(all.map((s) => s.kind)),
    groups: groupBy(all, (s) => s.kind).map((g) => ({ kind: g.key, items: g.items })),
  }),
  viewFields: {
    participants: num('参加人次'),
    kinds: listOf('开展过的类别', str('类别')),
    groups: listOf('按类别归并', obj('一种类别', { kind: str('类别'), items: listOf('这一类的记录', THIS_RECORD) })),
  },
});
