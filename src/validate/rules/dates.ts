/**
 * Dates belong to the report's year; the signature date (in the year or the
 * next January) comes after the
 * year's last record (a report signed before its last meeting is a typo).
 */
import { diagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { fieldName } from '../schema-labels.js';
import { dates, earliest, latest, type Rule } from './context.js';
import { parseWhen } from '../../schema/when.js';
import path from 'node:path';

export const datesInYear: Rule = ({ data, locate }) => {
  const out: Diagnostic[] = [];
  const year = data.year;
  for (const { path, date } of dates(data)) {
    const y = Number(date.slice(0, 4));
    const isSignature = path.length === 2 && path[0] === 'office';
    if (isSignature) {
      // A summary is often signed early the next January; later than that it is another year's report (or a typo).
      const ok = y === year || (y === year + 1 && date.slice(5, 7) === '01');
      if (!ok) out.push(diagnostic('SIGNATURE_DATE_OUTSIDE', { value: date, year, nextYear: year + 1 }, locate(path)));
      continue;
    }
    // 上半年 and the other parts of the year are the report's own year.
    const written = parseWhen(date)?.year ?? (Number.isNaN(y) ? year : y);
    if (written !== year) out.push(diagnostic('DATE_OUTSIDE_YEAR', { field: fieldName(path), value: date, year }, locate(path)));
  }
  return out;
};

export const signedAfterLastRecord: Rule = ({ data, locate }) => {
  let last: { path: (string | number)[]; date: string } | undefined;
  for (const d of dates(data)) {
    if (d.path[0] === 'office') continue;
    if (!last || earliest(d.date, data.year) > earliest(last.date, data.year)) last = d;
  }
  if (!last || latest(data.office.date, data.year) >= earliest(last.date, data.year)) return [];
  const at = locate(last.path);
  return [
    diagnostic(
      'SIGNED_BEFORE_LAST_RECORD',
      { date: data.office.date, last: last.date, lastField: fieldName(last.path), lastAt: `${path.basename(at.file)}:${at.line}` },
      locate(['office', 'date']),
    ),
  ];
};
