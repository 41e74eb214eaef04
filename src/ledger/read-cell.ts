/**
 * One ledger cell → the raw value the schema then validates, as a YAML
 * reader would have produced it. What the office typed is kept as typed
 * wherever it could be wrong (a word in a number column stays a word, so the
 * schema says 应为数字 at the cell); only what Excel itself changed is undone:
 * date cells and date serial numbers become 2021-06-24, numbers Excel stored
 * as text become numbers, rich text becomes its text, formulas their result.
 */
import type ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { YEARS } from '../schema/limits.js';
import { isoDay, NO, YES } from './cells.js';
import type { CellKind } from './layout.js';

export type CellProblem =
  | { code: 'LEDGER_FORMULA_ERROR'; error: string }
  | { code: 'LEDGER_FORMULA_NO_VALUE' }
  | { code: 'LEDGER_CELL_UNREADABLE'; content: 'unknown' | 'object' }
  | { code: 'LEDGER_CELL_YAML'; line?: number };

export type CellRead = { value: unknown } | { problem: CellProblem } | { empty: true };

type Plain = string | number | boolean | Date;

/** Excel's day 0 in its 1900 date system is 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers of the first and last days of the years the format takes (1949-01-01 … 2100-12-31): only these are read as dates in a date column. */
const serialOf = (utc: number): number => Math.round((utc - EXCEL_EPOCH_MS) / DAY_MS);
const SERIAL_RANGE = [serialOf(Date.UTC(YEARS.first, 0, 1)), serialOf(Date.UTC(YEARS.last, 11, 31))] as const;

const serialToDay = (serial: number): string => isoDay(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));

/** A number Excel or the office stored as text: `12`, ` 12 `, `1,200`, `12.5`. */
const NUMBER_TEXT = /^\s*\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*$|^\s*\d+(?:\.\d+)?\s*$/;

/** The plain value of a cell: formulas by their result, rich text and links by their text. */
function plainOf(value: ExcelJS.CellValue): Plain | CellProblem | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return { code: 'LEDGER_CELL_UNREADABLE', content: 'unknown' };
  if ('error' in value) return { code: 'LEDGER_FORMULA_ERROR', error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { code: 'LEDGER_FORMULA_NO_VALUE' };
    if (typeof result === 'object' && result !== null && 'error' in result) return { code: 'LEDGER_FORMULA_ERROR', error: String((result as { error: unknown }).error) };
    return result as Plain;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof (value as { text: unknown }).text === 'string') return (value as { text: string }).text;
  return { code: 'LEDGER_CELL_UNREADABLE', content: 'object' };
}

const isProblem = (v: unknown): v is CellProblem => typeof v === 'object' && v !== null && !(v instanceof Date) && 'code' in v;

const textOf = (v: Plain): string => (v instanceof Date ? isoDay(v) : typeof v === 'boolean' ? (v ? YES : NO) : String(v));

export function readCell(raw: ExcelJS.CellValue, kind: CellKind): CellRead {
  const v = plainOf(raw);
  if (v === undefined) return { empty: true };
  if (isProblem(v)) return { problem: v };
  if (typeof v === 'string' && v.trim() === '' && kind !== 'text') return { empty: true };
  switch (kind) {
    case 'date':
      if (v instanceof Date) return { value: isoDay(v) };
      if (typeof v === 'number' && v >= SERIAL_RANGE[0] && v <= SERIAL_RANGE[1]) return { value: serialToDay(v) };
      return { value: typeof v === 'string' ? v.trim() : textOf(v) };
    case 'int':
    case 'number':
      if (typeof v === 'string' && NUMBER_TEXT.test(v)) return { value: Number(v.replace(/[,\s]/g, '')) };
      // A date or a word in a number column stays what it is; the schema says 应为数字 at the cell.
      return { value: v instanceof Date ? isoDay(v) : v };
    case 'boolean':
      if (typeof v === 'boolean') return { value: v };
      if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        if (t === YES || t === 'true') return { value: true };
        if (t === NO || t === 'false') return { value: false };
      }
      return { value: v instanceof Date ? isoDay(v) : v };
    case 'choice':
      return { value: typeof v === 'string' ? v.trim() : textOf(v) };
    case 'lines':
      return { value: textOf(v).split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '') };
    case 'yaml':
      try {
        return { value: parse(textOf(v), { prettyErrors: false }) as unknown };
      } catch (err) {
        // yaml's own message is English; its position is not.
        const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
        return { problem: { code: 'LEDGER_CELL_YAML', ...(line !== undefined && { line }) } };
      }
    default:
      // Blank text stays: the schema says 不能为空 at the cell rather than the office's spaces vanishing.
      return { value: textOf(v) };
  }
}

