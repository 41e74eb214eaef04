/** Named activities with their parts (主题活动): 开展“五个一”活动. */
import { nonEmptyTextList, text } from '../fields.js';
import { defineKind, sectionField } from '../kind.js';
import { at } from '../points.js';

export const campaigns = defineKind({
  key: 'campaigns',
  path: ['campaigns'],
  title: '主题活动',
  description: '有名称、有几项内容的主题活动，如“五个一”活动。',
  record: { title: '主题活动', description: '一项有名称、有几项内容的主题活动，如“五个一”活动。' },
  fields: {
    name: text('活动名称', '活动的名称，不带引号，如“五个一”“四个一”“三新奖”争创。报告写作“开展“五个一”活动”。'),
    parts: nonEmptyTextList('活动内容', '活动包含的各项，如“献一条良策”“办一件实事”；本单位没有列出各项时不写。').optional(),
    among: text('范围', '在谁中间开展，如“全体政协委员”。默认“全体政协委员”。').optional(),
    outcome: text('成效', '活动的结果，如“委员共提出建议35条，办实事22件”。').optional(),
    section: sectionField('members'),
  },
  writtenBy: 'own template',
  placement: at('members.campaigns'),
  // Before `label`, so the record's type (a range always given) is read from it.
  clean: (c) => ({ ...c, name: c.name.replace(/^[“"]|[”"]$/g, ''), among: c.among ?? '全体政协委员' }),
  label: (c) => `“${c.name}”活动`,
  nextYear: 'empty',
});
