/** Work rules set up or revised (工作制度). */
import { choice, date, text } from '../fields.js';
import { MECHANISM_ACTION_NOTES, MECHANISM_ACTIONS } from '../choices.js';
import { defineKind } from '../kind.js';

export const mechanisms = defineKind({
  key: 'mechanisms',
  path: ['mechanisms'],
  title: '工作制度',
  description: '全年建立或修订的工作制度。',
  record: { title: '工作制度', description: '一项建立或修订的工作制度。' },
  fields: {
    date: date('日期', '建立或修订的日期。').optional(),
    name: text('制度名称', '制度的名称，不带书名号，如“委员活动小组活动简则”。'),
    action: choice(MECHANISM_ACTIONS, MECHANISM_ACTION_NOTES, '方式', '建立、修订或完善。'),
    content: text('主要内容', '制度的主要内容，如“连续两次不参加活动的委员给予口头警告”。').optional(),
  },
  writtenBy: 'sections',
  placement: { section: 'leadership', point: '机制到位' },
  identity: ['date', 'action', 'name'],
  label: (m) => `${m.action} ${m.name}`,
  // Still in force, but the format asks for the rules set up or revised this year: “建立了……” again would be false.
  nextYear: { comment: '去年建立或修订的制度（今年又有修订、完善时照样写一条）' },
});
