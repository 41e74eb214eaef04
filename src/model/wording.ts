/**
 * Facts about wording the model decides once, so every template reads them
 * the same way: which bodies lead the office (each named once), which work
 * areas the year has.
 */
import type { Figures } from '../schema/kind.js';
import { TALLIES } from '../schema/counts.js';
import { KINDS } from '../schema/kinds/index.js';
import { SECTIONS } from '../schema/sections.js';
import type { YearData } from '../schema/year.js';

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

/**
 * The work areas the year has content for, in the order the report treats
 * them (./schema/sections.ts): an area is there when a number that shows it
 * is above 0, or a record of a kind (or of a group) that shows it exists. The
 * opening names these and only these; an area of a section the office left
 * out (omit: true) is not in the report, so the opening does not name it.
 */
export function workAreas(data: YearData, figures: Figures): string[] {
  const present = new Set<string>();
  for (const t of TALLIES) if (t.area !== undefined && (figures[t.key]?.value ?? 0) > 0) present.add(t.area);
  for (const kind of KINDS) {
    const records = kind.recordsIn(data);
    if (records.length === 0) continue;
    if (kind.area !== undefined) present.add(kind.area);
    for (const [name, group] of Object.entries(kind.groups?.of ?? {})) {
      if (group.area !== undefined && records.some((r) => kind.groupOf(r) === name)) present.add(group.area);
    }
  }
  return SECTIONS.flatMap((s) => (data.report?.sections?.[s.key]?.omit === true ? [] : s.areas.filter((a) => present.has(a))));
}
