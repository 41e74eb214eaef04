/**
 * The year's key numbers: what the opening paragraph quotes, what the
 * statistics appendix compares with last year, and what the county roll-up
 * puts in one row per office. Each is the office's count where it kept one,
 * else the number derived from its itemised records; `undefined` when the
 * data says nothing (which is not the same as 0, and the report must not print
 * it as 0). Worked out once per year, from the year's numbers alone: last
 * year's are read the same way, without modelling last year.
 */
import type { Figures } from '../schema/kind.js';
import type { YearData } from '../schema/year.js';
import { buildFigures } from './numbers.js';

export interface KeyNumbers {
  /** 委员总数 */
  members: number | undefined;
  /** 召开会议 (all kinds), 次 */
  meetings: number | undefined;
  /** 学习培训, 次 */
  studies: number | undefined;
  /** 视察调研考察评议, 次 */
  inspections: number | undefined;
  /** 提案, 件 */
  proposals: number | undefined;
  /** 提案被采纳, 件 */
  proposalsAdopted: number | undefined;
  /** 社情民意信息, 条 */
  opinions: number | undefined;
  /** 走访委员, 人次 */
  visits: number | undefined;
  /** 联络联谊、慰问、服务活动, 次 */
  activities: number | undefined;
}

export type KeyNumberName = keyof KeyNumbers;

/** Labels and units, in the order tables show them. Every key but `members` is a number a kind feeds (a test holds it). */
export const KEY_NUMBER_COLUMNS: readonly { key: KeyNumberName; label: string; unit: string }[] = [
  { key: 'members', label: '委员', unit: '人' },
  { key: 'meetings', label: '会议', unit: '次' },
  { key: 'studies', label: '学习培训', unit: '次' },
  { key: 'inspections', label: '视察调研', unit: '次' },
  { key: 'proposals', label: '提案', unit: '件' },
  { key: 'proposalsAdopted', label: '提案被采纳', unit: '件' },
  { key: 'opinions', label: '社情民意信息', unit: '条' },
  { key: 'visits', label: '走访委员', unit: '人次' },
  { key: 'activities', label: '联谊服务活动', unit: '次' },
];

/** The key numbers of a year whose numbers are known. */
export function keyNumbersOf(figures: Figures, members: number | undefined): KeyNumbers {
  const out = { members } as KeyNumbers;
  for (const { key } of KEY_NUMBER_COLUMNS) if (key !== 'members') out[key] = figures[key]?.value;
  return out;
}

/** The key numbers of a validated year, straight from its data (last year's, for the comparison). */
export const yearKeyNumbers = (data: YearData): KeyNumbers => keyNumbersOf(buildFigures(data), data.members?.total);
