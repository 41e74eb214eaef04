/**
 * One value of the format ↔ one cell of the ledger, for each cell kind. The
 * writer and the reader share these so that a value written reads back as
 * itself (the round-trip test holds it).
 */
import { stringify } from 'yaml';
import type { CellKind } from './layout.js';

/** How booleans are shown in the ledger, with their drop-down. */
export const YES = '是';
export const NO = '否';

/** A list of text in one cell: one item a line (Alt+Enter in Excel, Ctrl+Enter in WPS). */
export const LINE_SEPARATOR = '\n';

/**
 * One item of a list cell. An office's point given as { title, body } (a section's 补充要点) is the line
 * “小标题。正文”, the form a line takes (schema/outline.ts splitOfficePoint reads both alike).
 */
function lineOf(item: unknown): string {
  if (item !== null && typeof item === 'object' && 'title' in item && 'body' in item) return `${String(item.title).trim().replace(/[。.]$/, '')}。${String(item.body)}`;
  return String(item);
}

/** Excel's number format of the date columns. */
export const DATE_FORMAT = 'yyyy-mm-dd';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The cell value written for a data value. A full date becomes a date cell
 * (Excel shows and sorts it as a date); a month-only date (2021-06) stays
 * text, since a date cell would invent a day.
 */
export function cellValueOf(kind: CellKind, value: unknown): string | number | boolean | Date | undefined {
  if (value === undefined) return undefined;
  switch (kind) {
    case 'date': {
      const m = FULL_DATE.exec(String(value));
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : String(value);
    }
    case 'boolean':
      return value === true ? YES : value === false ? NO : String(value);
    case 'lines':
      return Array.isArray(value) ? value.map(lineOf).join(LINE_SEPARATOR) : String(value);
    case 'yaml':
      return stringify(value, { lineWidth: 0 }).trimEnd();
    case 'int':
    case 'number':
      return typeof value === 'number' ? value : String(value);
    default:
      return String(value);
  }
}

/** A date cell's day as the format writes it. Excel's dates carry no zone: read them as UTC. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
