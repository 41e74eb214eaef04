/**
 * The roll-up as CSV for the county's own spreadsheets: UTF-8 with a BOM (Excel
 * on Chinese Windows reads BOM-less UTF-8 as GBK and shows mojibake), CRLF line
 * ends and RFC 4180 quoting. Every office has a row — failed ones and offices
 * of another year too, their numbers empty and the reason in plain Chinese —
 * then the total row. Empty, not “—”, for a missing number: a spreadsheet sums
 * empty cells correctly and chokes on a dash.
 *
 * What goes to the superior carries no file paths and no codes (issue 20: a
 * temp folder's absolute path and error codes reached it): the terminal shows
 * those, and `summary check --format json` gives them as data (docs/batch.md).
 */
import type { OfficeBuildResult } from '../office/types.js';
import { KEY_NUMBER_COLUMNS } from '../model/key-numbers.js';
import { formatNumber } from '../compare/year-over-year.js';
import { counted, displayName, notCountedReason, sectionTitle } from './rollup-document.js';
import { totals } from './totals.js';

export const BOM = '\uFEFF';

export function rollupCsv(results: readonly OfficeBuildResult[], year: number): string {
  const header = ['单位', '计入汇总', '说明', ...KEY_NUMBER_COLUMNS.map(({ label, unit }) => `${label}（${unit}）`), '没有记录的部分'];
  const num = (v: number | undefined) => (v === undefined ? '' : formatNumber(v));
  const rows = results.map((r) => {
    const inTotals = counted(r, year);
    return [
      displayName(r),
      inTotals ? '是' : '否',
      notCountedReason(r, year) ?? '',
      ...KEY_NUMBER_COLUMNS.map(({ key }) => (inTotals ? num(r.numbers?.[key]) : '')),
      inTotals ? (r.emptySections ?? []).map(sectionTitle).join('、') : '',
    ];
  });
  const t = totals(results.filter((r) => r.year === undefined || r.year === year));
  const total = ['合计', '', '', ...KEY_NUMBER_COLUMNS.map(({ key }) => num(t[key].total)), ''];
  return BOM + [header, ...rows, total].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * RFC 4180: quote a field holding a comma, quote or line break; double inner
 * quotes. A text field that begins like a formula (= + - @) gets a leading '
 * so that Excel shows it instead of running it; numbers are left as they are.
 */
export function csvField(value: string): string {
  // Spreadsheets skip leading spaces, line breaks, ZWSP, NBSP and a BOM before reading = + - @ as a formula.
  const safe = /^[\s\u200B\uFEFF]*[=+\-@]|^[\t\r\n]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Read CSV back (RFC 4180), for tests and for a later year's comparison. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
