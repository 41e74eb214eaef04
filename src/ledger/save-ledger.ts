/**
 * Write a ledger workbook to a file: whole or not at all, never over an
 * existing file without force (the same writer the reports use).
 */
import { diagnostic, wholeFile } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../write/output-file.js';
import { ledgerWorkbook, workbookBytes } from './write-workbook.js';

export interface SaveLedgerOptions {
  force?: boolean;
}

/** `data` fills the ledger (convert from YAML); without it the ledger is blank but for what is given (year, office). */
export async function saveLedger(target: string, shown: string, data: Record<string, unknown>, opts: SaveLedgerOptions = {}): Promise<Diagnostic[]> {
  const bytes = await workbookBytes(ledgerWorkbook(data));
  const written = await writeFileAtomic(target, bytes, { force: opts.force === true });
  if (written.ok) return [];
  const at = wholeFile(shown);
  if (written.reason === 'exists') return [diagnostic('OUTPUT_EXISTS', { target: shown, reason: written.message }, at)];
  if (written.reason === 'busy') return [diagnostic('OUTPUT_BUSY', { target: shown, reason: written.message }, at)];
  return [diagnostic('OUTPUT_WRITE_FAILED', { target: shown, reason: written.message }, at)];
}
