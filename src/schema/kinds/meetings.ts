/** Meetings (会议): the Party committee hearing the office's work, the office's own meetings, forums, consultations. */
import { choice, count, text, when } from '../fields.js';
import { FREQUENCIES, FREQUENCY_NOTES, MEETING_KIND_NOTES, MEETING_KINDS } from '../choices.js';
import { defineKind } from '../kind.js';
import { at } from '../points.js';
import { num, listOf } from '../field-spec.js';
import { monthsOf, sumOf } from '../../util/collect.js';

/** The Party committee studying the office's work: not the office's own meetings. */
const PARTY_MEETINGS: readonly string[] = ['党委会', '党工委会', '党政联席会'];

export const meetings = defineKind({
  key: 'meetings',
  path: ['meetings'],
  title: '会议',
  description: '全年召开的会议，每次一条。',
  record: { title: '会议', description: '一次会议。' },
  fields: {
    date: when('日期', '会议日期。').optional(),
    kind: choice(MEETING_KINDS, MEETING_KIND_NOTES, '会议类别', `会议的类别：${MEETING_KINDS.join('、')}。`),
    topic: text('议题', '会议的议题或主题，如“研究部署全年政协联络工作”。'),
    attendees: count('参会人数', '参加会议的人数。').optional(),
    participants: text('参会人员', '参会人员的说明，如“全体委员和11家规模企业负责人”。').optional(),
    outcome: text('成效', '会议的结果或成效，如“制订了全年工作计划”。').optional(),
    frequency: choice(FREQUENCIES, FREQUENCY_NOTES, '频次', '一条记录代表定期召开的会议（如每季度召开的座谈会）时写，报告写“每季度召开……”；这样的记录不计入会议次数。').optional(),
  },
  writtenBy: 'sections',
  groups: {
    field: 'kind',
    of: {
      party: { values: PARTY_MEETINGS, placement: at('leadership.party') },
      general: { values: ['全体委员会议', '工作会议', '通报会', '常委会', '其他会议'], placement: at('leadership.deploy') },
      forums: { values: ['座谈会'], placement: at('liaison.forums'), area: '联络联谊' },
      consultations: { values: ['协商会', '恳谈会'], placement: at('supervision.consultations'), area: '民主监督' },
    },
  },
  tallies: [
    {
      key: 'meetings',
      title: '会议',
      unit: '次',
      description: '本单位召开各类会议的总次数，不含党委会、党工委会、党政联席会（那是党委研究政协工作，另计）。',
      where: (m) => !PARTY_MEETINGS.includes(m.kind),
      records: '会议中除党委会、党工委会、党政联席会以外的',
      // The total is said where the office's own meetings are (工作会议 …), and only when the office kept it (counts.meetings): from records, its parts are told one by one.
      section: 'leadership',
      point: 'leadership.deploy',
    },
    { key: 'partyMeetings', title: '党委研究政协工作', unit: '次', description: '党委（党工委）会议听取或研究政协工作的次数。', group: 'party' },
    { key: 'forums', title: '座谈会', unit: '次', description: '召开座谈会的次数。', group: 'forums' },
    { key: 'consultations', title: '协商恳谈', unit: '次', description: '召开协商会、恳谈会的次数。', group: 'consultations' },
  ],
  identity: ['date', 'kind', 'topic'],
  label: (m) => `${m.date ?? m.frequency ?? ''} ${m.kind} ${m.topic}`.trim(),
  statistics: '会议',
  nextYear: 'empty',
  views: ({ all }) => ({ attendees: sumOf(all, (m) => m.attendees), months: monthsOf(all) }),
  viewFields: { attendees: num('参会人数之和'), months: listOf('开会的月份', num('月')) },
});
