/**
 * A number kept in `counts` that can also be counted from itemised records
 * must agree with them. Compared only when both exist: an office may keep
 * only counts, or only records. The records are counted by the rule the
 * number's kind declares (src/schema/kinds/), the same rule the report's
 * numbers are derived by.
 */
import { diagnostic, type Location } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { countedRecords, keptCount, TALLIES, type CountValue } from '../../schema/counts.js';
import type { Rule } from './context.js';
import path from 'node:path';

/** The exact number of a count, or undefined for an approximate or unknown one (20余次, 多次 cannot disagree). */
export function exactCount(v: CountValue | undefined): number | undefined {
  if (v === undefined || typeof v === 'string') return undefined;
  if (typeof v === 'number') return v;
  return v.approx === undefined && typeof v.value === 'number' ? v.value : undefined;
}

export const countsAgree: Rule = ({ data, locate }) => {
  const out: Diagnostic[] = [];
  for (const tally of TALLIES) {
    if (!tally.keep) continue;
    const value = exactCount(keptCount(data.counts, tally.key));
    if (value === undefined) continue;
    const also = tally.also?.total(data);
    if (also !== undefined && also !== value) {
      const at = locate(['counts', tally.key]);
      const rows = locate(['counts', 'adoptions']);
      out.push(diagnostic('COUNT_MISMATCH', { countTitle: tally.title, countKey: tally.key, ...countPlace(at), value, records: tally.also!.records, actual: also, where: places([rows]) }, at));
    }
    const items = countedRecords(tally, data);
    // A record whose amount is 若干 leaves the sum unknown: it cannot disagree either.
    if (items.length === 0 || items.some((it) => it.amount === null)) continue;
    const actual = items.reduce((sum, it) => sum + (it.amount ?? 0), 0);
    if (actual === value) continue;
    const at = locate(['counts', tally.key]);
    out.push(
      diagnostic(
        'COUNT_MISMATCH',
        { countTitle: tally.title, countKey: tally.key, ...countPlace(at), value, records: tally.records, actual, where: places(items.map((it) => locate(it.path))) },
        at,
      ),
    );
  }
  return out;
};

/** Where the number is: x.yaml:12, or in a ledger the 数字 sheet's cell (the message then names no YAML key). */
function countPlace(at: Location): { countAt: string; sheet?: string } {
  return at.sheet !== undefined && at.cell !== undefined ? { countAt: `${at.sheet}!${at.cell}`, sheet: at.sheet } : { countAt: `${path.basename(at.file)}:${at.line}` };
}

/**
 * “x.yaml 第 12、20、31 行”, grouped by file, capped so a message stays readable; in a ledger “会议!A3、A5”,
 * grouped by sheet. An office's files share one folder, so a message names them by file name alone (the
 * diagnostic's own path is shown by the CLI).
 */
function places(locs: Location[]): string {
  const groups = new Map<string, string[]>();
  for (const l of locs) {
    const [group, at] = l.sheet !== undefined && l.cell !== undefined ? [`${l.sheet}!`, l.cell] : [`${path.basename(l.file)} 第 `, String(l.line)];
    groups.set(group, [...(groups.get(group) ?? []), at]);
  }
  return [...groups]
    .map(([group, ats]) => `${group}${ats.slice(0, 10).join('、')}${ats.length > 10 ? ' 等' : ''}${group.endsWith('第 ') ? ' 行' : ''}`)
    .join('；');
}
