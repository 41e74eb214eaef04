/** Studies and trainings of the members (学习): at home by form, and trips away (外出培训). */
import { choice, participation, text, when } from '../fields.js';
import { FREQUENCIES, FREQUENCY_NOTES, STUDY_FORM_NOTES, STUDY_FORMS } from '../choices.js';
import { defineKind } from '../kind.js';
import { at } from '../points.js';
import { listOf, num, obj, str, THIS_RECORD } from '../field-spec.js';
import { monthsOf, sumOf, unique } from '../../util/collect.js';

/** A study of a document or a speech is 学习了…; anything else is a theme, 围绕…. */
export function isDocument(topic: string): boolean {
  return /《|精神$|讲话|报告$|章程|条例|决定|规定|办法|纲要|意见$/.test(topic);
}

export const studies = defineKind({
  key: 'studies',
  path: ['studies'],
  title: '学习',
  description: '全年的学习培训，每次一条。',
  record: { title: '学习', description: '一次学习或培训。' },
  fields: {
    date: when('日期', '学习的日期。').optional(),
    form: choice(STUDY_FORMS, STUDY_FORM_NOTES, '学习形式', `学习的形式：${STUDY_FORMS.join('、')}。`),
    topic: text('学习内容', '学习的主题或内容，如“新修订的《政协章程》”。'),
    participants: participation('参学人数', '参加学习的人数。').optional(),
    place: text('地点', '学习或培训的地点，如“镇政府会议室”“井冈山”；外出培训写作“赴井冈山”。').optional(),
    outcome: text('成效', '学习的收获或成果。').optional(),
    frequency: choice(FREQUENCIES, FREQUENCY_NOTES, '频次', '一条记录代表定期的学习（如每季度一次的集中学习）时写，报告写“每季度组织一次……”；这样的记录不计入学习次数。').optional(),
  },
  writtenBy: 'sections',
  placement: at('members.study'),
  area: '学习培训',
  groups: {
    field: 'form',
    of: {
      local: { label: '本地学习（外出培训以外）', values: ['集中学习', '以会代训', '专题辅导', '线上学习', '交流研讨'] },
      trips: { label: '外出培训', values: ['外出培训'], placement: at('members.trips') },
    },
  },
  tallies: [
    { key: 'studies', title: '学习活动', unit: '次', description: '组织学习、培训的次数。', area: '学习培训' },
    { key: 'studyAttendance', title: '参学', unit: '人次', description: '参加学习的人次。', amount: ['participants'], records: '学习的参学人数' },
  ],
  identity: ['date', 'form', 'topic'],
  label: (s) => `${s.date ?? s.frequency ?? ''} ${s.form} ${s.topic}`.trim(),
  statistics: '学习培训',
  nextYear: 'empty',
  views: ({ all, groups }) => ({
    participants: sumOf(all, (s) => (typeof s.participants === 'number' ? s.participants : undefined)),
    forms: unique(all.map((s) => s.form)),
    months: monthsOf(all),
    // Local studies by form, in the order the forms first occur: documents are 学习了《……》, themes are 围绕…….
    // Regular studies (frequency) are told as a practice (每季度组织一次……), never merged into dated ones; those of one form
    // and one rhythm are one practice (1月起，每周组织一次集中学习，围绕……), not three clauses of the same frame.
    groups: unique((groups['local'] ?? []).map((s) => s.form)).flatMap((form) => {
      const ofForm = (groups['local'] ?? []).filter((s) => s.form === form);
      const dated = ofForm.filter((s) => s.frequency === undefined);
      const rhythms = unique(ofForm.flatMap((s) => (s.frequency === undefined ? [] : [s.frequency])));
      const regular = rhythms.map((f) => ofForm.filter((s) => s.frequency === f));
      return [...(dated.length > 0 ? [dated] : []), ...regular].map((items) => ({
        form,
        frequency: items[0]?.frequency,
        items,
        documents: unique(items.filter((s) => isDocument(s.topic)).map((s) => s.topic)),
        themes: unique(items.filter((s) => !isDocument(s.topic)).map((s) => s.topic)),
      }));
    }),
  }),
  viewFields: {
    participants: num('参学人次'),
    forms: listOf('用过的学习形式', str('形式')),
    months: listOf('学习的月份', num('月')),
    groups: listOf(
      '本地学习按形式归并',
      obj('一种形式', { form: str('学习形式'), frequency: str('频次（定期的学习才有）'), items: listOf('这种形式的学习', THIS_RECORD), documents: listOf('学习的文件、讲话（学习了……）', str('内容')), themes: listOf('学习的主题（围绕……）', str('内容')) }),
    ),
  },
});
