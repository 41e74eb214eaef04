/** Proposals, suggestions and public-opinion items (提案、建议、社情民意信息), with their follow-up. */
import { choice, labelled, notPrinted, PRINTED_AS_MONTH, text, when } from '../fields.js';
import { PROPOSAL_KIND_NOTES, PROPOSAL_KINDS, PROPOSAL_STATUS_NOTES, PROPOSAL_STATUSES } from '../choices.js';
import { defineKind } from '../kind.js';
import { at } from '../points.js';
import { listOf, num, obj, str, THIS_RECORD } from '../field-spec.js';
import { groupBy, percent } from '../../util/collect.js';
import { adoptedTotal } from './adoptions.js';
import * as z from 'zod';

export const proposals = defineKind({
  key: 'proposals',
  path: ['proposals'],
  title: '提案建议',
  description: '全年的提案、建议、社情民意信息，每件一条。',
  record: { title: '提案建议', description: '一件提案、建议或社情民意信息。' },
  fields: {
    date: when('日期', `提交的日期。${PRINTED_AS_MONTH}（同一个月提交的合写一次，如“1月提交提案3件”），日只用来排先后。`).optional(),
    kind: choice(PROPOSAL_KINDS, PROPOSAL_KIND_NOTES, '类别', `类别：${PROPOSAL_KINDS.join('、')}。`),
    title: text('标题', '提案、建议或信息的标题，如“关于扶持苗木花卉产业发展的提案”。'),
    by: text('提出者', '提出的委员或小组。').optional(),
    status: choice(PROPOSAL_STATUSES, PROPOSAL_STATUS_NOTES, '办理状态', `办理状态：${PROPOSAL_STATUSES.join('、')}。${notPrinted('状态的词本身不照写：未采纳的写办理到哪一步（办理中写作“正在办理”），已采纳的写“被……采纳”（办理中的再写“目前正在办理”），不再另写已办结、已立案')}`).optional(),
    adopted: labelled(z.boolean(), '是否采纳', '是否被采纳或采用，写 true 或 false。').optional(),
    adoptedBy: text('采纳单位', '采纳或办理的单位，如“县林业局”。').optional(),
    instruction: text('领导批示', '领导作出的批示，如“县委书记批示”。').optional(),
    outcome: text('办理结果', '办理或落实的结果。').optional(),
  },
  writtenBy: 'sections',
  placement: at('supervision.proposals'),
  area: '建言献策',
  groups: {
    field: 'kind',
    of: {
      proposals: { label: '提案和建议', values: ['提案', '建议'] },
      opinions: { values: ['社情民意信息'], placement: at('supervision.opinions') },
    },
  },
  tallies: [
    { key: 'proposals', title: '提案', unit: '件', description: '提交提案的件数。', where: (p) => p.kind === '提案', records: '提案建议中的提案', area: '建言献策' },
    {
      key: 'proposalsAdopted',
      title: '提案被采纳',
      unit: '件',
      description: '被采纳（立案）的提案件数。',
      where: (p) => p.kind === '提案' && p.adopted === true,
      records: '提案建议中被采纳的提案',
      also: { records: '采纳采用情况中的提案', total: (d) => adoptedTotal(d, '提案') },
    },
    { key: 'suggestions', title: '意见建议', unit: '条', description: '提出意见建议的条数。', where: (p) => p.kind === '建议', records: '提案建议中的建议', area: '建言献策' },
    { key: 'opinions', title: '社情民意信息', unit: '条', description: '收集、上报社情民意信息的条数。', group: 'opinions', area: '建言献策' },
    {
      key: 'opinionsAdopted',
      title: '社情民意信息被采用',
      unit: '条',
      description: '被上级采用的社情民意信息条数。',
      where: (p) => p.kind === '社情民意信息' && p.adopted === true,
      records: '提案建议中被采用的社情民意信息',
      section: 'supervision',
      also: { records: '采纳采用情况中的社情民意信息', total: (d) => adoptedTotal(d, '社情民意信息') },
    },
    { key: 'instructions', title: '领导批示', unit: '件', description: '得到领导批示的件数。', where: (p) => p.instruction !== undefined, records: '提案建议中得到领导批示的', section: 'supervision' },
  ],
  identity: ['date', 'kind', 'title'],
  label: (p) => `${p.date ?? ''} ${p.kind} ${p.title}`.trim(),
  statistics: '民主监督',
  nextYear: 'empty',
  views: ({ all, figures }) => {
    const tian = figures['proposals']?.value;
    const adopted = figures['proposalsAdopted']?.value;
    // Items with nothing said of them but their state: told together by state (《甲》、《乙》2件提案正在办理), not one frame each.
    const plain = (p: (typeof all)[number]) => !p.adopted && p.by === undefined && p.instruction === undefined && p.outcome === undefined && p.adoptedBy === undefined;
    const byState = (items: typeof all) => groupBy(items.filter(plain), (p) => `${p.kind}\u0000${p.status ?? ''}`).map((g) => ({ kind: g.items[0]!.kind, status: g.items[0]!.status, items: g.items }));
    return {
      told: all.filter((p) => !plain(p)),
      pending: byState(all.filter((p) => p.kind !== '社情民意信息')),
      pendingOpinions: byState(all.filter((p) => p.kind === '社情民意信息')),
      suggestions: all.filter((p) => p.kind === '建议'),
      adopted: all.filter((p) => p.adopted),
      instructed: all.filter((p) => p.instruction !== undefined),
      adoptedShare: tian !== undefined && adopted !== undefined ? percent(adopted, tian) : undefined,
    };
  },
  viewFields: {
    told: listOf('逐件写的（被采纳的，或写了提出者、批示、结果的）', THIS_RECORD),
    pending: listOf('只有办理状态的提案、建议，按类别和状态归并', obj('一组', { kind: str('类别'), status: str('办理状态'), items: listOf('这一组的', THIS_RECORD) })),
    pendingOpinions: listOf('只有办理状态的社情民意信息，按状态归并', obj('一组', { kind: str('类别'), status: str('办理状态'), items: listOf('这一组的', THIS_RECORD) })),
    suggestions: listOf('建议（逐条写了的建议不再另说条数）', THIS_RECORD),
    adopted: listOf('被采纳的', THIS_RECORD),
    instructed: listOf('获领导批示的', THIS_RECORD),
    adoptedShare: num('提案采纳率（百分数，一位小数）'),
  },
});
