/**
 * `summary init --from 台账2024.xlsx`: last year's data rolled forward by the
 * one rule YAML follows (./roll-forward.ts, over the data's YAML text), so a
 * ledger and a YAML file start the new year alike. What the YAML keeps as
 * comments (last year's plans, numbers, opening, the records of a kind worth
 * looking back on) a ledger has no place for in its cells: it goes into the
 * 说明 of the rows it belonged to, or onto the 说明 sheet for a table's records.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { KINDS } from '../schema/kinds/index.js';
import { cellValueOf } from '../ledger/cells.js';
import { KEY_SEPARATOR, LEDGER, type CellKind, type TableSheet } from '../ledger/layout.js';
import type { LedgerNotes } from '../ledger/write-workbook.js';
import { valueAt } from '../util/value-at.js';
import { rollForward } from './roll-forward.js';

type Data = Record<string, unknown>;

export interface RolledData {
  /** The new year's data, as the rolled YAML reads. */
  data: Data;
  /** The same as YAML text, last year's words kept as comments (a ledger rolled into a .yaml file). */
  text: string;
  /** Last year's words, for a ledger. */
  notes: LedgerNotes;
}

/** How a value reads in a note: a count with its 约数 as 20余, a list one item after another, a nested part as YAML. */
function noteText(kind: CellKind, value: unknown): string {
  if (kind === 'yaml') return stringify(value, { lineWidth: 0 }).trimEnd();
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'value' in value) {
    const v = value as { value?: unknown; approx?: unknown };
    return `${String(v.value ?? '')}${typeof v.approx === 'string' ? v.approx : ''}`;
  }
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' && item !== null ? stringify(item, { lineWidth: 0, collectionStyle: 'flow' }).trim() : String(item))).join('\n');
  const cell = cellValueOf(kind, value);
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? '');
}

/** Whether a value carries over as the new year's own (the year, the date moved on, a title): no note then. */
const carriedOver = (value: unknown): boolean => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** One record of a table on one line of the 说明 sheet: 标题：值；… in the sheet's own headers. */
function recordLine(sheet: TableSheet, record: unknown): string {
  return sheet.columns
    .map((c) => ({ c, v: valueAt(record, c.key) }))
    .filter(({ v }) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(({ c, v }) => `${c.header}：${noteText(c.kind, v).replace(/\n/g, '、')}`)
    .join('；');
}

/** Last year's `data` (validated) rolled forward to `newYear`. */
export function rollData(data: Data, oldYear: number, newYear: number): RolledData {
  const text = rollForward(stringify(data, { lineWidth: 0 }), newYear - oldYear, newYear).text;
  const rolled = (parse(text) ?? {}) as Data;
  const fields = new Map<string, string>();
  const lines: string[] = [];
  for (const sheet of LEDGER) {
    if (sheet.type === 'fields') {
      for (const row of sheet.rows) {
        const before = valueAt(data, row.path);
        const after = valueAt(rolled, row.path);
        if (before === undefined || isDeepStrictEqual(before, after) || carriedOver(after)) continue;
        const said = noteText(row.kind, before);
        if (said !== '') fields.set(row.path.join(KEY_SEPARATOR), `${oldYear}年填的：${said}`);
      }
      continue;
    }
    // The outline is the office's, carried over as it is (the rolled data holds it): nothing to note.
    if (sheet.type !== 'table') continue;
    // A kind whose records YAML keeps as a comment (制度, 其他数字): here on the 说明 sheet, one record a line.
    const kind = KINDS.find((k) => isDeepStrictEqual([...k.path], sheet.list));
    const before = valueAt(data, sheet.list);
    if (!kind || typeof kind.nextYear !== 'object' || !Array.isArray(before) || before.length === 0) continue;
    lines.push(`“${sheet.name}”表：${kind.nextYear.comment}，${oldYear}年 ${before.length} 条：`, ...before.map((r, i) => `  ${i + 1}. ${recordLine(sheet, r)}`));
  }
  if (lines.length > 0) lines.unshift(`从${oldYear}年的台账转入时留下的记录（供回顾，生成总结时不会用到）：`);
  return { data: rolled, text, notes: { fields, lines } };
}
