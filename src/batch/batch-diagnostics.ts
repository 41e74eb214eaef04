/**
 * The batch's diagnostics now live in the one catalogue
 * (src/diagnostics/catalogue.ts, codes BATCH_*); these names stay so the batch
 * code reads as before.
 */
import { diagnostic, type Location } from '../diagnostics/catalogue.js';

export const batchDiagnostic = diagnostic;

/** A location for a problem that concerns a whole file, not a node in it. */
export const wholeFile = (file: string): Location => ({ file, line: 0, column: 0 });
