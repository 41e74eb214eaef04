/** Hostile workbooks cost no more than the limits: each is refused by the pre-pass with the limit it crossed. */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../src/ledger/load-ledger.js';
import { ledgerWorkbook, workbookBytes } from '../../src/ledger/write-workbook.js';
import { checkZipBounds, LEDGER_LIMITS } from '../../src/ledger/zip-bounds.js';

const withParts = async (extra: Record<string, Uint8Array>): Promise<Uint8Array> => {
  const parts = unzipSync(await workbookBytes(ledgerWorkbook({})));
  return zipSync({ ...parts, ...extra }, { level: 9 });
};

describe('zip bounds', () => {
  it('a blank ledger is inside every limit', async () => {
    expect(checkZipBounds(await workbookBytes(ledgerWorkbook({})))).toBeUndefined();
  });

  it('a zip bomb (a part inflating past the total) is stopped at the limit', async () => {
    const bomb = await withParts({ 'xl/media/image1.bin': new Uint8Array(LEDGER_LIMITS.unzippedBytes + 1) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(checkZipBounds(bomb)).toEqual({ kind: 'unzipped', limit: LEDGER_LIMITS.unzippedBytes });
  });

  it('a shared strings bomb is counted as it streams', async () => {
    const strings = strToU8(`<sst>${'<si><t>a</t></si>'.repeat(LEDGER_LIMITS.sharedStrings + 1)}</sst>`);
    expect(checkZipBounds(await withParts({ 'xl/sharedStrings.xml': strings }))).toEqual({ kind: 'strings', limit: LEDGER_LIMITS.sharedStrings });
  });

  it('a million rows are refused before the workbook is parsed', async () => {
    const rows = strToU8(`<worksheet><sheetData>${'<row r="1"/>'.repeat(1_000_000)}</sheetData></worksheet>`);
    const bytes = await withParts({ 'xl/worksheets/sheet2.xml': rows });
    expect(checkZipBounds(bytes)).toEqual({ kind: 'rows', part: 'xl/worksheets/sheet2.xml', limit: LEDGER_LIMITS.rowsPerSheet });
    const parsed = await parseWorkbook(bytes, '台账.xlsx');
    expect(parsed.value).toBeUndefined();
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['LEDGER_TOO_LARGE']);
  });

  it('too many parts', async () => {
    const many = Object.fromEntries(Array.from({ length: LEDGER_LIMITS.parts }, (_, i) => [`xl/x${i}.xml`, strToU8('x')]));
    expect(checkZipBounds(await withParts(many))).toEqual({ kind: 'parts', limit: LEDGER_LIMITS.parts });
  });

  it('not a zip at all', () => {
    expect(checkZipBounds(strToU8('year: 2021'))?.kind).toBe('not-zip');
  });
});
