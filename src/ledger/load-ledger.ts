/**
 * Read one ledger workbook (.xlsx): bounded, then parsed, then its sheets
 * turned into the raw year object the YAML reader would give, with a locator
 * that points diagnostics at sheet!cell. Never throws for the user's file.
 */
// Type only: exceljs costs ~160 ms to load, and every YAML office passes through this module's
// importer (load-year), so the library is loaded only when a workbook is actually read.
import type ExcelJS from 'exceljs';
import type { LedgerBound } from '../diagnostics/catalogue.js';
import { failed, ok, type Result } from '../result.js';
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import { readBoundedFile } from '../load/read-source.js';
import { isWorkbookFileName } from '../load/office-files.js';
import { FIELD_COLUMNS, INSTRUCTIONS_SHEET, LEDGER } from './layout.js';
import { LedgerLocator } from './ledger-locator.js';
import { readOutline } from './outline-sheet.js';
import { readFields, readTable, setAt, type SheetContext } from './read-sheets.js';
import { countedZip, LEDGER_LIMITS, openZip, type BoundsProblem } from './zip-bounds.js';

/** A workbook by its name: read by this reader, which says which formats it cannot read (src/load/office-files.ts). */
export const isLedgerFile = isWorkbookFileName;

/** A ledger as read; diagnostics name it as the caller gave it (display is the CLI's, src/cli/display-paths.ts). */
export interface LoadedLedger {
  raw: Record<string, unknown>;
  /**
   * Required lists left blank in a part of the year the ledger holds nothing else of (a blank 文字 sheet:
   * text.shortcomings and text.plans as []): the year's unless another file of the office gives that part.
   */
  defaults: Record<string, unknown>;
  locator: LedgerLocator;
}

const boundsParams = (p: Exclude<BoundsProblem, { kind: 'not-zip' }>): { bound: LedgerBound; limit: number; part?: string } =>
  p.kind === 'rows' || p.kind === 'cells' ? { bound: p.kind, limit: p.limit, part: p.part.replace(/^xl\/worksheets\//, '') } : { bound: p.kind, limit: p.limit };

/**
 * Bytes → a parsed workbook, or the reason not. The zip is opened and its
 * parts counted first (./zip-bounds.ts); the library is given only the parts
 * that were counted, so no part it reads escaped the limits.
 */
export async function parseWorkbook(bytes: Uint8Array, file: string): Promise<Result<ExcelJS.Workbook>> {
  const at = wholeFile(file);
  const opened = openZip(bytes);
  if ('problem' in opened) {
    const p = opened.problem;
    return failed([p.kind === 'not-zip' ? diagnostic('LEDGER_UNREADABLE', { cause: p.cause === 'notZip' ? 'notZip' : p.cause }, at) : diagnostic('LEDGER_TOO_LARGE', boundsParams(p), at)]);
  }
  if (!opened.parts.has('xl/workbook.xml')) return failed([diagnostic('LEDGER_UNREADABLE', { cause: opened.parts.has('xl/workbook.bin') ? 'xlsb' : 'notWorkbook' }, at)]);
  const counted = countedZip(opened.parts);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(counted.buffer, counted.byteOffset, counted.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    // The library's message is English and about its internals; the office needs to know what to do.
    return failed([diagnostic('LEDGER_UNREADABLE', { cause: 'notWorkbook' }, at)]);
  }
  return ok(workbook);
}

/** `file` is read as given; the diagnostics name it the same way. */
export async function loadLedger(file: string): Promise<Result<LoadedLedger>> {
  const read = await readBoundedFile(file, LEDGER_LIMITS.fileBytes, wholeFile(file));
  if (read.value === undefined) return failed(read.diagnostics);
  const parsed = await parseWorkbook(read.value, file);
  if (!parsed.value) return failed(parsed.diagnostics);
  return readWorkbook(parsed.value, file);
}

/** The sheets of a parsed workbook → the raw year object. */
export function readWorkbook(workbook: ExcelJS.Workbook, file: string, locator = new LedgerLocator(file)): Result<LoadedLedger> {
  const ctx: SheetContext = { data: {}, locator, diagnostics: [], file, blankLists: [] };
  // What is missing from the whole year is shown at the office sheet's corner, when that sheet is there: its first
  // visible cell (项目), not the hidden column of keys an office cannot see.
  const first = LEDGER[0]!;
  const corner = first.type === 'fields' ? FIELD_COLUMNS.label : 1;
  if (workbook.worksheets.some((w) => w.name.trim() === first.name)) locator.set([], { sheet: first.name, row: 1, col: corner });
  const names = new Set(LEDGER.map((s) => s.name));
  const unknown = workbook.worksheets.filter((ws) => !names.has(ws.name.trim()) && ws.name.trim() !== INSTRUCTIONS_SHEET);
  for (const ws of unknown) {
    ctx.diagnostics.push(diagnostic('LEDGER_SHEET_UNKNOWN', { sheet: ws.name, known: [...names].join('、') }, { file, line: 0, column: 0, sheet: ws.name }));
  }
  for (const layout of LEDGER) {
    const ws = workbook.worksheets.find((w) => w.name.trim() === layout.name);
    if (!ws) {
      // A sheet of required fields is always missed. Any other is said only beside a sheet this version does not
      // know (it may be this one, renamed, its records unread): a ledger made before a kind of record was added
      // simply has no sheet for it, and has lost nothing.
      const required = layout.type === 'fields' && layout.rows.some((r) => r.required);
      if (required || unknown.length > 0) ctx.diagnostics.push(diagnostic('LEDGER_SHEET_MISSING', { sheet: layout.name, required }, { file, line: 0, column: 0, sheet: layout.name }));
      if (layout.type === 'fields') for (const row of layout.rows) locator.setMissing(row.path, layout.name);
      continue;
    }
    if (layout.type === 'table') readTable(ws, layout, ctx);
    else if (layout.type === 'outline') readOutline(ws, layout, ctx);
    else readFields(ws, layout, ctx);
  }
  const defaults: Record<string, unknown> = {};
  for (const p of ctx.blankLists) setAt(ctx.data[p[0] as string] === undefined ? defaults : ctx.data, p, []);
  return ok({ raw: ctx.data, defaults, locator }, ctx.diagnostics);
}
