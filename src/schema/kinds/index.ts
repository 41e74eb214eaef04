/**
 * Every kind of record, in the table's order: the order of the lists in the
 * format (and so in the JSON Schema and `init`'s file), of the ledger's
 * sheets, of --explain, and of the points the kinds written by their own
 * template add to a section. Adding a kind is adding its file here.
 */
import type * as z from 'zod';
import type { AnyKind } from '../kind.js';
import { activities } from './activities.js';
import { adoptions } from './adoptions.js';
import { campaigns } from './campaigns.js';
import { inspections } from './inspections.js';
import { mechanisms } from './mechanisms.js';
import { meetings } from './meetings.js';
import { delegations } from './delegations.js';
import { commendations, groups, stories } from './members.js';
import { others } from './others.js';
import { proposals } from './proposals.js';
import { studies } from './studies.js';
import { support } from './support.js';
import { trainings } from './trainings.js';

export const RECORD_KINDS = [meetings, studies, inspections, proposals, activities, mechanisms, support, groups, commendations, campaigns, stories, trainings, delegations, others, adoptions] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

/** The same table for code that reads any kind alike. */
export const KINDS: readonly AnyKind[] = RECORD_KINDS;
export type KindKey = RecordKind['key'];

/** The optional list schemas of the kinds kept at the top of the year (`meetings`), by key. */
export type TopLists = { [K in RecordKind as K['path'] extends readonly [infer N extends string] ? N : never]: z.ZodOptional<K['listSchema']> };
/** The optional list schemas of the kinds kept inside `parent` (`members.groups`), by key. */
export type ListsIn<Parent extends string> = { [K in RecordKind as K['path'] extends readonly [Parent, infer N extends string] ? N : never]: z.ZodOptional<K['listSchema']> };

/** The lists at the top of the year, for its schema. */
export const topLists = (): TopLists =>
  Object.fromEntries(RECORD_KINDS.filter((k) => k.path.length === 1).map((k) => [k.path[0], k.listSchema.optional()])) as unknown as TopLists;

/** The lists inside one part of the year (`members`, `counts`), for its schema. */
export const listsIn = <Parent extends string>(parent: Parent): ListsIn<Parent> =>
  Object.fromEntries(RECORD_KINDS.filter((k) => k.path.length === 2 && k.path[0] === parent).map((k) => [k.path[1], k.listSchema.optional()])) as unknown as ListsIn<Parent>;
