/**
 * Which records feed which section of the report. The one place this is
 * written down: the rules warn about a section with nothing to feed it, and
 * the report model uses the same mapping to decide what to write where.
 */
import type { CountKey, SectionKey, YearData } from '../../schema/year.js';

export interface Feed {
  /** Chinese: names the source in messages, e.g. “党委会、党工委会、党政联席会”. */
  label: string;
  /** How many items this source gives the section in this year's data. */
  count: (d: YearData) => number;
}

const meetings = (kinds: readonly string[]): Feed => ({
  label: `会议（${kinds.join('、')}）`,
  count: (d) => (d.meetings ?? []).filter((m) => kinds.includes(m.kind)).length,
});
const proposals = (kind: string): Feed => ({ label: kind, count: (d) => (d.proposals ?? []).filter((p) => p.kind === kind).length });
const counts = (...keys: CountKey[]): Feed => ({
  label: `数字（${keys.map((k) => `counts.${k}`).join('、')}）`,
  count: (d) => keys.filter((k) => d.counts?.[k] !== undefined).length,
});
const list = (label: string, get: (d: YearData) => readonly unknown[] | undefined): Feed => ({ label, count: (d) => get(d)?.length ?? 0 });

export const SECTION_FEEDS: Record<SectionKey, readonly Feed[]> = {
  leadership: [
    meetings(['党委会', '党工委会', '党政联席会']),
    list('保障投入', (d) => d.support),
    list('工作制度', (d) => d.mechanisms),
    list('委员活动小组', (d) => d.members?.groups),
    counts('partyMeetings'),
  ],
  members: [list('学习', (d) => d.studies), list('表彰', (d) => d.members?.commendations), counts('studies', 'studyAttendance')],
  supervision: [
    list('视察调研', (d) => d.inspections),
    proposals('提案'),
    proposals('建议'),
    meetings(['协商会', '恳谈会']),
    counts('inspections', 'proposals', 'suggestions', 'consultations'),
  ],
  liaison: [
    meetings(['座谈会']),
    list('活动', (d) => d.activities),
    proposals('社情民意信息'),
    counts('forums', 'visits', 'opinions', 'activities'),
  ],
};

/** Sources every section shares: the office's own other numbers and points for it. */
const commonFeeds = (key: SectionKey): Feed[] => [
  list('其他数字（counts.other）', (d) => d.counts?.other?.filter((o) => o.section === key)),
  list(`补充要点（report.sections.${key}.points）`, (d) => d.report?.sections?.[key]?.points),
];

export const feedsOf = (key: SectionKey): Feed[] => [...SECTION_FEEDS[key], ...commonFeeds(key)];

/** True when the section has at least one thing to say. */
export const sectionHasContent = (data: YearData, key: SectionKey): boolean => feedsOf(key).some((f) => f.count(data) > 0);

export const sectionOmitted = (data: YearData, key: SectionKey): boolean => data.report?.sections?.[key]?.omit === true;
