/**
 * The year model: the office's facts and the numbers derived from them, with
 * no layout. Templates read it (src/render); the roll-up reads its key numbers.
 *
 * Every kind of record has one entry, `model.<kind>` (src/schema/kinds/): its
 * records sorted (`all`), each group's records (`meetings.party`), and the
 * kind's own views (`meetings.attendees`). The types of these follow from the
 * kinds' declarations.
 *
 * Every optional fact is a key that is present with the value `undefined`,
 * never a missing key: templates render with Handlebars' strict mode, which
 * throws on a missing key, and src/render/fields.ts declares exactly these keys
 * (a test holds the two equal).
 */
import type { Figure, Figures } from '../schema/kind.js';
import type { KindKey, RecordKind } from '../schema/kinds/index.js';
import type { ChapterStyle, Closing, Structure } from '../schema/outline.js';
import type { PointId } from '../schema/points.js';
import type { KeyNumberName, KeyNumbers } from './key-numbers.js';

export type { Figure, Figures };

type ItemOfKind<K extends RecordKind> = Parameters<K['label']>[0];
type ViewsOfKind<K extends RecordKind> = K['views'] extends ((...args: never[]) => infer V) | undefined ? V : object;

/** A kind's entry in the model: `all` its records, a list per group, and its own views. */
export type KindEntry<K extends RecordKind> = { all: ItemOfKind<K>[] } & { [G in keyof NonNullable<K['groups']>['of']]: ItemOfKind<K>[] } & ViewsOfKind<K>;

export type KindEntries = { [K in RecordKind as K['key']]: KindEntry<K> };

/** One record of a kind as the model gives it (`ItemOf<'meetings'>`). */
export type ItemOf<Key extends KindKey> = KindEntries[Key]['all'][number];


export interface YearModel extends KindEntries {
  year: number;
  nextYear: number;
  office: {
    name: string;
    shortName: string;
    township: string;
    superior: string;
    /** 县 or 区 (from 县政协, 区政协): how the report names county-level members. */
    superiorLevel: string;
    partyCommittee: string;
    government: string | undefined;
    /** The Party committee and the government, each named once: 镇党委、政府. */
    bodies: string;
    /** The government named after the Party committee (政府 after 镇党委, 办事处 after 街道党工委). */
    governmentShort: string | undefined;
    signature: string;
    date: string;
  };
  members: {
    total: number | undefined;
    province: number | undefined;
    city: number | undefined;
    county: number | undefined;
    liaisonContacts: number | undefined;
    /** Members and liaison contacts together (委员14名、联络对象6名，共20人), when both are known. */
    people: number | undefined;
  };
  /** The work areas that have content this year, for the opening: 学习培训、视察调研…. */
  areas: string[];
  /** The year's numbers for prose: a number that is 0 is left out (`undefined`), since the report does not boast of nothing. */
  numbers: Figures;
  /** The same numbers with their zeros, for the statistics table and the key numbers. */
  stats: Figures;
  /** The numbers the opening, the statistics table and the county roll-up share. */
  keyNumbers: KeyNumbers;
  /**
   * This year against last year, per key number: “比上年增加2次”, “与上年持平”.
   * Filled by the model stage (src/compare/with-previous.ts) when last year's numbers
   * are given (`--previous`) and both years have the number; otherwise every
   * key is present and `undefined`, so a report without a previous year reads as before.
   */
  compare: Record<KeyNumberName, string | undefined>;
  /** Last year's key numbers, when given: the statistics table's 上年 column. */
  previous?: KeyNumbers;
  text: {
    opening: string | undefined;
    highlights: string[];
    shortcomings: string[];
    plans: string[];
  };
  report: {
    title: string;
    statistics: boolean;
    /** The chapters and their points (src/schema/outline.ts): the office's outline, its settings, or the structure the year's records call for. */
    outline: ModelOutline;
  };
}

/** The outline as templates and the renderer read it. */
export interface ModelOutline {
  structure: Structure;
  closing: Closing;
  chapters: { key: string; sections: string[]; heading: string | undefined; intro: string | undefined; style: ChapterStyle; items: { ids: PointId[]; title: string | undefined; text: string | undefined }[]; notes: string[] }[];
  omitted: PointId[];
}
