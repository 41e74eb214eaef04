/**
 * A point of the report in a ledger cell: the program's points shown as
 * 委员学习（members.study） — the clerk reads the name, the id keeps the cell
 * exact — and read back to the id from that form, from the id alone or from
 * the name alone. Anything else is the office's own title, kept as typed (the
 * rules say RECORD_PLACE_UNKNOWN when no outline point bears it).
 */
import { isPointId, POINTS, pointShown, pointSpec, type PointId } from '../schema/points.js';

/** 委员学习（members.study）. */
export const pointCellText = pointShown;

/** Every program point as its drop-down entry, in the points' order. */
export const POINT_CHOICES: readonly string[] = POINTS.map((p) => pointCellText(p.id));

const BY_LABEL = new Map<string, PointId>(POINTS.map((p) => [p.label, p.id]));
/** The id in brackets at the end, full- or half-width, spaces allowed: 委员学习（members.study）, 委员学习 (members.study). */
const ID_IN_BRACKETS = /[（(]\s*([a-z]+\.[a-z]+)\s*[）)]\s*$/;

/** The value a cell's text stands for: a program point's id, else the text as written (an own point's title). */
export function pointCellValue(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const t = text.trim();
  if (isPointId(t)) return t;
  const bracketed = ID_IN_BRACKETS.exec(t)?.[1];
  if (bracketed !== undefined && isPointId(bracketed)) return bracketed;
  // “members.study 委员学习”: the id first, as a developer might type it.
  const first = t.split(/\s+/)[0]!;
  if (isPointId(first) && t.slice(first.length).trim() === pointSpec(first).label) return first;
  return BY_LABEL.get(t) ?? text;
}

/** The text a cell shows for a value: a program point by name and id, an own title as it is. */
export const pointCellShown = (value: unknown): unknown => (typeof value === 'string' && isPointId(value) ? pointCellText(value) : value);
