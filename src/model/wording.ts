/**
 * Facts about wording the model decides once, so every template reads them
 * the same way: which bodies lead the office (each named once), which work
 * areas the year has, whether a study topic is a document or a theme, and
 * how an office's own point splits into its title and body.
 */
import type { YearData } from '../schema/year.js';
import type { Figures, OfficePoint } from './types.js';

/**
 * The Party committee and the government, each named once and the shared
 * prefix said once, as the seeds do: 镇党委、镇政府 → 镇党委、政府;
 * 街道党工委、街道办事处 → 街道党工委、办事处.
 */
export function composeBodies(names: readonly (string | undefined)[]): string {
  const present = [...new Set(names.filter((n): n is string => n !== undefined && n !== ''))];
  const first = present[0];
  if (first === undefined) return '';
  const prefix = /^(.+?)(?:党委|党工委)$/.exec(first)?.[1];
  return present
    .map((n, i) => (i > 0 && prefix && n.startsWith(prefix) && n.length > prefix.length ? n.slice(prefix.length) : n))
    .join('、');
}

/** A study of a document or a speech is 学习了…; anything else is a theme, 围绕…. */
export function isDocument(topic: string): boolean {
  return /《|精神$|讲话|报告$|章程|条例|决定|规定|办法|纲要|意见$/.test(topic);
}

/**
 * The work areas the year has content for, in the order the report treats
 * them. The opening names these and only these.
 */
export function workAreas(data: YearData, numbers: Figures): string[] {
  const has = (n: number | undefined) => n !== undefined && n > 0;
  // An area whose section the office left out (omit: true) is not in the report, so the opening does not name it.
  const shown = (key: 'members' | 'supervision' | 'liaison') => data.report?.sections?.[key]?.omit !== true;
  const inspections = data.inspections ?? [];
  const meetings = data.meetings ?? [];
  const activities = data.activities ?? [];
  const out: string[] = [];
  if (shown('members') && ((data.studies?.length ?? 0) > 0 || has(numbers.studies?.value))) out.push('学习培训');
  if (shown('supervision') && (inspections.length > 0 || has(numbers.inspections?.value))) out.push('视察调研');
  if (shown('supervision') && ((data.proposals?.length ?? 0) > 0 || has(numbers.proposals?.value) || has(numbers.suggestions?.value) || has(numbers.opinions?.value))) out.push('建言献策');
  if (shown('supervision') && (inspections.some((i) => i.kind === '评议') || meetings.some((m) => m.kind === '协商会' || m.kind === '恳谈会') || has(numbers.consultations?.value))) out.push('民主监督');
  if (shown('liaison') && (meetings.some((m) => m.kind === '座谈会') || activities.length > 0 || has(numbers.forums?.value) || has(numbers.visits?.value) || has(numbers.activities?.value))) out.push('联络联谊');
  return out;
}

/** The longest text a title may be: a title says what the point is about, in a few words. */
export const MAX_TITLE = 20;

/**
 * An office's points: { title, body } as written, or “标题。正文” split at
 * its first 。 when the part before it is short enough to be a title. Text
 * with no title is kept as a note (a paragraph after the section's opening):
 * never printed as a bare 三是…… fragment, never dropped.
 */
export function officePoints(
  points: readonly (string | { title: string; body: string })[],
  free: (s: string) => string,
): { points: OfficePoint[]; notes: string[] } {
  const out: OfficePoint[] = [];
  const notes: string[] = [];
  for (const p of points) {
    if (typeof p !== 'string') {
      out.push({ title: free(p.title).replace(/[。.]$/, ''), body: free(p.body) });
      continue;
    }
    const t = free(p);
    const end = t.indexOf('。');
    const title = end < 0 ? '' : t.slice(0, end);
    const body = end < 0 ? '' : t.slice(end + 1).trim();
    if (title !== '' && title.length <= MAX_TITLE && !/\d/.test(title) && body !== '') out.push({ title, body });
    else notes.push(t);
  }
  return { points: out, notes };
}
