/** Trainings the office runs for the public or members, by kind (培训班): 举办实用技术培训3期. */
import { count, nonEmptyTextList, text } from '../fields.js';
import { defineKind, sectionField } from '../kind.js';
import { at } from '../points.js';

export const trainings = defineKind({
  key: 'trainings',
  path: ['trainings'],
  title: '培训班',
  description: '举办的培训，按类写期数和内容。',
  record: { title: '培训班', description: '举办的一类培训，写期数和内容，报告写作“举办实用技术培训3期，内容涵盖……”。' },
  fields: {
    title: text('培训名称', '培训的名称，如“实用技术培训”。'),
    sessions: count('期数', '举办的期数。'),
    topics: nonEmptyTextList('内容', '培训涵盖的内容，如“果树修剪”“病虫害防治”。'),
    participants: count('参训人次', '参加培训的人次。').optional(),
    section: sectionField('liaison'),
  },
  writtenBy: 'own template',
  placement: at('liaison.trainings'),
  label: (t) => t.title,
  nextYear: 'empty',
});
