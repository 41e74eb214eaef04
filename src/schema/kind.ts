/**
 * What a kind of record is, declared once (src/schema/kinds/*.ts) and read by
 * every stage: the schema and the JSON Schema (its fields), `init` (the same
 * fields, and what rolls into next year), the ledger (its sheet and columns),
 * the rules (its numbers and how they are counted, what makes two records the
 * same, which section it feeds), the model (its records, their groups and
 * the template views), the statistics table and --explain (its numbers), and
 * the renderer (where its records are written).
 *
 * The shape follows ESLint's rule objects: declarative facts any tool can
 * read (title, fields, numbers, placement) beside the little behaviour only
 * this kind has (`clean`, `views`), so that adding a kind is one new file and
 * its template.
 */
import * as z from 'zod';
import { labelled, list, notPrinted, text } from './fields.js';
import type { FieldSpec } from './field-spec.js';
import type { PointId } from './points.js';
import { SECTION_KEYS, SECTION_TITLES, sectionList, type SectionKey } from './sections.js';
import { valueAt } from '../util/value-at.js';

/** Where records are written by default: the point (./points.ts) and the section it belongs to. */
export interface Placement {
  section: SectionKey;
  /** The point's id; none for a kind whose records each name their section (counts.other). */
  point?: PointId;
}

/**
 * The records whose choice field (a meeting's `kind`, a study's `form`) is one
 * of `values`: the report writes them in one place, and the model hands them
 * to the templates as one list (`meetings.party`).
 */
export interface Group {
  /** What the model's list is, for docs/templates.md (default: the values). */
  label?: string;
  values: readonly string[];
  /** Default: the kind's. */
  placement?: Placement;
  /** The work area (学习培训, 联络联谊 …) records of this group show the year has, for the opening. */
  area?: string;
}

/**
 * A number the kind feeds, and the rule that counts it: the one rule `check`
 * compares an office's own count with, the model derives the report's number
 * by, and --explain says a record is counted in.
 */
export interface TallySpec<R, Groups extends string = string, K extends string = string> {
  /** The number's key: of `counts` (when the office may keep it) and of the model's `numbers`. */
  key: K;
  title: string;
  unit: string;
  description: string;
  /** The records of one group count (their section and area are the group's). */
  group?: Groups;
  /** Or the records this says yes to (all of the kind's when neither is given). */
  where?: (record: R) => boolean;
  /** What is counted, said in messages (“会议中的座谈会”); default: the group's values, or the kind's title. */
  records?: string;
  /** Each record adds the number at this path inside it (a record without it adds nothing); default 1. */
  amount?: readonly string[];
  /** The section whose template prints the number (it feeds that section); default the group's or the kind's; `null`: none. */
  section?: SectionKey | null;
  /** The point that states the number; default the group's or the kind's. */
  point?: PointId;
  /** The number as the office keeps it another way, without records (采纳采用情况 by body): used when neither a count nor records give it, and held to the count. */
  also?: { records: string; total: (data: YearLike) => number | undefined };
  /** The work area a number above 0 shows the year has, for the opening. */
  area?: string;
}

/** A tally with its rule resolved. Read generically (any kind's record), its record type is open. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Tally<R = any> {
  key: string;
  title: string;
  unit: string;
  description: string;
  records: string;
  counts: (record: R) => boolean;
  amount: readonly string[] | undefined;
  keep: boolean;
  section: SectionKey | undefined;
  /** The point that states it in the report, when one does. */
  point: PointId | undefined;
  also: TallySpec<unknown>['also'];
  area: string | undefined;
  /** The kind it belongs to (its list's key). */
  kind: string;
}

/** The year's data as the tallies read it (validated or not). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type YearLike = any;

/** A number as the year gives it: the office's own count where it kept one, else counted from its records. */
export interface Figure {
  /** The number; with `words`, 0 (not known). */
  value: number;
  approx: '余' | '多' | undefined;
  /** The office's own unit where it gave one (信息12篇), else the number's. */
  unit: string;
  /** `counts` when the office kept the number itself, `records` when derived. */
  source: 'counts' | 'records';
  /** 多次 or 若干 where the office did not know the number: printed as written, never summed. */
  words?: '多次' | '若干';
}

export type Figures = Record<string, Figure | undefined>;

// ----------------------------------------------------------------- records in the model

type Norm<T> = T extends string | number | boolean ? T : T extends readonly (infer E)[] ? Norm<E>[] : T extends object ? NormObject<T> : T;
/** An optional field stays a present key: a list is [] and a yes/no false when absent, anything else undefined. */
type NormOptional<V> = NonNullable<V> extends readonly unknown[] ? Norm<NonNullable<V>> : NonNullable<V> extends boolean ? boolean : Norm<NonNullable<V>> | undefined;
/** Every key present (mapped over `Required<T>`: `-?` would drop `undefined` from the values too); optional keys told apart by `Pick`. */
type NormObject<T> = { [K in keyof Required<T>]: Record<never, never> extends Pick<T, K> ? NormOptional<T[K]> : Norm<T[K]> };

/** A record's type as the schema reads it (open when the kind is read generically). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Out<S extends z.ZodRawShape> = 0 extends 1 & S ? any : z.output<z.ZodObject<S>>;

/**
 * A record as the model gives it to templates: every field a present key,
 * text on one line, its path in the data as `ref` (`meetings[3]`), and the
 * section it is written in (`section`, for kinds that carry one) resolved.
 */
export type Normalized<S extends z.ZodRawShape> = 0 extends 1 & S
  ? any // eslint-disable-line @typescript-eslint/no-explicit-any
  : { ref: string } & Omit<NormObject<Out<S>>, 'section'> & ('section' extends keyof Out<S> ? { section: string } : Record<never, never>);

/** What a kind's `views` get: its records (sorted), its groups' records, and the year's numbers. */
export interface ViewContext<Item> {
  all: Item[];
  groups: Record<string, Item[]>;
  figures: Figures;
}

// ----------------------------------------------------------------- the declaration

export interface KindSpec<Key extends string, Path extends readonly string[], Shape extends z.ZodRawShape, Groups extends string, CountKeys extends string, Item, Views> {
  /** The kind's name: its list's key, and its entry in the model (`model.meetings`). */
  key: Key;
  /** Where its list is in the data: ['meetings'], ['members', 'groups']. */
  path: Path;
  /** The list's Chinese title (the ledger's sheet name, messages) and what it holds. */
  title: string;
  description: string;
  /** One record's title and description. */
  record: { title: string; description: string };
  fields: Shape;
  /** Who writes its records: the section templates (through the model's lists), or its own template (templates/kinds/<key>.hbs) in each record's section. */
  writtenBy: 'sections' | 'own template';
  /** Where its records and numbers go by default. */
  placement?: Placement;
  /** Its records by a choice field, each group written at its own place. */
  groups?: { field: keyof Shape & string; of: Record<Groups, Group> };
  /** The numbers it feeds that an office may also keep in `counts` without records. */
  tallies?: readonly TallySpec<Out<Shape>, NoInfer<Groups>, CountKeys>[];
  /** The numbers it feeds that the report only derives (the statistics table's 委员活动小组). */
  derived?: readonly TallySpec<Out<Shape>, NoInfer<Groups>>[];
  /** Fields that make two records the same record typed twice. */
  identity?: readonly (keyof Shape & string)[];
  /** A few words naming one record, for --explain. */
  label: (item: Item) => string;
  /** The row heading (类别) of its numbers in the statistics table; `rows`: each record is a row of its own. */
  statistics?: string;
  /** The work area any record of the kind shows the year has. */
  area?: string;
  /** What `init --from` does with last year's list: empty it (offering a record to copy), keep it, or empty it and keep last year's as a comment under this note. */
  nextYear: 'empty' | 'keep' | { comment: string };
  /** The kind's own tidying of a normalised record (a default, quotation marks taken off). */
  clean?: (item: Normalized<Shape>) => Item;
  /** What the model hands templates besides `all` and the groups' lists, with their labels in `viewFields`. */
  views?: (ctx: ViewContext<Item>) => Views;
  viewFields?: { [K in keyof Views]: FieldSpec };
}

export interface Kind<
  Key extends string = string,
  Path extends readonly string[] = readonly string[],
  Shape extends z.ZodRawShape = z.ZodRawShape,
  Groups extends string = string,
  CountKeys extends string = string,
  Item = Record<string, unknown>,
  Views = Record<never, never>,
> extends Omit<KindSpec<Key, Path, Shape, Groups, CountKeys, Item, Views>, 'tallies' | 'derived'> {
  /** One record's schema (strict, labelled): the kind's fields and the `point` every kind has. */
  schema: z.ZodObject<Shape & PointShape, z.core.$strict>;
  /** The list's schema (labelled, bounded). */
  listSchema: z.ZodArray<z.ZodObject<Shape & PointShape, z.core.$strict>>;
  /** Every number it feeds, the ones an office may keep first. */
  tallies: readonly Tally<Out<Shape>>[];
  /** The keys of the numbers an office may keep in `counts`. */
  countKeys: readonly CountKeys[];
  /** The group a record's choice puts it in. */
  groupOf: (record: Record<string, unknown>) => Groups | undefined;
  /** The placement of one record: its own section (where it has one), its group's, or the kind's. */
  placementOf: (record: Record<string, unknown>) => Placement | undefined;
  /** Its records in (unvalidated or validated) data, as given; [] where the list is absent. */
  recordsIn: (data: unknown) => Record<string, unknown>[];
}

/** Any kind, read generically (the stages walk the table without knowing each kind's types). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKind = Kind<string, readonly string[], any, string, string, any, any>;

export function defineKind<
  const Key extends string,
  const Path extends readonly string[],
  Shape extends z.ZodRawShape,
  Groups extends string = never,
  const CountKeys extends string = never,
  Item = Normalized<Shape>,
  Views = Record<never, never>,
>(spec: KindSpec<Key, Path, Shape, Groups, CountKeys, Item, Views>): Kind<Key, Path, Shape, Groups, CountKeys, Item, Views> {
  const schema = labelled(z.strictObject({ ...spec.fields, point: pointField() }), spec.record.title, spec.record.description);
  const groupOf = (record: Record<string, unknown>): Groups | undefined => {
    if (!spec.groups) return undefined;
    const value = record[spec.groups.field];
    return (Object.entries(spec.groups.of) as [Groups, Group][]).find(([, g]) => g.values.includes(value as string))?.[0];
  };
  const groupPlacement = (group: Groups | undefined): Placement | undefined =>
    (group === undefined ? undefined : spec.groups?.of[group]?.placement) ?? spec.placement;
  const placementOf = (record: Record<string, unknown>): Placement | undefined => {
    const own = record['section'];
    const base = groupPlacement(groupOf(record));
    if (typeof own !== 'string') return base;
    return base?.point === undefined ? { section: own as SectionKey } : { section: own as SectionKey, point: base.point };
  };
  const resolve = (t: TallySpec<Out<Shape>, Groups>, keep: boolean): Tally<Out<Shape>> => {
    const group: Group | undefined = t.group === undefined ? undefined : spec.groups?.of[t.group];
    if (t.group !== undefined && !group) throw new Error(`kind ${spec.key}: tally ${t.key} names no group ${t.group}`);
    const field = spec.groups?.field;
    const inGroup = group && field ? (r: Out<Shape>) => group.values.includes((r as Record<string, unknown>)[field] as string) : undefined;
    const rule = t.where ?? inGroup ?? (() => true);
    return {
      key: t.key,
      title: t.title,
      unit: t.unit,
      description: t.description,
      records: t.records ?? (group ? `${spec.title}中的${group.values.join('、')}` : spec.title),
      // A record that stands for a practice (每月……) is told as one, and counted in no number: its times are not known.
      counts: (r: Out<Shape>) => (r as Record<string, unknown>)['frequency'] === undefined && rule(r),
      amount: t.amount,
      keep,
      section: t.section === null ? undefined : (t.section ?? groupPlacement(t.group)?.section),
      point: t.section === null ? undefined : (t.point ?? groupPlacement(t.group)?.point),
      also: t.also,
      area: t.area ?? group?.area,
      kind: spec.key,
    };
  };
  const tallies = [...(spec.tallies ?? []).map((t) => resolve(t, true)), ...(spec.derived ?? []).map((t) => resolve(t, false))];
  const { tallies: _kept, derived: _derived, ...rest } = spec;
  const recordsIn = (data: unknown): Record<string, unknown>[] => {
    const found = valueAt(data, spec.path);
    return Array.isArray(found) ? (found as Record<string, unknown>[]) : [];
  };
  return {
    ...rest,
    schema,
    listSchema: labelled(list(schema), spec.title, spec.description),
    tallies,
    countKeys: (spec.tallies ?? []).map((t) => t.key),
    groupOf,
    placementOf,
    recordsIn,
  };
}

type PointShape = { point: ReturnType<typeof pointField> };

/**
 * The `point` every kind has: the point of the office's choosing a record is
 * told under, instead of its kind's (社情民意 told with the studies, as one
 * office did).
 */
export function pointField() {
  return text(
    '写入要点',
    `这条记录写在报告的哪一点：要点的代号（如“members.study”，见 docs/data-format.md 的要点表），或本单位提纲（report.outline）里自己的要点标题。不写时写在这一类记录默认的要点。${notPrinted('只决定这条记录写在哪一点')}`,
  ).optional();
}

/**
 * The `section` field of a kind written by its own template: which part of
 * the report a record goes in, the kind's default unless the office says.
 */
export function sectionField(fallback: SectionKey) {
  const others = SECTION_KEYS.filter((k) => k !== fallback);
  return text(
    '所属部分',
    `写入报告的哪一部分：${fallback}（${SECTION_TITLES[fallback]}，默认）、${sectionList(others)}，或本单位自设部分（report.own）的 key。${notPrinted('只决定这条记录写在哪一部分')}`,
  ).optional();
}
