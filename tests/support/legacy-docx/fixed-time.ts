/**
 * The one date a rendered .docx carries (docProps/core.xml created/modified
 * and the zip entries' times), chosen so that the same ReportDocument always
 * gives the same bytes:
 *   1. opts.date, when the caller passes one;
 *   2. else SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 *      convention), when set to a valid number;
 *   3. else the signature's date (成文日期) at 00:00 UTC, which is the date the
 *      document itself claims to be written;
 *   4. else 31 December of the report's year, 00:00 UTC.
 * The current time is never used: it would make every build differ.
 */
import type { ReportDocument } from '../../../src/document/model.js';

/** "2024年12月20日", "2024-12-20", "2024/12/20", "2024.12.20" → a UTC date, or undefined. */
export function parseDocumentDate(text: string): Date | undefined {
  const m = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Reject 2023-02-30 and the like, which Date would silently roll over.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date;
}

export function fixedTime(
  doc: ReportDocument,
  explicit?: Date,
  env: NodeJS.ProcessEnv = process.env,
): Date {
  if (explicit && !Number.isNaN(explicit.getTime())) return explicit;
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  for (const block of doc.blocks) {
    if (block.type === 'signature') {
      const parsed = parseDocumentDate(block.date);
      if (parsed) return parsed;
    }
  }
  const year = Number.isInteger(doc.year) && doc.year >= 1980 && doc.year <= 2099 ? doc.year : 2000;
  return new Date(Date.UTC(year, 11, 31));
}

/** W3CDTF as core.xml expects, to the second: 2024-12-20T00:00:00Z. */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
