/** Other numbers an office keeps (其他数字): a thing, a number and its unit, written in the section it names. */
import { choice, labelled, notPrinted, text } from '../fields.js';
import { APPROX, APPROX_NOTES } from '../choices.js';
import { defineKind } from '../kind.js';
import { listOf, THIS_RECORD } from '../field-spec.js';
import { LIMITS } from '../limits.js';
import { SECTION_KEYS, SECTION_TITLES, sectionList } from '../sections.js';
import * as z from 'zod';

export const others = defineKind({
  key: 'others',
  path: ['counts', 'other'],
  title: '其他数字',
  description: '上面没有的数字，写明事项、数值、单位和所属部分。',
  record: { title: '其他数字', description: '一项其他数字及其所在部分。' },
  fields: {
    name: text('事项', '计数的事项，写成文中的说法，如“发放在外人士信息收录表”。'),
    value: labelled(z.number().nonnegative().finite().max(LIMITS.quantity), '数值', '数量。'),
    unit: text('单位', '数量的单位，如“份”“人”。'),
    approx: choice(APPROX, APPROX_NOTES, '约数', '约数写“余”或“多”。').optional(),
    section: choice(SECTION_KEYS, SECTION_TITLES, '所属部分', `写入报告的哪一部分：${sectionList()}。${notPrinted('只决定这个数字写在哪一部分')}`),
  },
  writtenBy: 'sections',
  // No default place: each names its section, is written in that section's opening sentence, and is a row of the statistics table.
  label: (o) => o.name,
  statistics: 'rows',
  // Kept with the counts, which `init --from` turns into a comment as a whole.
  nextYear: { comment: '去年的其他数字' },
  views: ({ all }) => Object.fromEntries(SECTION_KEYS.map((k) => [k, all.filter((o) => o.section === k)])) as Record<(typeof SECTION_KEYS)[number], typeof all>,
  viewFields: Object.fromEntries(SECTION_KEYS.map((k) => [k, listOf(`写进${SECTION_TITLES[k]}部分的`, THIS_RECORD)])) as Record<(typeof SECTION_KEYS)[number], ReturnType<typeof listOf>>,
});
