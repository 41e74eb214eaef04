/**
 * The appendix 全年工作数据统计表: the year's numbers by kind, one row each,
 * only where the data says something (unknown is left out, never shown as 0;
 * a kind nobody recorded is left out too, while a 0 the office wrote in its counts stays).
 *
 * Given last year's key numbers, the table gains two columns, 上年 and 增减,
 * filled on the key-number rows (the numbers the opening compares); other
 * rows leave them blank, and “—” marks a key number last year did not have.
 */
import type { Block } from '../document/model.js';
import { compareNumber } from '../compare/year-over-year.js';
import { KEY_NUMBER_COLUMNS, type KeyNumberName, type KeyNumbers } from '../model/key-numbers.js';
import type { Figure, YearModel } from '../model/types.js';
import type { Tally } from '../schema/kind.js';
import { KINDS } from '../schema/kinds/index.js';
import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from '../schema/sections.js';
import { formatMoney, formatNumber } from './text.js';

type Row = string[];

const MISSING = '—';

/** “增加2”, “减少1”, “持平”: the 增减 cell; blank when this year's number is only approximate. */
function changeCell(current: number, approx: string | undefined, previous: number | undefined): string {
  if (previous === undefined) return MISSING;
  if (approx !== undefined) return '';
  const c = compareNumber(current, previous);
  if (!c) return MISSING;
  return c.direction === 'equal' ? '持平' : `${c.direction === 'increase' ? '增加' : '减少'}${formatNumber(c.delta)}`;
}

/** The 上年 and 增减 cells of a row: filled for a key number, blank for any other row. */
function lastYearCells(previous: KeyNumbers, key: KeyNumberName | undefined, current: number, approx?: string): [string, string] {
  if (key === undefined) return ['', ''];
  const last = previous[key];
  return [last === undefined ? MISSING : formatNumber(last), changeCell(current, approx, last)];
}

const KEY_ROWS: ReadonlySet<string> = new Set(KEY_NUMBER_COLUMNS.map((c) => c.key).filter((k) => k !== 'members'));
const keyOf = (key: string): KeyNumberName | undefined => (KEY_ROWS.has(key) ? (key as KeyNumberName) : undefined);

/** The number as the office wrote it: 12, 50余, or 多次/若干 where it gave no number (never 0). */
const figureCell = (f: Figure): string => f.words ?? `${formatNumber(f.value)}${f.approx ?? ''}`;

/**
 * The kinds' numbers as rows, each under the section it is told in (the
 * tally's section, else its kind's): the table's categories are the report's
 * four parts, each once (issue 20) — the office's other numbers (counts.other)
 * join their section's rows instead of a second 民主监督 at the end. A number
 * no section tells (all the meetings) goes with the office's own work, 加强领导.
 */
const NUMBER_ROWS: readonly { section: SectionKey; tally: Tally }[] = KINDS.flatMap((k) =>
  k.statistics === undefined || k.statistics === 'rows' ? [] : k.tallies.map((tally) => ({ section: tally.section ?? k.placement?.section ?? 'leadership', tally })),
);

/** Rows that follow a number's row: a share or a sum the model works out beside it. */
const ROWS_AFTER: Record<string, (model: YearModel, f: Figure | undefined) => [string, string, string] | undefined> = {
  // The share goes with its count: 0% only where the office wrote that none was adopted.
  proposalsAdopted: (model, f) => {
    const share = model.proposals.adoptedShare;
    return share !== undefined && (share > 0 || f?.source === 'counts') ? ['提案采纳率', formatNumber(share), '%'] : undefined;
  },
  activities: (model) => {
    if (model.activities.careAmount === undefined) return undefined;
    const money = formatMoney(model.activities.careAmount, '元');
    const unit = money.endsWith('万元') ? '万元' : '元';
    return ['慰问捐助金额', money.slice(0, -unit.length), unit];
  },
};

export const STATISTICS_TITLE = '全年工作数据统计表';

/**
 * The table as the report's one attachment (GB/T 9704 §8): “附件” and the
 * title open a new page, so the table carries no title of its own.
 */
export function statisticsAttachment(model: YearModel, lastYear?: KeyNumbers): Block[] {
  const table = statisticsTable(model, lastYear);
  if (table.type !== 'table') return [table];
  const { title: _title, ...untitled } = table;
  return [{ type: 'attachment', label: '附件', title: STATISTICS_TITLE }, untitled];
}

export function statisticsTable(model: YearModel, lastYear?: KeyNumbers): Block {
  // A last year that kept none of the key numbers adds nothing to compare: the table stays as it was.
  const previous = lastYear && Object.values(lastYear).some((v) => v !== undefined) ? lastYear : undefined;
  const bySection = new Map<SectionKey, Row[]>(SECTION_KEYS.map((k) => [k, []]));
  const add = (section: SectionKey, cells: string[]) => bySection.get(section)!.push([SECTION_TITLES[section], ...cells]);
  const m = model.members;
  const person = (label: string, v: number | undefined, unit = '人', key?: KeyNumberName) => {
    if (v === undefined) return;
    add('members', [label, formatNumber(v), unit, ...(previous ? lastYearCells(previous, key, v) : [])]);
  };
  person('委员总数', m.total, '人', 'members');
  person('省级委员', m.province);
  person('市级委员', m.city);
  // The level the body says (县级委员 in a 县, 区级 in a 区), not 县（区）级.
  person(`${model.office.superiorLevel}级委员`, m.county);
  person('联络对象', m.liaisonContacts);
  const blank = previous ? ['', ''] : [];
  for (const { section, tally } of NUMBER_ROWS) {
    const f = model.stats[tally.key];
    // A row says what was recorded or counted: a 0 derived from records (no 座谈会 recorded) is left out; a 0 the office wrote stays.
    if (f && (f.source === 'counts' || f.value > 0)) add(section, [tally.title, figureCell(f), f.unit, ...(previous ? lastYearCells(previous, keyOf(tally.key), f.value, f.approx) : [])]);
    const after = ROWS_AFTER[tally.key]?.(model, f);
    if (after) add(section, [...after, ...blank]);
  }
  for (const key of SECTION_KEYS) {
    for (const o of model.others[key]) add(key, [o.name, `${formatNumber(o.value)}${o.approx ?? ''}`, o.unit, ...blank]);
  }
  // The members' numbers first, then the parts in the report's order.
  const rows: Row[] = [...bySection.get('members')!, ...SECTION_KEYS.filter((k) => k !== 'members').flatMap((k) => bySection.get(k)!)];
  const header = ['类别', '项目', '数量', '单位'];
  // 类别 repeats down its rows: one merged cell per run (mergeRepeats).
  if (!previous) return { type: 'table', title: STATISTICS_TITLE, header, rows, mergeRepeats: [0] };
  const rough = [...KEY_ROWS].some((k) => model.stats[k]?.approx !== undefined && previous[k as KeyNumberName] !== undefined);
  return {
    type: 'table',
    title: STATISTICS_TITLE,
    header: [...header, '上年', '增减'],
    rows,
    mergeRepeats: [0],
    note: `注：“上年”“增减”两栏只列主要数字，与上年（${model.year - 1}年）记录比较；“${MISSING}”表示上年没有这项数字${rough ? '；本年是约数的不计增减' : ''}。`,
  };
}
