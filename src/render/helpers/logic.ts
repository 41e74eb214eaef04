/**
 * Helpers for conditions and arithmetic over the model. Counting and summing
 * read records through `unwrap`, so a record that is only counted is not
 * taken as written into the prose (see ../track.ts).
 */
import { unwrap } from '../track.js';
import type { HelperFn } from './types.js';

const params = (args: unknown[]): unknown[] => args.slice(0, -1);

/** Handlebars' own idea of empty: undefined, null, false, '', 0 and []. */
const truthy = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));

const valueOf = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'object' && v !== null && 'value' in v) {
    const inner = (unwrap(v) as { value?: unknown }).value;
    return typeof inner === 'number' ? inner : undefined;
  }
  return undefined;
};

export const logicHelpers: Record<string, HelperFn> = {
  /** {{len meetings.forums}} → 2 */
  len: (...a) => {
    const v = params(a)[0];
    return Array.isArray(v) ? v.length : 0;
  },
  /** {{sum activities.visits "quantity.value"}}: a dotted field inside each record. */
  sum: (...a) => {
    const [list, field] = params(a);
    if (!Array.isArray(list) || typeof field !== 'string') return undefined;
    let total: number | undefined;
    for (const item of list) {
      let v: unknown = unwrap(item);
      for (const key of field.split('.')) {
        v = typeof v === 'object' && v !== null && Object.prototype.hasOwnProperty.call(v, key) ? unwrap((v as Record<string, unknown>)[key]) : undefined;
      }
      if (typeof v === 'number' && Number.isFinite(v)) total = (total ?? 0) + v;
    }
    return total;
  },
  /** {{#if (eq kind "座谈会")}} */
  eq: (...a) => {
    const [x, y] = params(a);
    return x === y;
  },
  ne: (...a) => {
    const [x, y] = params(a);
    return x !== y;
  },
  /** {{#if (gt numbers.forums 1)}}: Figures compare by their value. */
  gt: (...a) => {
    const [x, y] = params(a).map(valueOf);
    return x !== undefined && y !== undefined && x > y;
  },
  /** {{#unless (includes title place)}}: whether a text already says something. */
  includes: (...a) => {
    const [x, y] = params(a);
    return typeof x === 'string' && typeof y === 'string' && y !== '' && x.includes(y);
  },
  /** {{#if (mentions topic "部署" "计划")}}: whether a text says any of the words. */
  mentions: (...a) => {
    const [text, ...words] = params(a);
    return typeof text === 'string' && words.some((w) => typeof w === 'string' && w !== '' && text.includes(w));
  },
  /** {{either frequency frequency (md date)}}: the second value when the first is non-empty, else the third. */
  either: (...a) => {
    const [cond, yes, no] = params(a);
    return truthy(cond) ? yes : no;
  },
  /** {{#if (kept numbers.activities)}}: a number the office kept itself in `counts` (not one counted from records). */
  kept: (...a) => {
    const v = params(a)[0];
    return typeof v === 'object' && v !== null && (unwrap(v) as { source?: unknown }).source === 'counts';
  },
  and: (...a) => params(a).every(truthy),
  or: (...a) => params(a).some(truthy),
  not: (...a) => !truthy(params(a)[0]),
};
