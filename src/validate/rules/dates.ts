/**
 * Dates belong to the report's year; the signature date (in the year or the
 * next January) comes after the
 * year's last record (a report signed before its last meeting is a typo).
 */
import { diagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { fieldName } from '../schema-labels.js';
import { dates, earliest, latest, type Rule } from './context.js';

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
    if (y !== year) out.push(diagnostic('DATE_OUTSIDE_YEAR', { field: fieldName(path), value: date, year }, locate(path)));
  }
  return out;
};

export const signedAfterLastRecord: Rule = ({ data, locate }) => {
  let last: { path: (string | number)[]; date: string } | undefined;
  for (const d of dates(data)) {
    if (d.path[0] === 'office') continue;
    if (!last || earliest(d.date) > earliest(last.date)) last = d;
  }
  if (!last || latest(data.office.date) >= earliest(last.date)) return [];
  const at = locate(last.path);
  return [
    diagnostic(
      'SIGNED_BEFORE_LAST_RECORD',
      { date: data.office.date, last: last.date, lastField: fieldName(last.path), lastAt: `${at.file}:${at.line}` },
      locate(['office', 'date']),
    ),
  ];
};
