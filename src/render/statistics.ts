/**
 * The appendix 全年工作数据统计表: the year's numbers by kind, one row each,
 * only where the data says something (unknown is left out, never shown as 0).
 */
import { COUNT_FIELDS, SECTION_TITLES, type CountKey } from '../schema/year.js';
import type { Block } from '../document/model.js';
import type { Figure, YearModel } from '../model/types.js';
import { formatMoney, formatNumber } from './text.js';

type Row = [string, string, string, string];

const figureCell = (f: Figure): string => `${formatNumber(f.value)}${f.approx ?? ''}`;

const COUNT_ROWS: [string, CountKey][] = [
  ['会议', 'meetings'],
  ['会议', 'partyMeetings'],
  ['会议', 'forums'],
  ['会议', 'consultations'],
  ['学习培训', 'studies'],
  ['学习培训', 'studyAttendance'],
  ['民主监督', 'inspections'],
  ['民主监督', 'proposals'],
  ['民主监督', 'proposalsAdopted'],
  ['民主监督', 'suggestions'],
  ['民主监督', 'opinions'],
  ['民主监督', 'opinionsAdopted'],
  ['民主监督', 'instructions'],
  ['联络联谊', 'visits'],
  ['联络联谊', 'activities'],
];

export function statisticsTable(model: YearModel): Block {
  const rows: Row[] = [];
  const m = model.members;
  const person = (label: string, v: number | undefined, unit = '人') => {
    if (v !== undefined) rows.push(['委员队伍', label, formatNumber(v), unit]);
  };
  person('委员总数', m.total);
  person('省级委员', m.province);
  person('市级委员', m.city);
  person('县（区）级委员', m.county);
  person('联络对象', m.liaisonContacts);
  if (m.groups.length > 0) person('委员活动小组', m.groups.length, '个');
  person('受表彰委员', m.commended);
  for (const [category, key] of COUNT_ROWS) {
    const f = model.stats[key];
    if (f) rows.push([category, COUNT_FIELDS[key].title, figureCell(f), f.unit]);
    if (key === 'proposalsAdopted' && model.proposals.adoptedShare !== undefined) {
      rows.push([category, '提案采纳率', formatNumber(model.proposals.adoptedShare), '%']);
    }
  }
  if (model.activities.careAmount !== undefined) {
    const money = formatMoney(model.activities.careAmount, '元');
    const unit = money.endsWith('万元') ? '万元' : '元';
    rows.push(['联络联谊', '慰问捐助金额', money.slice(0, -unit.length), unit]);
  }
  for (const [key, items] of Object.entries(model.others) as [keyof typeof SECTION_TITLES, YearModel['others']['leadership']][]) {
    for (const o of items) rows.push([SECTION_TITLES[key], o.name, `${formatNumber(o.value)}${o.approx ?? ''}`, o.unit]);
  }
  return { type: 'table', title: '全年工作数据统计表', header: ['类别', '项目', '数量', '单位'], rows };
}
