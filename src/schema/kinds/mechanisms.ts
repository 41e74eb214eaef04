/** Work rules set up or revised (工作制度). */
import { choice, text, when } from '../fields.js';
import { MECHANISM_ACTION_NOTES, MECHANISM_ACTIONS } from '../choices.js';
import { defineKind } from '../kind.js';
import { at } from '../points.js';
import { listOf, THIS_RECORD } from '../field-spec.js';

export const mechanisms = defineKind({
  key: 'mechanisms',
  path: ['mechanisms'],
  title: '工作制度',
  description: '全年建立或修订的工作制度，和没有成文名称的经常性做法。',
  record: { title: '工作制度', description: '一项建立或修订的工作制度，或一项没有名称的做法（只写内容）。' },
  fields: {
    date: when('日期', '建立或修订的日期。').optional(),
    name: text('制度名称', '制度的名称，不带书名号，如“委员活动小组活动简则”。没有成文名称的做法不写名称，只写内容，报告写作“坚持……”，不加书名号。').optional(),
    action: choice(MECHANISM_ACTIONS, MECHANISM_ACTION_NOTES, '方式', '建立、修订或完善。没有名称的做法可不写。').optional(),
    content: text('主要内容', '制度的主要内容，如“连续两次不参加活动的委员给予口头警告”；没有名称时必填，写做法本身，如“每季度至少开展一次活动”。').optional(),
  },
  writtenBy: 'sections',
  placement: at('leadership.mechanisms'),
  identity: ['date', 'action', 'name'],
  label: (m) => (m.name === undefined ? (m.content ?? '') : `${m.action ?? ''} ${m.name}`.trim()),
  // Still in force, but the format asks for the rules set up or revised this year: “建立了……” again would be false.
  nextYear: { comment: '去年建立或修订的制度（今年又有修订、完善时照样写一条）' },
  // A practice the office says it set up or revised (action) is told with that verb; the others are kept up (坚持……).
  views: ({ all }) => ({
    named: all.filter((m) => m.name !== undefined),
    practices: all.filter((m) => m.name === undefined && m.action === undefined),
    changedPractices: all.filter((m) => m.name === undefined && m.action !== undefined),
  }),
  viewFields: {
    named: listOf('有名称的制度', THIS_RECORD),
    practices: listOf('没有名称、也没写方式的做法（只写内容，报告写“坚持……”）', THIS_RECORD),
    changedPractices: listOf('没有名称、写了方式（建立、修订、完善）的做法', THIS_RECORD),
  },
});
