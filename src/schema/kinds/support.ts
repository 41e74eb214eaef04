/** What the Party committee and the government gave the office's work (保障投入). */
import { AmountSchema, choice, notPrinted, text, when } from '../fields.js';
import { SUPPORT_KIND_NOTES, SUPPORT_KINDS } from '../choices.js';
import { defineKind } from '../kind.js';
import { at } from '../points.js';
import { listOf, obj, str, THIS_RECORD } from '../field-spec.js';
import { groupBy } from '../../util/collect.js';

export const support = defineKind({
  key: 'support',
  path: ['support'],
  title: '保障投入',
  description: '党委政府给予的经费、设备、场地等支持。',
  record: { title: '保障投入', description: '党委政府对办公室工作的一项支持。' },
  fields: {
    date: when('日期', '投入的日期。').optional(),
    kind: choice(SUPPORT_KINDS, SUPPORT_KIND_NOTES, '类别', `投入的类别：${SUPPORT_KINDS.join('、')}。${notPrinted('类别只用于归类，报告写的是投入的内容')}`),
    description: text('内容', '投入的内容，如“配备专车一辆”“举行挂牌仪式”。'),
    amount: AmountSchema.optional(),
    by: text('投入单位', '提供支持的单位，如“镇政府”。').optional(),
  },
  writtenBy: 'sections',
  placement: at('leadership.support'),
  identity: ['date', 'kind', 'description'],
  label: (s) => `${s.kind} ${s.description}`,
  nextYear: 'empty',
  // Support given by one body, so the body is named once for all it gave.
  views: ({ all }) => ({ groups: groupBy(all, (s) => s.by ?? '').map((g) => ({ by: g.key === '' ? undefined : g.key, items: g.items })) }),
  viewFields: { groups: listOf('保障投入按投入单位归并', obj('一个单位的投入', { by: str('投入单位'), items: listOf('投入', THIS_RECORD) })) },
});
