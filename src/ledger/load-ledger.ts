/**
 * Read one ledger workbook (.xlsx): bounded, then parsed, then its sheets
 * turned into the raw year object the YAML reader would give, with a locator
 * that points diagnostics at sheet!cell. Never throws for the user's file.
 */
import ExcelJS from 'exceljs';
import { diagnostic, wholeFile } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readRegularFile } from '../load/read-source.js';
import { INSTRUCTIONS_SHEET, LEDGER } from './layout.js';
import { LedgerLocator } from './ledger-locator.js';
import { readFields, readTable, type SheetContext } from './read-sheets.js';
import { checkZipBounds, LEDGER_LIMITS, type BoundsProblem } from './zip-bounds.js';

export const LEDGER_EXTENSIONS = ['.xlsx'];
export const isLedgerFile = (name: string): boolean => name.toLowerCase().endsWith('.xlsx') && !name.startsWith('~$');

export interface LoadedLedger {
  raw: Record<string, unknown> | undefined;
  diagnostics: Diagnostic[];
  locator: LedgerLocator;
}

const boundsMessage = (p: Exclude<BoundsProblem, { kind: 'not-zip' }>): { what: string; limit: number } => {
  switch (p.kind) {
    case 'unzipped':
      return { what: '解压后的大小（字节）', limit: p.limit };
    case 'parts':
      return { what: '包含的部件数', limit: p.limit };
    case 'rows':
      return { what: `中一张工作表（${p.part.replace(/^xl\/worksheets\//, '')}）的行数`, limit: p.limit };
    case 'strings':
      return { what: '中的不同文字数（共享字符串）', limit: p.limit };
  }
};

/** Bytes → a parsed workbook, or the reason not: the limits are checked before the library sees the bytes. */
export async function parseWorkbook(bytes: Uint8Array, shown: string): Promise<{ workbook?: ExcelJS.Workbook; diagnostics: Diagnostic[] }> {
  const at = wholeFile(shown);
  const bounds = checkZipBounds(bytes);
  if (bounds?.kind === 'not-zip') return { diagnostics: [diagnostic('LEDGER_UNREADABLE', { reason: bounds.detail }, at)] };
  if (bounds) return { diagnostics: [diagnostic('LEDGER_TOO_LARGE', boundsMessage(bounds), at)] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    // The library's message is English and about its internals; the office needs to know what to do.
    return { diagnostics: [diagnostic('LEDGER_UNREADABLE', { reason: '文件不是完整的 Excel 工作簿（.xlsx），可能已损坏，或是改了扩展名的其他文件' }, at)] };
  }
  return { workbook, diagnostics: [] };
}

export async function loadLedger(file: string, shown: string): Promise<LoadedLedger> {
  const locator = new LedgerLocator(shown);
  const at = wholeFile(shown);
  let bytes: Uint8Array;
  try {
    const read = await readRegularFile(file, LEDGER_LIMITS.fileBytes);
    if (read.kind === 'not-file') return { raw: undefined, locator, diagnostics: [diagnostic('FILE_UNREADABLE', { reason: read.reason }, at)] };
    if (read.kind === 'too-large') return { raw: undefined, locator, diagnostics: [diagnostic('FILE_TOO_LARGE', { size: read.size, limit: LEDGER_LIMITS.fileBytes }, at)] };
    bytes = read.bytes;
  } catch {
    return { raw: undefined, locator, diagnostics: [diagnostic('FILE_UNREADABLE', { reason: '文件打不开（不存在或没有读取权限）' }, at)] };
  }
  const parsed = await parseWorkbook(bytes, shown);
  if (!parsed.workbook) return { raw: undefined, locator, diagnostics: parsed.diagnostics };
  return readWorkbook(parsed.workbook, shown, locator);
}

/** The sheets of a parsed workbook → the raw year object. */
export function readWorkbook(workbook: ExcelJS.Workbook, shown: string, locator = new LedgerLocator(shown)): LoadedLedger {
  const ctx: SheetContext = { data: {}, locator, diagnostics: [], file: shown };
  // What is missing from the whole year is shown at the office sheet's corner, when that sheet is there.
  const first = LEDGER[0]!;
  if (workbook.worksheets.some((w) => w.name.trim() === first.name)) locator.set([], { sheet: first.name, row: 1, col: 1 });
  const names = new Set(LEDGER.map((s) => s.name));
  for (const ws of workbook.worksheets) {
    const name = ws.name.trim();
    if (names.has(name) || name === INSTRUCTIONS_SHEET) continue;
    ctx.diagnostics.push(diagnostic('LEDGER_SHEET_UNKNOWN', { sheet: ws.name, known: [...names].join('、') }, { file: shown, line: 0, column: 0, sheet: ws.name }));
  }
  for (const layout of LEDGER) {
    const ws = workbook.worksheets.find((w) => w.name.trim() === layout.name);
    if (!ws) {
      const required = layout.type === 'fields' && layout.rows.some((r) => r.required);
      ctx.diagnostics.push(diagnostic('LEDGER_SHEET_MISSING', { sheet: layout.name, required }, { file: shown, line: 0, column: 0, sheet: layout.name }));
      continue;
    }
    if (layout.type === 'table') readTable(ws, layout, ctx);
    else readFields(ws, layout, ctx);
  }
  return { raw: ctx.data, diagnostics: ctx.diagnostics, locator };
}
