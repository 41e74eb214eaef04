/**
 * Write a ledger workbook to a file: whole or not at all, never over an
 * existing file without force (the same writer the reports use).
 */
import type { Result } from '../result.js';
import { writeWhole } from '../write/output-file.js';
import { ledgerWorkbook, workbookBytes, type LedgerNotes } from './write-workbook.js';

export interface SaveLedgerOptions {
  force?: boolean;
  /** What the ledger says beside the data (init --from: last year's words). */
  notes?: LedgerNotes;
}

/**
 * `data` fills the ledger (convert from YAML); without it the ledger is blank but for what is given (year, office).
 * The value is the file written, as given.
 */
export async function saveLedger(target: string, data: Record<string, unknown>, opts: SaveLedgerOptions = {}): Promise<Result<string>> {
  const bytes = await workbookBytes(ledgerWorkbook(data, opts.notes));
  return writeWhole(target, bytes, opts.force === true);
}
