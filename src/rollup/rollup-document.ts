/**
 * The county roll-up as a ReportDocument, so the same renderDocx lays it out as
 * every report (GB/T 9704 page, fonts, table style) and the Markdown preview
 * can show it too. It reads as a county office's report to its superior:
 *
 *   关于2021年度青石县各镇（街道）政协联络工作情况的报告
 *   (opening)  现将……汇总情况报告如下：
 *   一、基本情况      who reported, who is counted, the county's totals
 *   二、需要说明的情况  offices not counted (by their own names, and why),
 *                      offices of another year, sections an office has no records for
 *   附件：…主要数据表    (the table of every office's key numbers, on a page of its own)
 *   落款
 *
 * No codes, file paths or tool words: those stay in the terminal, where the
 * person who can fix them is (and in `summary check --format json`).
 */
import type { OfficeBuildResult } from '../office/types.js';
import type { Block, ReportDocument } from '../document/model.js';
import { KEY_NUMBER_COLUMNS, type KeyNumbers } from '../model/key-numbers.js';
import { SECTION_TITLES, type SectionKey } from '../schema/year.js';
import { changePhrase, compareNumber, formatNumber } from '../compare/year-over-year.js';
import { isCounted, officesWithNumbers, previousTotals, shortNames, totals } from './totals.js';

export interface RollupOptions {
  year: number;
  /** County (district) name for the title, e.g. “青山县”; left out when unknown, never “××”. */
  county?: string;
  /** Last year's numbers by office full name, for 比上年 in the opening. */
  previous?: ReadonlyMap<string, KeyNumbers>;
  /** 落款: who sends the roll-up, e.g. “青山县政协办公室”; no signature when absent. */
  superior?: string;
  /** 成文日期 under the 落款, as a calendar date (its UTC fields); without one the date line is left out (write-rollup.ts says why). */
  date?: Date;
}

export const MISSING = '—';

/** The document's title: a county office's report (关于……的报告). */
export function rollupTitle(year: number, county?: string): string {
  return `关于${year}年度${county?.trim() ?? ''}各镇（街道）政协联络工作情况的报告`;
}

/** The attachment: every office's key numbers. */
export const tableTitle = (year: number): string => `${year}年各镇（街道）政协联络工作主要数据表`;

/**
 * The office as the roll-up names it: its own name, read from its file even
 * when the data failed (src/office/prepare.ts); the file's name only when none
 * could be read, and then said so.
 */
export function displayName(r: OfficeBuildResult): string {
  if (r.office !== undefined && r.office.trim() !== '') return r.office;
  const base = r.input.split(/[\\/]/).filter((p) => p !== '').pop() ?? r.input;
  return `${base.replace(/\.(ya?ml|xlsx)$/i, '')}（按文件名；文件中未能读出单位名称）`;
}

/** Counted: its data validated this run and is of the roll-up's year; a report left in place (no --force) still has this run's numbers. */
export const counted = (r: OfficeBuildResult, year: number): boolean => isCounted(r) && (r.year === undefined || r.year === year);

/** Why an office is not in the totals, in plain Chinese (the roll-up's and the CSV's 说明). */
export function notCountedReason(r: OfficeBuildResult, year: number): string | undefined {
  if (r.year !== undefined && r.year !== year) return `报送的是${r.year}年的记录，未计入${year}年汇总`;
  if (r.status === 'invalid') return '数据未通过检查，未计入汇总';
  if (r.status === 'failed') return '报告未能生成，未计入汇总';
  return undefined;
}

export function rollupDocument(all: readonly OfficeBuildResult[], opts: RollupOptions): ReportDocument {
  // Offices of another year are named, never summed: the totals see this year's offices only.
  const results = all.filter((r) => r.year === undefined || r.year === opts.year);
  const title = rollupTitle(opts.year, opts.county);
  const table = numbersTable(results, opts.year, opts.previous);
  const blocks: Block[] = [
    { type: 'title', text: title },
    { type: 'paragraph', text: `按照年度工作安排，各镇（街道）政协联络机构报送了${opts.year}年度工作总结。现将汇总情况报告如下：` },
    { type: 'heading', level: 1, text: '一、基本情况' },
    { type: 'paragraph', text: opening(all, results, opts, table !== undefined) },
    { type: 'heading', level: 1, text: '二、需要说明的情况' },
    ...notes(all, results, opts.year),
  ];
  if (table) blocks.push({ type: 'attachmentNote', titles: [tableTitle(opts.year)] });
  if (opts.superior) blocks.push({ type: 'signature', name: opts.superior, date: opts.date ? chineseDate(opts.date) : '' });
  if (table) blocks.push({ type: 'attachment', label: '附件', title: tableTitle(opts.year) }, table);
  return { title, author: opts.superior ?? (opts.county ? `${opts.county}政协` : '政协'), year: opts.year, blocks };
}

function opening(all: readonly OfficeBuildResult[], results: readonly OfficeBuildResult[], opts: RollupOptions, hasTable: boolean): string {
  const inYear = results.filter((r) => counted(r, opts.year)).length;
  const notBuilt = all.length - inYear;
  const where = opts.county ?? '';
  let text = `${opts.year}年，${where}共有${all.length}个镇（街道）政协联络机构报送年终工作总结`;
  text += notBuilt > 0 ? `，其中${inYear}个计入汇总，${notBuilt}个未计入（见第二部分）。` : `，均已计入汇总。`;
  const t = totals(results);
  const last = previousTotals(results, opts.previous);
  const parts = KEY_NUMBER_COLUMNS.flatMap(({ key, label, unit }) => {
    const total = t[key].total;
    if (total === undefined) return [];
    const change = changePhrase(total, last[key], unit);
    return [`${label}${formatNumber(total)}${unit}${change ? `（${change}）` : ''}`];
  });
  if (parts.length > 0) text += `据各单位的记录，合计：${parts.join('，')}。`;
  if (hasTable) text += '各镇（街道）的主要数据见附件。';
  return text;
}

/** 二、需要说明的情况: who is not counted and why, then whose records lack a section; or that there is nothing to say. */
function notes(all: readonly OfficeBuildResult[], results: readonly OfficeBuildResult[], year: number): Block[] {
  const out: Block[] = [];
  const short = shortNames(all);
  const name = (r: OfficeBuildResult) => (r.office === undefined ? displayName(r) : short(r));
  for (const r of all) {
    const reason = notCountedReason(r, year);
    if (reason) out.push({ type: 'paragraph', text: `${name(r)}：${reason}。` });
  }
  const gaps = results.filter((r) => counted(r, year) && (r.emptySections?.length ?? 0) > 0);
  for (const r of gaps) {
    const names = (r.emptySections ?? []).map(sectionTitle);
    out.push({ type: 'paragraph', text: `${name(r)}：${names.join('、')}${names.length > 1 ? `${names.length}个部分` : '部分'}没有记录。` });
  }
  if (out.length === 0) {
    const checked = results.filter((r) => counted(r, year)).length;
    out.push({ type: 'paragraph', text: checked > 0 ? `计入汇总的${checked}个单位，加强领导、队伍建设、民主监督、联络联谊四个部分均有记录。` : '没有单位的数据通过检查，无法判断各部分的记录情况。' });
  }
  return out;
}

/** “增加2” / “减少1” / “持平” for the table's 增减 row; “—” when last year's total is not comparable. */
function changeCell(total: number | undefined, last: number | undefined): string {
  const c = compareNumber(total, last);
  if (!c) return MISSING;
  return c.direction === 'equal' ? '持平' : `${c.direction === 'increase' ? '增加' : '减少'}${formatNumber(c.delta)}`;
}

/** The attachment's table (untitled: the attachment's title names it); undefined when no office has numbers. */
function numbersTable(results: readonly OfficeBuildResult[], year: number, previous?: ReadonlyMap<string, KeyNumbers>): Block | undefined {
  const rows = officesWithNumbers(results);
  if (rows.length === 0) return undefined;
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

/** A calendar date held in a Date's UTC fields (as `--date 2025-01-10` and SOURCE_DATE_EPOCH give it). */
export function chineseDate(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
