/** The members' lists: activity groups (委员活动小组), commendations (表彰) and members' stories (委员风采). */
import { count, nonEmptyTextList, positiveCount, text, when } from '../fields.js';
import { defineKind, sectionField } from '../kind.js';
import { at } from '../points.js';
import { listOf, num, obj, str, THIS_RECORD } from '../field-spec.js';
import { groupBy, sumOf } from '../../util/collect.js';

export const groups = defineKind({
  key: 'groups',
  path: ['members', 'groups'],
  title: '委员活动小组',
  description: '按行业或界别组建的委员活动小组。',
  record: { title: '委员活动小组', description: '一个委员活动小组。' },
  fields: {
    name: text('小组名称', '委员活动小组的名称，如“工业组”。'),
    sector: text('界别（行业）', '小组所在的行业或界别，如“工业”“农业”“非公有制企业”。').optional(),
    members: count('小组人数', '小组的委员人数。').optional(),
    leader: text('组长', '小组组长的姓名。').optional(),
    community: text('联系社区（村）', '小组联系的社区或村。').optional(),
  },
  writtenBy: 'sections',
  placement: at('leadership.groups'),
  derived: [{ key: 'groups', title: '委员活动小组', unit: '个', description: '委员活动小组的个数。' }],
  label: (g) => g.name,
  statistics: '委员队伍',
  nextYear: 'keep',
  views: ({ all }) => ({ members: all.length > 0 && all.every((g) => g.members !== undefined) ? sumOf(all, (g) => g.members) : undefined }),
  viewFields: { members: num('各小组人数之和（每个小组都写了人数时）') },
});

export const commendations = defineKind({
  key: 'commendations',
  path: ['members', 'commendations'],
  title: '表彰',
  description: '委员全年获得的表彰。',
  record: { title: '表彰', description: '委员获得的一项表彰。' },
  fields: {
    date: when('表彰日期', '表彰的日期。').optional(),
    title: text('表彰名称', '获得的荣誉或奖项，如“优秀政协委员”。泛指“各级各部门的表彰奖励”时不填，报告写作“全年有8人获得各级各部门的表彰奖励”。').optional(),
    count: positiveCount('受表彰人数', '受表彰的人数，至少1人。'),
    by: text('表彰单位', '作出表彰的单位，如“县政协”。').optional(),
    names: nonEmptyTextList('受表彰委员', '受表彰委员的姓名。').optional(),
  },
  writtenBy: 'sections',
  placement: at('members.commendations'),
  derived: [{ key: 'commended', title: '受表彰委员', unit: '人', description: '受表彰的委员人数。', amount: ['count'], records: '表彰的受表彰人数' }],
  label: (c) => c.title ?? `${c.count}人获表彰`,
  statistics: '委员队伍',
  nextYear: 'empty',
  views: ({ all }) => ({
    titled: all.filter((c) => c.title !== undefined),
    // Honours without a name, by the body that gave them: one sentence each, their people summed (全年有8人获得……).
    generic: groupBy(
      all.filter((c) => c.title === undefined),
      (c) => c.by ?? '',
    ).map((g) => ({ by: g.key === '' ? undefined : g.key, count: sumOf(g.items, (c) => c.count) ?? 0, items: g.items })),
  }),
  viewFields: {
    titled: listOf('有名称的表彰', THIS_RECORD),
    generic: listOf('没有名称的表彰，按表彰单位归并', obj('一个单位的', { by: str('表彰单位'), count: num('人数合计'), items: listOf('各次', THIS_RECORD) })),
  },
});

export const stories = defineKind({
  key: 'stories',
  path: ['members', 'stories'],
  title: '委员风采',
  description: '个别委员立足岗位做的事，每人一条，写进报告的“委员风采”一点。',
  record: { title: '委员风采', description: '一名委员的事迹。' },
  fields: {
    name: text('委员姓名', '委员的姓名，如“陈明”。报告写作“陈明委员……”。'),
    story: text('事迹', '这名委员做了什么，写成接在“某某委员”后面的话，带上数字，如“今年又投资近1000万元新设分厂，聘请员工80多人”。'),
    section: sectionField('members'),
  },
  writtenBy: 'own template',
  placement: at('members.stories'),
  label: (s) => `${s.name}委员`,
  nextYear: 'empty',
});
