/**
 * Write a ledger workbook to a file: whole or not at all, never over an
 * existing file without force (the same writer the reports use).
 */
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { failed, ok, type Result } from '../result.js';
import { writeFileAtomic, type WriteResult } from '../write/output-file.js';
import { ledgerWorkbook, workbookBytes } from './write-workbook.js';

export interface SaveLedgerOptions {
  force?: boolean;
}

/** Why a file was not written, named as the caller gave it. */
export function writeFailure(target: string, written: Extract<WriteResult, { ok: false }>): Diagnostic {
  const at = wholeFile(target);
  if (written.reason === 'exists') return diagnostic('OUTPUT_EXISTS', { target }, at);
  const why = { target, cause: written.cause, ...(written.errno !== undefined && { errno: written.errno }) };
  return written.reason === 'busy' ? diagnostic('OUTPUT_BUSY', why, at) : diagnostic('OUTPUT_WRITE_FAILED', why, at);
}

/**
 * `data` fills the ledger (convert from YAML); without it the ledger is blank but for what is given (year, office).
 * The value is the file written, as given.
 */
export async function saveLedger(target: string, data: Record<string, unknown>, opts: SaveLedgerOptions = {}): Promise<Result<string>> {
  const bytes = await workbookBytes(ledgerWorkbook(data));
  const written = await writeFileAtomic(target, bytes, { force: opts.force === true });
  return written.ok ? ok(target) : failed([writeFailure(target, written)]);
}
