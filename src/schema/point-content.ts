/**
 * Which of the program's points (./points.ts) the year gives something to
 * say, read off the data alone: records whose kind (or group) feeds the
 * point and that the office did not send elsewhere, numbers the office kept
 * that the point states, the members' roster, the other numbers of each
 * section. The default outline is chosen from this, and the rules warn about
 * a point with content that an office's own outline leaves unnamed.
 */
import { keptCount, TALLIES } from './counts.js';
import { KINDS } from './kinds/index.js';
import type { PointId } from './points.js';
import type { YearData } from './year.js';

/** A record's own place, when the office gave one (`point`, or `section` on the kinds that have it). */
export const ownPlace = (record: Record<string, unknown>): { point?: string; section?: string } => ({
  ...(typeof record['point'] === 'string' && { point: record['point'] }),
  ...(typeof record['section'] === 'string' && { section: record['section'] }),
});

/** How much each point has to say: its records kept at home, and the numbers it states. */
export function pointWeights(data: YearData): Map<PointId, { records: number; numbers: number }> {
  const out = new Map<PointId, { records: number; numbers: number }>();
  const add = (id: PointId, records: number, numbers: number) => {
    const w = out.get(id) ?? { records: 0, numbers: 0 };
    out.set(id, { records: w.records + records, numbers: w.numbers + numbers });
  };
  for (const kind of KINDS) {
    for (const record of kind.recordsIn(data)) {
      // counts.other names its section: it is that section's lead sentence.
      if (kind.key === 'others') {
        if (record['point'] === undefined) add(`${String(record['section'])}.others` as PointId, 1, 0);
        continue;
      }
      const place = ownPlace(record);
      // A record that names its kind's own section is at home.
      if (place.point !== undefined || (place.section !== undefined && place.section !== kind.placement?.section)) continue;
      const id = kind.placementOf(record)?.point;
      if (id !== undefined) add(id, 1, 0);
    }
  }
  for (const tally of TALLIES) {
    if (tally.point === undefined) continue;
    const kept = tally.keep ? keptCount(data.counts, tally.key) : undefined;
    if (kept !== undefined || tally.also?.total(data) !== undefined) add(tally.point, 0, 1);
  }
  if (data.members?.total !== undefined) add('members.roster', 0, 1);
  return out;
}

/** The points with anything to say. */
export const pointsWithContent = (data: YearData): Set<PointId> => new Set(pointWeights(data).keys());
