/**
 * The ledger workbook (工作台账) from the layout, blank or filled with a
 * year's data (`summary convert` from YAML). Sheets, headers, drop-downs and
 * formats all come from ./layout.ts; the workbook opens in Excel, WPS and
 * LibreOffice (tests/e2e/ledger-readers.test.ts reads it with two of them).
 */
import ExcelJS from 'exceljs';
import { LIMITS } from '../schema/limits.js';
import { valueAt } from '../util/value-at.js';
import { cellValueOf, DATE_FORMAT, NO, YES } from './cells.js';
import { FIELD_COLUMNS, INSTRUCTIONS_SHEET, KEY_SEPARATOR, LEDGER, OUTLINE_SHEET_NAME, shownValue, TABLE_ROWS, type CellKind, type Column, type FieldSheet, type OutlineSheet, type TableSheet } from './layout.js';
import { INSTRUCTIONS } from './instructions.js';
import { asTable, outlineRows, outlineTitles } from './outline-sheet.js';
import { pointCellShown, POINT_CHOICES } from './point-cells.js';

type Data = Record<string, unknown>;

/**
 * What a ledger says beside its data, as a YAML file says it in comments
 * (`init --from` a ledger: last year's plans, numbers and wording, which the
 * new year starts without): a note after a field row's 说明, keyed by its data
 * path (`text.plans`), and lines added to the 说明 sheet (last year's records
 * of a kind that starts empty but is worth looking back on).
 */
export interface LedgerNotes {
  fields?: ReadonlyMap<string, string>;
  lines?: readonly string[];
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const REQUIRED_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC00000' } };
/** Rows given drop-downs and formats: as many as a list may hold. */
const RECORD_ROWS = LIMITS.listItems;

/**
 * The drop-down of the columns that name a point: a hidden column of the 提纲 sheet, the program's points
 * (委员学习（members.study）) and under them the outline's own titles as written. A list this long does not fit
 * in a validation's own text (255 characters), so the validations refer to the column.
 */
interface PointList {
  /** 1-based column of the 提纲 sheet. */
  column: number;
  titles: readonly string[];
}

const pointListColumn = (sheet: OutlineSheet): number => sheet.columns.length + 2;

function pointListRange(list: PointList, which: 'ids' | 'places'): string {
  const letter = cellLetter(list.column);
  const last = TABLE_ROWS.firstRecord + POINT_CHOICES.length + (which === 'places' ? list.titles.length : 0) - 1;
  return `'${OUTLINE_SHEET_NAME}'!$${letter}$${TABLE_ROWS.firstRecord}:$${letter}$${last}`;
}

const cellLetter = (col: number): string => {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** A point column's drop-down: the program's points only are a stop (提纲's 要点); a record may also name an own title typed later, so there it only warns. */
function pointValidation(list: PointList, which: 'ids' | 'places', header: string, prompt: string): ExcelJS.DataValidation {
  const shown = { showInputMessage: true, promptTitle: header.slice(0, 32), prompt: prompt.slice(0, 250) };
  const error =
    which === 'ids'
      ? { errorStyle: 'stop' as const, error: '请从下拉列表中选程序写的一点；本单位自己的一点不选要点，填小标题和正文。' }
      : { errorStyle: 'warning' as const, error: '不在下拉列表中。本单位自己的要点请填它在“提纲”表里的小标题，和那里写的一字不差。' };
  return { type: 'list', allowBlank: true, formulae: [pointListRange(list, which)], ...shown, showErrorMessage: true, errorTitle: header.slice(0, 32), ...error };
}

export function ledgerWorkbook(data: Data = {}, notes: LedgerNotes = {}): ExcelJS.Workbook {
  const outline = LEDGER.find((s): s is OutlineSheet => s.type === 'outline')!;
  const list: PointList = { column: pointListColumn(outline), titles: outlineTitles(data['report']) };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'summary';
  // Fixed, so that the same data gives the same workbook (tests, repositories).
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  addInstructions(wb, notes.lines ?? []);
  for (const sheet of LEDGER) {
    if (sheet.type === 'table') addTable(wb, sheet, data, list);
    else if (sheet.type === 'outline') addOutline(wb, sheet, data, list);
    else addFields(wb, sheet, data, notes.fields ?? new Map());
  }
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Width in Excel's units (one Latin character): a Chinese character takes two. */
function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1;
  return w;
}

const columnWidth = (c: Column): number => {
  const byKind: Record<CellKind, number> = { date: 12, int: 10, number: 12, boolean: 10, choice: 14, text: 36, lines: 30, yaml: 60 };
  return Math.max(widthOf(c.header) + 4, byKind[c.kind]);
};

/**
 * What a column accepts, and the prompt Excel and WPS show when one of its
 * cells is selected (the column's description). Not cell notes: a workbook
 * with notes, once saved by some programs (openpyxl writes absolute part
 * names), is one the xlsx library can no longer read.
 */
function validationOf(kind: CellKind, choices: readonly string[] | undefined, header: string, prompt = ''): ExcelJS.DataValidation | undefined {
  const shown = prompt ? { showInputMessage: true, promptTitle: header.slice(0, 32), prompt: prompt.slice(0, 250) } : {};
  const error = (what: string) => ({ ...shown, showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: header.slice(0, 32), error: what });
  if (kind === 'text') return { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [LIMITS.textChars], ...error(`这里最多填 ${LIMITS.textChars} 个字`) };
  if (kind === 'choice' && choices) return { type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`], ...error(`请从下拉列表中选择：${choices.join('、')}`) };
  if (kind === 'boolean') return { type: 'list', allowBlank: true, formulae: [`"${YES},${NO}"`], ...error(`请选择“${YES}”或“${NO}”`) };
  if (kind === 'int') return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...error('这里只能填不小于 0 的整数') };
  if (kind === 'number') return { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...error('这里只能填不小于 0 的数') };
  return undefined;
}

function styleCell(cell: ExcelJS.Cell, kind: CellKind): void {
  if (kind === 'date') cell.numFmt = DATE_FORMAT;
  if (kind === 'lines' || kind === 'yaml' || kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
}

/** 提纲: its rows as a table's, and the hidden column the point drop-downs list. */
function addOutline(wb: ExcelJS.Workbook, sheet: OutlineSheet, data: Data, list: PointList): void {
  const table = asTable(sheet);
  const ws = addTable(wb, table, { [String(table.list[0])]: outlineRows(data['report']) }, list);
  const column = ws.getColumn(list.column);
  column.hidden = true;
  column.width = 30;
  [...POINT_CHOICES, ...list.titles].forEach((text, i) => (ws.getCell(TABLE_ROWS.firstRecord + i, list.column).value = text));
}

function addTable(wb: ExcelJS.Workbook, sheet: TableSheet, data: Data, points: PointList): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: TABLE_ROWS.header, xSplit: 0 }],
    // Printed, a sheet is as wide as an A4 page across, with its header on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${TABLE_ROWS.header}:${TABLE_ROWS.header}` },
  });
  ws.columns = sheet.columns.map((c) => ({ width: columnWidth(c) }));
  const keyRow = ws.getRow(TABLE_ROWS.keys);
  const header = ws.getRow(TABLE_ROWS.header);
  sheet.columns.forEach((c, i) => {
    keyRow.getCell(i + 1).value = c.key.join(KEY_SEPARATOR);
    const h = header.getCell(i + 1);
    h.value = c.header;
    h.fill = HEADER_FILL;
    h.font = c.required ? REQUIRED_FONT : { bold: true };
    h.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  // The keys are how the reader finds a column whatever the header says; the office need not see them.
  keyRow.hidden = true;
  const records = valueAt(data, sheet.list);
  const list = Array.isArray(records) ? (records as unknown[]) : [];
  list.forEach((record, r) => {
    const row = ws.getRow(TABLE_ROWS.firstRecord + r);
    sheet.columns.forEach((c, i) => {
      const value = valueAt(record, c.key);
      const v = cellValueOf(c.kind, c.points ? pointCellShown(value) : shownValue(c.labels, value));
      if (v !== undefined) row.getCell(i + 1).value = v;
    });
  });
  const last = TABLE_ROWS.firstRecord + RECORD_ROWS - 1;
  sheet.columns.forEach((c, i) => {
    const prompt = `${c.required ? '（必填）' : '（选填）'}${c.description}`;
    const validation = c.points ? pointValidation(points, c.points, c.header, prompt) : validationOf(c.kind, c.choices, c.header, prompt);
    for (let r = TABLE_ROWS.firstRecord; r <= last; r++) styleCell(ws.getCell(r, i + 1), c.kind);
    if (validation) addValidation(ws, `${ws.getColumn(i + 1).letter}${TABLE_ROWS.firstRecord}:${ws.getColumn(i + 1).letter}${last}`, validation);
  });
  return ws;
}

/**
 * One validation over a whole column's range. Given cell by cell, exceljs
 * squeezes them into ranges in text order (B10 before B3) and writes
 * overlapping ranges, which Excel may call damaged; a range key is written as is.
 */
function addValidation(ws: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}

function addFields(wb: ExcelJS.Workbook, sheet: FieldSheet, data: Data, notes: ReadonlyMap<string, string>): void {
  const hasApprox = sheet.rows.some((r) => r.approx);
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: FIELD_COLUMNS.label }] });
  ws.getColumn(FIELD_COLUMNS.path).hidden = true;
  ws.getColumn(FIELD_COLUMNS.path).width = 24;
  ws.getColumn(FIELD_COLUMNS.label).width = Math.max(...sheet.rows.map((r) => widthOf(r.header) + 4), 12);
  ws.getColumn(FIELD_COLUMNS.value).width = sheet.rows.some((r) => r.kind === 'yaml') ? 60 : 40;
  ws.getColumn(FIELD_COLUMNS.approx).width = hasApprox ? 8 : 2;
  ws.getColumn(FIELD_COLUMNS.description).width = 60;
  const head = ws.getRow(1);
  const titles: [number, string][] = [
    [FIELD_COLUMNS.path, '键'],
    [FIELD_COLUMNS.label, '项目'],
    [FIELD_COLUMNS.value, '填写'],
    ...(hasApprox ? ([[FIELD_COLUMNS.approx, '约数']] as [number, string][]) : []),
    [FIELD_COLUMNS.description, '说明'],
  ];
  for (const [col, title] of titles) {
    const cell = head.getCell(col);
    cell.value = title;
    cell.fill = HEADER_FILL;
    cell.font = { bold: true };
  }
  sheet.rows.forEach((field, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(FIELD_COLUMNS.path).value = field.path.join(KEY_SEPARATOR);
    const label = row.getCell(FIELD_COLUMNS.label);
    label.value = field.header;
    label.font = field.required ? REQUIRED_FONT : { bold: false };
    const cell = row.getCell(FIELD_COLUMNS.value);
    styleCell(cell, field.kind);
    const validation = validationOf(field.kind, field.choices, field.header);
    if (validation) addValidation(ws, `${cell.address}:${cell.address}`, validation);
    const note = notes.get(field.path.join(KEY_SEPARATOR));
    row.getCell(FIELD_COLUMNS.description).value = `${field.required ? '（必填）' : '（选填）'}${field.description}${note === undefined ? '' : `\n${note}`}`;
    row.getCell(FIELD_COLUMNS.description).alignment = { wrapText: true, vertical: 'top' };
    // A note of several lines (last year's plans) is shown whole: the row is made tall enough, since neither Excel nor
    // LibreOffice grows a row for wrapped text of a workbook it opens. Lines of the 60-wide column, 15 points each.
    if (note !== undefined) row.height = 15 * String(row.getCell(FIELD_COLUMNS.description).value).split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(widthOf(line) / 58)), 0);
    const value = valueAt(data, field.path);
    writeFieldValue(row, field.kind, shownValue(field.labels, value), field.approx === true);
    if (field.approx) {
      const approx = row.getCell(FIELD_COLUMNS.approx);
      addValidation(ws, `${approx.address}:${approx.address}`, validationOf('choice', ['余', '多'], '约数') as ExcelJS.DataValidation);
    }
  });
}

/** A count is a number or { value, approx }: the number in 填写, 余/多 in 约数. */
function writeFieldValue(row: ExcelJS.Row, kind: CellKind, value: unknown, approx: boolean): void {
  if (value === undefined) return;
  const cell = row.getCell(FIELD_COLUMNS.value);
  if (approx && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as { value?: unknown; approx?: unknown };
    cell.value = cellValueOf(kind, v.value) ?? null;
    if (v.approx !== undefined) row.getCell(FIELD_COLUMNS.approx).value = String(v.approx);
    return;
  }
  cell.value = cellValueOf(kind, value) ?? null;
}

function addInstructions(wb: ExcelJS.Workbook, more: readonly string[]): void {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ws.getColumn(1).width = 100;
  [...INSTRUCTIONS, ...(more.length > 0 ? ['', ...more] : [])].forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
}
