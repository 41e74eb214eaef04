/**
 * The roll-up as CSV for the county's own spreadsheets: UTF-8 with a BOM (Excel
 * on Chinese Windows reads BOM-less UTF-8 as GBK and shows mojibake), CRLF line
 * ends and RFC 4180 quoting. Every office has a row, failed ones too (their
 * numbers empty), then the total row. Empty, not “—”, for a missing number:
 * a spreadsheet sums empty cells correctly and chokes on a dash.
 */
import path from 'node:path';
import type { OfficeBuildResult } from '../office/types.js';
import { KEY_NUMBER_COLUMNS } from '../model/key-numbers.js';
import { formatNumber } from '../compare/year-over-year.js';
import { STATUS_LABELS, firstError } from '../office/labels.js';
import { sectionTitle } from './rollup-document.js';
import { isCounted, officeName, totals } from './totals.js';

export const BOM = '\uFEFF';

/** `dir`: the CSV's own folder; the 文件 column names each office's file from there, as a link beside it would. */
export function rollupCsv(results: readonly OfficeBuildResult[], dir: string): string {
  const header = ['单位', '文件', '状态', ...KEY_NUMBER_COLUMNS.map(({ label, unit }) => `${label}（${unit}）`), '没有记录的部分', '首个错误'];
  const num = (v: number | undefined) => (v === undefined ? '' : formatNumber(v));
  const rows = results.map((r) => [
    officeName(r),
    fromFolder(dir, r.input),
    // A report left in place is a report there: the roll-up speaks of the data, so a re-run
    // without --force gives the same roll-up as the run that wrote the reports.
    STATUS_LABELS[r.status === 'exists' ? 'built' : r.status],
    // An office not counted (refused after its data validated) shows no numbers: the total row does not hold them either.
    ...KEY_NUMBER_COLUMNS.map(({ key }) => num(isCounted(r) ? r.numbers?.[key] : undefined)),
    (r.emptySections ?? []).map(sectionTitle).join('、'),
    firstError(r.diagnostics) ?? '',
  ]);
  const t = totals(results);
  const total = ['合计', '', '', ...KEY_NUMBER_COLUMNS.map(({ key }) => num(t[key].total)), '', ''];
  return BOM + [header, ...rows, total].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * RFC 4180: quote a field holding a comma, quote or line break; double inner
 * quotes. A text field that begins like a formula (= + - @) gets a leading '
 * so that Excel shows it instead of running it; numbers are left as they are.
 */
function fromFolder(dir: string, file: string): string {
  const rel = path.relative(dir, path.resolve(dir, file));
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

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
