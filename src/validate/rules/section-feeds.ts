/**
 * Which records and numbers feed which section of the report, read off the
 * kinds' placements and numbers (src/schema/kinds/): the rules warn about a
 * section with nothing to feed it, and the prepare stage lists the empty ones.
 */
import { TALLIES, keptCount } from '../../schema/counts.js';
import type { AnyKind } from '../../schema/kind.js';
import { KINDS } from '../../schema/kinds/index.js';
import type { SectionKey } from '../../schema/sections.js';
import type { YearData } from '../../schema/year.js';

export interface Feed {
  /** Chinese: names the source in messages, e.g. “会议（座谈会）”. */
  label: string;
  /** How many items this source gives the section in this year's data. */
  count: (d: YearData) => number;
}

/** The sections a kind's records go to unless a record names its own, with the choices that go to each. */
function defaultSections(kind: AnyKind): Map<SectionKey, string[]> {
  const out = new Map<SectionKey, string[]>();
  const groups = Object.values(kind.groups?.of ?? {});
  if (groups.length === 0 && kind.placement) out.set(kind.placement.section, []);
  for (const g of groups) {
    const section = (g.placement ?? kind.placement)?.section;
    if (section) out.set(section, [...(out.get(section) ?? []), ...g.values]);
  }
  return out;
}

/** A kind feeds a section with every record placed there; it is named in messages where it goes by default. */
function kindFeed(kind: AnyKind, key: SectionKey): Feed | undefined {
  const sections = defaultSections(kind);
  const values = sections.get(key);
  const count = (d: YearData) => kind.recordsIn(d).filter((r) => kind.placementOf(r)?.section === key).length;
  if (values === undefined) return { label: '', count };
  return { label: sections.size > 1 ? `${kind.title}（${values.join('、')}）` : kind.title, count };
}

/** The numbers a section prints: by their keys in YAML (counts.studies), by their rows of the 数字 sheet in a ledger. */
function countsFeed(key: SectionKey, ledger: boolean): Feed | undefined {
  const tallies = TALLIES.filter((t) => t.keep && t.section === key);
  if (tallies.length === 0) return undefined;
  const label = ledger ? `“数字”表的${tallies.map((t) => t.title).join('、')}` : `数字（${tallies.map((t) => `counts.${t.key}`).join('、')}）`;
  return { label, count: (d) => tallies.filter((t) => keptCount(d.counts, t.key) !== undefined).length };
}

/** What feeds a section: its kinds (named when they go there by default) and the numbers its template prints. */
export const sectionFeeds = (key: SectionKey, ledger = false): Feed[] =>
  [...KINDS.map((k) => kindFeed(k, key)), countsFeed(key, ledger)].filter((f): f is Feed => f !== undefined);

/** Sources every section shares: the office's own points for it. */
const pointsFeed = (key: SectionKey): Feed => ({ label: `补充要点（report.sections.${key}.points）`, count: (d) => d.report?.sections?.[key]?.points?.length ?? 0 });

/** The sources named in a message about the section. */
export const feedLabels = (key: SectionKey, ledger = false): string[] => sectionFeeds(key, ledger).map((f) => f.label).filter((l) => l !== '');

/** True when the section has at least one thing to say. */
export const sectionHasContent = (data: YearData, key: SectionKey): boolean => [...sectionFeeds(key), pointsFeed(key)].some((f) => f.count(data) > 0);

export const sectionOmitted = (data: YearData, key: SectionKey): boolean => data.report?.sections?.[key]?.omit === true;
