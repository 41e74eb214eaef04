/**
 * A number kept in `counts` that can also be counted from itemised records
 * must agree with them. Compared only when both exist: an office may keep
 * only counts, or only records.
 */
import { diagnostic } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { COUNT_FIELDS, type CountKey, type CountValue, type YearData } from '../../schema/year.js';
import type { DataPath } from '../../load/positions.js';
import type { Rule } from './context.js';

interface Derivation {
  /** Chinese: what is counted, e.g. “会议中的座谈会”. */
  records: string;
  /** Paths of the records that count, and how much each adds. */
  items: (d: YearData) => { path: DataPath; amount: number }[];
}

const meetingsOf = (kinds: readonly string[] | 'all') => (d: YearData) =>
  (d.meetings ?? []).flatMap((m, i) => (kinds === 'all' || kinds.includes(m.kind) ? [{ path: ['meetings', i], amount: 1 }] : []));

const each = (list: 'studies' | 'inspections') => (d: YearData) => (d[list] ?? []).map((_, i) => ({ path: [list, i] as DataPath, amount: 1 }));

const proposalsOf = (kind: string) => (d: YearData) =>
  (d.proposals ?? []).flatMap((p, i) => (p.kind === kind ? [{ path: ['proposals', i] as DataPath, amount: 1 }] : []));

/** Which counts can be derived from records, and how. Exported for the report model. */
export const DERIVABLE_COUNTS: Partial<Record<CountKey, Derivation>> = {
  forums: { records: '会议中的座谈会', items: meetingsOf(['座谈会']) },
  meetings: { records: '会议', items: meetingsOf('all') },
  partyMeetings: { records: '会议中的党委会、党工委会', items: meetingsOf(['党委会', '党工委会']) },
  consultations: { records: '会议中的协商会、恳谈会', items: meetingsOf(['协商会', '恳谈会']) },
  studies: { records: '学习', items: each('studies') },
  inspections: { records: '视察调研', items: each('inspections') },
  proposals: { records: '提案建议中的提案', items: proposalsOf('提案') },
  opinions: { records: '提案建议中的社情民意信息', items: proposalsOf('社情民意信息') },
  visits: {
    records: '活动中以“人次”计的走访',
    items: (d) =>
      (d.activities ?? []).flatMap((a, i) =>
        a.kind === '走访' && a.quantity?.unit === '人次' ? [{ path: ['activities', i, 'quantity', 'value'] as DataPath, amount: a.quantity.value }] : [],
      ),
  },
};

/** The exact number of a count, or undefined for an approximate one (20余次 cannot disagree). */
export function exactCount(v: CountValue | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return v;
  return v.approx === undefined ? v.value : undefined;
}

export const countsAgree: Rule = ({ data, locate }) => {
  const out: Diagnostic[] = [];
  for (const [key, derivation] of Object.entries(DERIVABLE_COUNTS) as [CountKey, Derivation][]) {
    const value = exactCount(data.counts?.[key]);
    if (value === undefined) continue;
    const items = derivation.items(data);
    if (items.length === 0) continue;
    const actual = items.reduce((sum, it) => sum + it.amount, 0);
    if (actual === value) continue;
    const at = locate(['counts', key]);
    out.push(
      diagnostic(
        'COUNT_MISMATCH',
        { countTitle: COUNT_FIELDS[key].title, countKey: key, countAt: `${at.file}:${at.line}`, value, records: derivation.records, actual, where: places(items.map((it) => locate(it.path))) },
        at,
      ),
    );
  }
  return out;
};

/** “examples/x.yaml 第 12、20、31 行”, grouped by file, capped so a message stays readable. */
function places(locs: { file: string; line: number }[]): string {
  const byFile = new Map<string, number[]>();
  for (const l of locs) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l.line]);
  return [...byFile]
    .map(([file, lines]) => `${file} 第 ${lines.slice(0, 10).join('、')}${lines.length > 10 ? ' 等' : ''} 行`)
    .join('；');
}
