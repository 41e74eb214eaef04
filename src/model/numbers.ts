/**
 * The year's numbers: each is the office's own count where it kept one, else
 * the number derived from its itemised records, else `undefined` (the data says
 * nothing, which the report must not print as 0). Whether counts and records
 * agree is checked by the validation rules, not here.
 */
import { COUNT_FIELDS, type CountKey, type CountValue, type YearData } from '../schema/year.js';
import type { KeyNumbers } from './key-numbers.js';
import type { Figure, Figures, YearModel } from './types.js';

/** Sum a field over records; `undefined` when no record gives it, so "unknown" never reads as 0. */
export function sumOf<T>(items: readonly T[], pick: (item: T) => number | undefined): number | undefined {
  let total: number | undefined;
  for (const item of items) {
    const v = pick(item);
    if (v !== undefined) total = (total ?? 0) + v;
  }
  return total;
}

/** One decimal, the precision the seeds print (83.3%); `undefined` without a base. */
export function percent(part: number, whole: number): number | undefined {
  if (whole <= 0) return undefined;
  return Math.round((part / whole) * 1000) / 10;
}

function fromCounts(key: CountKey, value: CountValue | undefined): Figure | undefined {
  if (value === undefined) return undefined;
  const unit = COUNT_FIELDS[key].unit;
  if (typeof value === 'number') return { value, approx: undefined, unit, source: 'counts' };
  return { value: value.value, approx: value.approx, unit, source: 'counts' };
}

type Derived = Partial<Record<CountKey, number | undefined>>;

/** Numbers derived from the records, present only when the list they come from was given. */
function derive(data: YearData): Derived {
  const d: Derived = {};
  const meetings = data.meetings;
  if (meetings) {
    d.meetings = meetings.length;
    d.partyMeetings = meetings.filter((m) => ['党委会', '党工委会', '党政联席会'].includes(m.kind)).length;
    d.forums = meetings.filter((m) => m.kind === '座谈会').length;
    d.consultations = meetings.filter((m) => m.kind === '协商会' || m.kind === '恳谈会').length;
  }
  if (data.studies) {
    d.studies = data.studies.length;
    d.studyAttendance = sumOf(data.studies, (s) => s.participants);
  }
  if (data.inspections) d.inspections = data.inspections.length;
  const proposals = data.proposals;
  if (proposals) {
    const tian = proposals.filter((p) => p.kind === '提案');
    const opinions = proposals.filter((p) => p.kind === '社情民意信息');
    d.proposals = tian.length;
    d.proposalsAdopted = tian.filter((p) => p.adopted === true).length;
    d.suggestions = proposals.filter((p) => p.kind === '建议').length;
    d.opinions = opinions.length;
    d.opinionsAdopted = opinions.filter((p) => p.adopted === true).length;
    d.instructions = proposals.filter((p) => p.instruction !== undefined).length;
  }
  const activities = data.activities;
  if (activities) {
    d.activities = activities.length;
    d.visits = sumOf(
      activities.filter((a) => a.kind === '走访' && a.quantity?.unit === '人次'),
      (a) => a.quantity?.value,
    );
  }
  return d;
}

export function buildFigures(data: YearData): Figures {
  const derived = derive(data);
  const out = {} as Figures;
  for (const key of Object.keys(COUNT_FIELDS) as CountKey[]) {
    const own = fromCounts(key, data.counts?.[key]);
    const value = derived[key];
    out[key] =
      own ?? (value === undefined ? undefined : { value, approx: undefined, unit: COUNT_FIELDS[key].unit, source: 'records' });
  }
  return out;
}

/** The key numbers the opening, the statistics table and the county roll-up share. */
export function keyNumbers(model: YearModel): KeyNumbers {
  const n = model.stats;
  return {
    members: model.members.total,
    meetings: n.meetings?.value,
    studies: n.studies?.value,
    inspections: n.inspections?.value,
    proposals: n.proposals?.value,
    proposalsAdopted: n.proposalsAdopted?.value,
    opinions: n.opinions?.value,
    visits: n.visits?.value,
    activities: n.activities?.value,
  };
}
