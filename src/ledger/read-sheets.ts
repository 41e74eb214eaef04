/**
 * The ledger's sheets → the raw year object, with every value's cell noted
 * in the locator. Tables are found by their hidden key row, else by their
 * Chinese headers anywhere in the first rows (a header row moved down or a
 * title row added above it); columns the office added are named in a warning
 * and kept out of the data; empty rows are skipped wherever they are.
 */
import type ExcelJS from 'exceljs';
import { diagnostic, type Location } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../load/positions.js';
import { cellAddress, type CellPlace, type LedgerLocator } from './ledger-locator.js';
import { choiceValue, FIELD_COLUMNS, KEY_SEPARATOR, type Column, type FieldSheet, type TableSheet } from './layout.js';
import { pointCellValue } from './point-cells.js';
import { readCell, type CellProblem } from './read-cell.js';

type Data = Record<string, unknown>;

export interface SheetContext {
  data: Data;
  locator: LedgerLocator;
  diagnostics: Diagnostic[];
  file: string;
  /** Required lists left blank (存在的不足), read as empty lists once every sheet is read. */
  blankLists: DataPath[];
}

/** Rows searched for the key row and the header row. */
const HEADER_SEARCH_ROWS = 20;

/** Headers compared without spaces and with （） and () alike: “参会人数 ” is 参会人数. */
const normal = (s: string): string => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

export function setAt(data: Data, path: DataPath, value: unknown): void {
  let cur: Record<string | number, unknown> = data;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i] as string | number;
    const nextIsIndex = typeof path[i + 1] === 'number';
    if (cur[seg] === undefined) cur[seg] = nextIsIndex ? [] : {};
    cur = cur[seg] as Record<string | number, unknown>;
  }
  cur[path[path.length - 1] as string | number] = value;
}

/** A merged cell's value belongs to the cells below its master (one date for two meetings that day), not those beside it. */
function valueOf(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.CellValue {
  const cell = ws.getCell(row, col);
  if (cell.isMerged && cell.master !== cell && cell.master.col !== cell.col) return null;
  return cell.value;
}

const textIn = (ws: ExcelJS.Worksheet, row: number, col: number): string => {
  const v = ws.getCell(row, col).value;
  return typeof v === 'string' ? v.trim() : v !== null && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('').trim() : v === null || v === undefined ? '' : String(v);
};

function problemAt(ctx: SheetContext, problem: CellProblem, at: Location): void {
  if (problem.code === 'LEDGER_FORMULA_ERROR') ctx.diagnostics.push(diagnostic('LEDGER_FORMULA_ERROR', { error: problem.error }, at));
  else if (problem.code === 'LEDGER_FORMULA_NO_VALUE') ctx.diagnostics.push(diagnostic('LEDGER_FORMULA_NO_VALUE', {}, at));
  else if (problem.code === 'LEDGER_CELL_YAML') ctx.diagnostics.push(diagnostic('LEDGER_CELL_YAML', problem.line !== undefined ? { line: problem.line } : {}, at));
  else ctx.diagnostics.push(diagnostic('LEDGER_CELL_UNREADABLE', { content: problem.content }, at));
}

const lastColumn = (ws: ExcelJS.Worksheet): number => Math.max(ws.columnCount, ws.actualColumnCount);

/** The row (of the first few) where most cells match `wanted`, with those matches. */
function findRow(ws: ExcelJS.Worksheet, wanted: Map<string, Column>, key: (text: string) => string): { row: number; cols: Map<number, Column> } | undefined {
  const cols = lastColumn(ws);
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const found = new Map<number, Column>();
    for (let c = 1; c <= cols; c++) {
      const column = wanted.get(key(textIn(ws, r, c)));
      if (column) found.set(c, column);
    }
    if (found.size >= Math.min(2, wanted.size)) return { row: r, cols: found };
  }
  return undefined;
}

function sheetHasContent(ws: ExcelJS.Worksheet): boolean {
  let any = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (!any && row.values && (row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== '')) any = true;
  });
  return any;
}

export function readTable(ws: ExcelJS.Worksheet, layout: TableSheet, ctx: SheetContext): void {
  const byKey = new Map(layout.columns.map((c) => [c.key.join(KEY_SEPARATOR), c]));
  const byHeader = new Map(layout.columns.map((c) => [normal(c.header), c]));
  const keys = findRow(ws, byKey, (t) => t);
  const headers = findRow(ws, byHeader, normal);
  ctx.locator.set(layout.list, { sheet: layout.name, row: headers?.row ?? keys?.row ?? 1, col: 1 });
  if (!keys && !headers) {
    if (sheetHasContent(ws)) ctx.diagnostics.push(diagnostic('LEDGER_HEADER_NOT_FOUND', { sheet: layout.name }, ctx.locator.locate(layout.list)));
    return;
  }
  const mapping = keys?.cols ?? (headers as { cols: Map<number, Column> }).cols;
  const headerRow = headers?.row ?? keys!.row;
  const first = Math.max(keys?.row ?? 0, headers?.row ?? 0) + 1;
  const shownHeader = (c: number, column: Column) => textIn(ws, headerRow, c) || column.header;

  const seen = new Map<Column, number>();
  // A column given twice is named once, as the second of the two, not also as a column the ledger does not have.
  const twice = new Set<number>();
  for (const [c, column] of [...mapping].sort((a, b) => a[0] - b[0])) {
    const before = seen.get(column);
    if (before !== undefined) {
      const at: Location = { file: ctx.file, line: headerRow, column: c, sheet: layout.name, cell: cellAddress(headerRow, c), header: column.header };
      ctx.diagnostics.push(diagnostic('LEDGER_COLUMN_TWICE', { sheet: layout.name, header: column.header, first: cellAddress(headerRow, before).replace(/\d+$/, '') }, at));
      mapping.delete(c);
      twice.add(c);
    } else seen.set(column, c);
  }
  const cols = lastColumn(ws);
  for (let c = 1; c <= cols; c++) {
    if (mapping.has(c) || twice.has(c)) continue;
    const header = textIn(ws, headerRow, c);
    if (header === '') continue;
    const letter = cellAddress(1, c).replace(/\d+$/, '');
    ctx.diagnostics.push(diagnostic('LEDGER_COLUMN_EXTRA', { sheet: layout.name, header, column: letter }, { file: ctx.file, line: headerRow, column: c, sheet: layout.name, cell: cellAddress(headerRow, c), header }));
  }

  let index = 0;
  for (let r = first; r <= ws.rowCount; r++) {
    const reads = [...mapping].map(([c, column]) => ({ c, column, read: readCell(valueOf(ws, r, c), column.kind) }));
    if (reads.every((x) => 'empty' in x.read)) continue;
    const recordPath = [...layout.list, index];
    const firstCol = Math.min(...mapping.keys());
    ctx.locator.set(recordPath, { sheet: layout.name, row: r, col: firstCol, header: shownHeader(firstCol, mapping.get(firstCol)!) });
    setAt(ctx.data, recordPath, {});
    for (const { c, column, read } of reads) {
      const path = [...recordPath, ...column.key];
      const place = { sheet: layout.name, row: r, col: c, header: shownHeader(c, column) };
      ctx.locator.set(path, place);
      // A nested object (quantity) is found at its first column.
      if (column.key.length > 1) ctx.locator.set(path.slice(0, -1), place);
      if ('problem' in read) problemAt(ctx, read.problem, ctx.locator.locate(path));
      else if ('value' in read) setAt(ctx.data, path, column.points ? pointCellValue(read.value) : choiceValue(column.labels, read.value));
    }
    index++;
  }
}

export function readFields(ws: ExcelJS.Worksheet, layout: FieldSheet, ctx: SheetContext): void {
  const byPath = new Map(layout.rows.map((f) => [f.path.join(KEY_SEPARATOR), f]));
  const byLabel = new Map(layout.rows.map((f) => [normal(f.header), f]));
  const header = (f: { header: string }) => f.header;
  const optionalPlaces: [DataPath, CellPlace][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const key = textIn(ws, r, FIELD_COLUMNS.path);
    const label = textIn(ws, r, FIELD_COLUMNS.label);
    const field = byPath.get(key) ?? byLabel.get(normal(label));
    const value = readCell(valueOf(ws, r, FIELD_COLUMNS.value), field?.kind ?? 'text');
    if (!field) {
      const filled = !('empty' in value) || !('empty' in readCell(valueOf(ws, r, FIELD_COLUMNS.approx), 'text'));
      const isHead = r === 1;
      if (filled && !isHead) {
        const at: Location = { file: ctx.file, line: r, column: FIELD_COLUMNS.value, sheet: layout.name, cell: cellAddress(r, FIELD_COLUMNS.value), header: label || key };
        ctx.diagnostics.push(diagnostic('LEDGER_ROW_EXTRA', { sheet: layout.name, label: label || key || cellAddress(r, FIELD_COLUMNS.label) }, at));
      }
      continue;
    }
    const place = { sheet: layout.name, row: r, col: FIELD_COLUMNS.value, header: header(field) };
    ctx.locator.set(field.path, place);
    // A part missing as a whole (文字) is shown at its first required row, the one to fill in first.
    if (field.required) for (let n = 1; n < field.path.length; n++) ctx.locator.set(field.path.slice(0, n), place);
    else optionalPlaces.push([field.path, place]);
    const approx = field.approx ? readCell(valueOf(ws, r, FIELD_COLUMNS.approx), 'choice') : ({ empty: true } as const);
    if ('problem' in value) problemAt(ctx, value.problem, ctx.locator.locate(field.path));
    if ('problem' in approx) problemAt(ctx, approx.problem, { ...ctx.locator.locate(field.path), column: FIELD_COLUMNS.approx, cell: cellAddress(r, FIELD_COLUMNS.approx), header: '约数' });
    if ('value' in approx) {
      // 20余次: the count becomes { value, approx }, as in YAML.
      const approxPlace = { sheet: layout.name, row: r, col: FIELD_COLUMNS.approx, header: '约数' };
      ctx.locator.set([...field.path, 'value'], place);
      ctx.locator.set([...field.path, 'approx'], approxPlace);
      setAt(ctx.data, field.path, { ...('value' in value && { value: value.value }), approx: approx.value });
    } else if ('value' in value) setAt(ctx.data, field.path, choiceValue(field.labels, value.value));
    // A list the format requires but lets be empty (存在的不足: []) is a blank cell here: noted, and read back as the
    // empty list (readWorkbook), so a ledger written from a YAML that passes check passes too (issue 21 item 4).
    else if (field.kind === 'lines' && field.required && 'empty' in value) ctx.blankLists.push(field.path);
  }
  for (const [path, place] of optionalPlaces) for (let n = 1; n < path.length; n++) ctx.locator.set(path.slice(0, n), place);
}
