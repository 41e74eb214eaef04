/**
 * The county roll-up as a ReportDocument, so the same renderDocx lays it out as
 * every report (GB/T 9704 page, fonts, table style) and the Markdown preview
 * can show it too. What it says: the county's totals in one opening paragraph,
 * one table (a row per office, a column per key number, a total row), which
 * office has nothing for which section, and which offices' files failed.
 */
import type { OfficeBuildResult } from '../office/types.js';
import type { Block, ReportDocument } from '../document/model.js';
import { KEY_NUMBER_COLUMNS, type KeyNumbers } from '../model/key-numbers.js';
import { SECTION_TITLES, type SectionKey } from '../schema/year.js';
import { changePhrase, compareNumber, formatNumber } from '../compare/year-over-year.js';
import { isCounted, officeName, officesWithNumbers, previousTotals, shortNames, totals } from './totals.js';

export interface RollupOptions {
  year: number;
  /** County (district) name for the title, e.g. “青山县”; left out when unknown, never “××”. */
  county?: string;
  /** Last year's numbers by office full name, for 比上年 in the opening. */
  previous?: ReadonlyMap<string, KeyNumbers>;
  /** 落款: who sends the roll-up, e.g. “青山县政协办公室”; no signature when absent. */
  superior?: string;
  /** 成文日期 under the 落款, as a calendar date (its UTC fields); never the clock (write-rollup.ts resolves it). */
  date?: Date;
}

export const MISSING = '—';

export function rollupTitle(year: number, county?: string): string {
  return `${year}年${county?.trim() ?? ''}各镇（街道）政协联络工作情况汇总`;
}

export function rollupDocument(results: readonly OfficeBuildResult[], opts: RollupOptions): ReportDocument {
  const title = rollupTitle(opts.year, opts.county);
  const blocks: Block[] = [{ type: 'title', text: title }, { type: 'paragraph', text: opening(results, opts) }];
  let n = 0;
  const heading = (text: string) => blocks.push({ type: 'heading', level: 1, text: `${ORDINALS[n++]}、${text}` });

  const rows = officesWithNumbers(results);
  if (rows.length > 0) {
    heading('主要数字');
    blocks.push(numbersTable(results, opts.year, opts.previous));
  }

  heading('资料完整情况');
  blocks.push(...completeness(results));

  // Plain words for the superior: which office is missing and why in one phrase.
  // The codes, files and lines stay in the terminal, where the person who can fix them is.
  const failed = results.filter((r) => !counted(r));
  if (failed.length > 0) {
    heading('未计入汇总的单位');
    const short = shortNames(results);
    for (const r of failed) blocks.push({ type: 'paragraph', text: `${short(r)}：${NOT_COUNTED[r.status]}，未计入汇总。` });
  }

  if (opts.superior) blocks.push({ type: 'signature', name: opts.superior, date: opts.date ? chineseDate(opts.date) : '' });
  return { title, author: opts.superior ?? (opts.county ? `${opts.county}政协` : '政协'), year: opts.year, blocks };
}

const ORDINALS = ['一', '二', '三', '四', '五'];

/** Counted as the totals count (./totals.ts). */
const counted = isCounted;

const NOT_COUNTED: Record<OfficeBuildResult['status'], string> = {
  built: '已计入',
  exists: '已计入',
  invalid: '数据未通过检查',
  failed: '报告未能生成',
};

function opening(results: readonly OfficeBuildResult[], opts: RollupOptions): string {
  const built = results.filter(counted).length;
  const notBuilt = results.length - built;
  const where = opts.county ? `${opts.county}` : '';
  let text = `${opts.year}年，${where}共有${results.length}个镇（街道）政协联络机构报送年终工作总结`;
  text += notBuilt > 0 ? `，其中${built}个计入汇总，${notBuilt}个未计入。` : `，均已计入汇总。`;
  const t = totals(results);
  const last = previousTotals(results, opts.previous);
  const parts = KEY_NUMBER_COLUMNS.flatMap(({ key, label, unit }) => {
    const total = t[key].total;
    if (total === undefined) return [];
    const change = changePhrase(total, last[key], unit);
    return [`${label}${formatNumber(total)}${unit}${change ? `（${change}）` : ''}`];
  });
  if (parts.length > 0) text += `据各单位的记录，合计：${parts.join('，')}。`;
  return text;
}

/** “增加2” / “减少1” / “持平” for the table's 增减 row; “—” when last year's total is not comparable. */
function changeCell(total: number | undefined, last: number | undefined): string {
  const c = compareNumber(total, last);
  if (!c) return MISSING;
  return c.direction === 'equal' ? '持平' : `${c.direction === 'increase' ? '增加' : '减少'}${formatNumber(c.delta)}`;
}

function numbersTable(results: readonly OfficeBuildResult[], year: number, previous?: ReadonlyMap<string, KeyNumbers>): Block {
  const rows = officesWithNumbers(results);
  const t = totals(results);
  const last = previousTotals(results, previous);
  const compared = KEY_NUMBER_COLUMNS.some(({ key }) => last[key] !== undefined);
  const cell = (v: number | undefined) => (v === undefined ? MISSING : formatNumber(v));
  const lacking = KEY_NUMBER_COLUMNS.filter(({ key }) => t[key].missing.length > 0).map(
    ({ key, label }) => `${label}${t[key].missing.length}个（${t[key].missing.join('、')}）`,
  );
  // Units go in the note, not the header: ten narrow columns on A4 portrait cannot hold “委员（人）”.
  const units = `数量单位：${KEY_NUMBER_COLUMNS.map(({ label, unit }) => `${label}（${unit}）`).join('、')}。`;
  const note =
    lacking.length === 0
      ? `注：合计为各单位数字之和。${units}`
      : `注：“${MISSING}”表示该单位没有这项数字，合计只加有数字的单位，不按0计。缺少数字的单位：${lacking.join('；')}。${units}`;
  const short = shortNames(results);
  return {
    type: 'table',
    title: `${year}年各镇（街道）政协联络工作主要数字`,
    header: ['单位', ...KEY_NUMBER_COLUMNS.map(({ label }) => label)],
    rows: [
      ...rows.map((r) => [short(r), ...KEY_NUMBER_COLUMNS.map(({ key }) => cell(r.numbers[key]))]),
      ['合计', ...KEY_NUMBER_COLUMNS.map(({ key }) => cell(t[key].total))],
      // Last year over the same offices: only where every office with the number this year had it last year.
      ...(compared
        ? [
            [`上年合计（${year - 1}年）`, ...KEY_NUMBER_COLUMNS.map(({ key }) => cell(last[key]))],
            ['增减', ...KEY_NUMBER_COLUMNS.map(({ key }) => changeCell(t[key].total, last[key]))],
          ]
        : []),
    ],
    note: compared ? `${note}上年合计只在合计里的每个单位都有上年记录时给出，否则为“${MISSING}”。` : note,
  };
}

export const sectionTitle = (s: string): string => (s in SECTION_TITLES ? SECTION_TITLES[s as SectionKey] : s);

function completeness(all: readonly OfficeBuildResult[]): Block[] {
  // Of the offices counted: the text speaks of 计入汇总的 offices (repro 35).
  const results = all.filter(counted);
  const gaps = results.filter((r) => (r.emptySections?.length ?? 0) > 0);
  if (gaps.length === 0) {
    const checked = results.filter((r) => r.emptySections !== undefined).length;
    return [{ type: 'paragraph', text: checked > 0 ? `计入汇总的${checked}个单位，加强领导、队伍建设、民主监督、联络联谊四个部分均有记录。` : '没有单位的数据通过检查，无法判断各部分的记录情况。' }];
  }
  return gaps.map((r) => {
    const names = (r.emptySections ?? []).map(sectionTitle);
    return { type: 'paragraph', text: `${officeName(r)}：${names.join('、')}${names.length > 1 ? `${names.length}个部分` : '部分'}没有记录。` };
  });
}

/** A calendar date held in a Date's UTC fields (as `--date 2025-01-10` and SOURCE_DATE_EPOCH give it). */
export function chineseDate(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
