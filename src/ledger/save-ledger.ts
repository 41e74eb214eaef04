/**
 * Write a ledger workbook to a file: whole or not at all, never over an
 * existing file without force (the same writer the reports use).
 */
import { wholeFile } from '../diagnostics/create.js';
import { commitOutput, stageOutput } from '../office/write.js';
import type { Result } from '../result.js';
import { ledgerWorkbook, workbookBytes } from './write-workbook.js';

export interface SaveLedgerOptions {
  force?: boolean;
}

/**
 * Write a file whole, as the reports are written: its folder made if need be,
 * staged beside the target, then put in place (not over an existing file without
 * force). The value is the file written, as given; the diagnostics name it so.
 */
export async function writeWhole(target: string, data: Uint8Array | string, force: boolean): Promise<Result<string>> {
  const at = wholeFile(target);
  const staged = await stageOutput(target, data, at);
  if (staged.value === undefined) return staged as Result<never>;
  return commitOutput(staged.value, force, at);
}

/**
 * `data` fills the ledger (convert from YAML); without it the ledger is blank but for what is given (year, office).
 * The value is the file written, as given.
 */
export async function saveLedger(target: string, data: Record<string, unknown>, opts: SaveLedgerOptions = {}): Promise<Result<string>> {
  const bytes = await workbookBytes(ledgerWorkbook(data));
  return writeWhole(target, bytes, opts.force === true);
}
