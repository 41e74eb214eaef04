/**
 * fast-check arbitraries of valid years (by the schema) for property tests
 * that build whole reports. Records of every kind are generated from the
 * kinds' table, field by field from each kind's schema (issue 18's gap, issue
 * 19): every field, every kind (delegations, trainings, campaigns, stories,
 * adoptions …), partial dates, practices (frequency), records placed under
 * other points, outlines of the office's own. Texts include the strings that
 * broke XML writers and YAML tools before: markup characters, Handlebars
 * syntax, line breaks, U+FFFE / U+FFFF, lone surrogates, C0 controls.
 */
import fc from 'fast-check';
import * as z from 'zod';
import type { AnyKind } from '../../src/schema/kind.js';
import { KINDS } from '../../src/schema/kinds/index.js';
import { POINT_IDS } from '../../src/schema/points.js';
import { CHAPTER_STYLES, CLOSINGS } from '../../src/schema/report.js';
import { PERIOD_WORDS, XUN } from '../../src/schema/when.js';
import { DATE_SCHEMAS, SECTION_KEYS } from '../../src/schema/year.js';

/** Strings that must come out of a .docx as text, or be removed with a warning: never break the file. */
export const NASTY_STRINGS = [
  '&<>"\'',
  'A & B <C>',
  '{{x}}',
  '{{office.name}}',
  '{{constructor.constructor}}',
  '第一行\n第二行',
  '尾随换行\n',
  '含\uFFFE字符',
  '含\uFFFF字符',
  '孤\uD800代理',
  '孤\uDFFF尾',
  '控制\u0001\u0007\u001B字符',
  '换页\u000C和竖表\u000B',
  ']]>结束',
  '<w:p>伪造段落</w:p>',
  '𠀀扩展汉字',
  '\\反斜杠',
] as const;

export const nasty = fc.constantFrom(...NASTY_STRINGS);
/** A non-blank text: nasty, random, or ordinary Chinese. */
export const word = fc.oneof(
  nasty,
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
  fc.constantFrom('乡村振兴', '优化营商环境', '油茶产业发展', '委员履职'),
);
const count = fc.integer({ min: 0, max: 500 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
/** An optional field that changes where or how a record is told (point, frequency): present in about one record of five. */
const rare = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export const YEAR = 2021;
/** Dates within the year, none after the signature date below: a day, a month, a part of a month, a part of the year (src/schema/when.ts). */
export const date = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${YEAR}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }).map((m) => `${YEAR}-${String(m).padStart(2, '0')}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(...(Object.keys(XUN) as (keyof typeof XUN)[]))).map(([m, x]) => `${YEAR}-${String(m).padStart(2, '0')}-${x}`) },
  { weight: 1, arbitrary: fc.constantFrom(...PERIOD_WORDS) },
);

type AnySchema = z.ZodType;
/** Fields that count the people who took part. */
const HEAD_COUNTS = new Set(['participants', 'attendees', 'people']);
const unwrapped = (s: AnySchema): AnySchema => (s instanceof z.ZodOptional ? unwrapped(s.unwrap() as AnySchema) : s);
const minItems = (s: z.ZodArray): number => Number((s as unknown as { _zod: { bag: { minimum?: number } } })._zod.bag.minimum ?? 0);

/**
 * A value of a field, read off the field's schema (src/schema/kinds/), so every
 * field of every kind is generated — a field added to a kind is generated
 * without touching this file. `text` is what text fields are filled with.
 */
function fieldOf(key: string, schema: AnySchema, text: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const s = unwrapped(schema);
  if (key === 'point') return fc.constantFrom(...POINT_IDS);
  if (key === 'section') return fc.constantFrom(...SECTION_KEYS);
  if (DATE_SCHEMAS.has(s)) return date;
  if (s instanceof z.ZodEnum) return fc.constantFrom(...(s.options as string[]));
  if (s instanceof z.ZodBoolean) return fc.boolean();
  // Amounts as offices write them: whole numbers or two decimals (1.6万元), not 5e-324. A head count
  // (participants, attendees, people) of 0 is not one an office records: `summary init` writes 0 as the
  // blank to fill, and the report leaves it out (check does not refuse it).
  if (s instanceof z.ZodNumber) return s.isInt ? fc.integer({ min: Math.max(HEAD_COUNTS.has(key) ? 1 : 0, s.minValue ?? 0), max: 500 }) : fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
  if (s instanceof z.ZodUnion) return fc.oneof(...(s.options as AnySchema[]).map((o) => fieldOf(key, o, text)));
  // Up to six: an office that visited five places in order prints all five (a cut at three once hid them).
  if (s instanceof z.ZodArray) return fc.array(fieldOf(key, s.element as AnySchema, text), { minLength: Math.max(1, minItems(s)), maxLength: 6 });
  if (s instanceof z.ZodObject) return objectOf(s, text);
  if (key === 'unit') return fc.constantFrom('人次', '户', '份', '篇');
  return text;
}

function objectOf(schema: z.ZodObject, text: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
  const shape = schema.shape as Record<string, AnySchema>;
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, child]) => {
      const arb = fieldOf(key, child, text);
      if (!(child instanceof z.ZodOptional)) return [key, arb];
      return [key, key === 'point' || key === 'frequency' ? rare(arb) : opt(arb)];
    }),
  );
  return fc.record(fields).map(strip);
}

/**
 * A record as an office writes it, where one field bounds another: a rule without a name says what it is;
 * an honour names no more people than it counts (count 1 with two names contradicts itself, and `check`
 * does not yet refuse it: FUZZ_SEED 12345 printed the two names and lost the 1).
 */
function agreeing(kind: AnyKind, r: Record<string, unknown>): Record<string, unknown> {
  if (kind.key === 'mechanisms' && r['name'] === undefined && r['content'] === undefined) return { ...r, content: '每季度至少开展一次活动' };
  if (kind.key === 'commendations' && Array.isArray(r['names']) && typeof r['count'] === 'number' && r['names'].length > r['count']) return { ...r, count: r['names'].length };
  return r;
}

/** One record of a kind, every field from its schema, its fields agreeing. */
export const recordOf = (kind: AnyKind, text: fc.Arbitrary<string> = word): fc.Arbitrary<Record<string, unknown>> => objectOf(kind.schema, text).map((r) => agreeing(kind, r));

/** Every kind's list, from the kinds' table (src/schema/kinds/index.ts): a year's records, placed where each kind keeps them. */
export function recordsOf(text: fc.Arbitrary<string> = word, maxLength = 4): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(KINDS.map((k) => [k.path.join('.'), opt(fc.array(recordOf(k, text), { maxLength }))]))).map((lists) => {
    const out: Record<string, Record<string, unknown> | unknown[]> = {};
    for (const [path, list] of Object.entries(lists)) {
      if (list === undefined) continue;
      const [head, tail] = path.split('.') as [string, string | undefined];
      if (tail === undefined) out[head] = list as unknown[];
      else out[head] = { ...((out[head] as Record<string, unknown> | undefined) ?? {}), [tail]: list };
    }
    return out;
  });
}

/** An outline of the office's own (report.outline): built-in chapters and chapters of its own, points by id, merged, retitled or its own. */
export const outlineOf = (text: fc.Arbitrary<string>) => {
  // A point's title is short and has no digit (the prose lint's rule for titles); the office's own titles are written as given.
  const title = text.filter((t) => t.trim().length <= 20 && !/\d/.test(t));
  return fc.array(
    fc.oneof(
      fc.record({ section: fc.constantFrom(...SECTION_KEYS), heading: opt(text), style: opt(fc.constantFrom(...CHAPTER_STYLES)) }).map(strip),
      fc
        .record({
          heading: text,
          intro: opt(text),
          style: opt(fc.constantFrom(...CHAPTER_STYLES)),
          points: fc.array(
            fc.oneof(
              fc.constantFrom(...POINT_IDS),
              fc.record({ use: fc.oneof(fc.constantFrom(...POINT_IDS), fc.uniqueArray(fc.constantFrom(...POINT_IDS), { minLength: 1, maxLength: 3 })), title: opt(title) }).map(strip),
              fc.record({ title, text }),
            ),
            { minLength: 1, maxLength: 4 },
          ),
        })
        .map(strip),
    ),
    { minLength: 1, maxLength: 4 },
  );
};

/** Sections of the office's own (report.own), each with its key, heading, intro and points (“标题。正文” or title and body). */
export const ownSectionsOf = (text: fc.Arbitrary<string>) =>
  fc.uniqueArray(
    fc
      .record({
        key: fc.constantFrom('service', 'culture', 'extra'),
        heading: text,
        intro: opt(text),
        points: fc.array(fc.oneof(text, fc.record({ title: text.filter((t) => t.trim().length <= 20 && !/\d/.test(t)), body: text })), { minLength: 1, maxLength: 3 }),
        subheadings: opt(fc.boolean()),
      })
      .map(strip),
    { minLength: 1, maxLength: 2, selector: (s) => s['key'] },
  );

/** The report's settings: nothing, the simple ones, or an outline of the office's own; points left out; the closing's shape; the annex. */
export const reportOf = (text: fc.Arbitrary<string>) =>
  opt(
    fc
      .record({
        title: opt(text),
        order: opt(fc.shuffledSubarray([...SECTION_KEYS])),
        sections: opt(
          fc
            .record(Object.fromEntries(SECTION_KEYS.map((k) => [k, opt(fc.record({ heading: opt(text), intro: opt(text), points: opt(fc.array(text, { maxLength: 2 })), omit: opt(fc.boolean()) }).map(strip))])))
            .map(strip),
        ),
        own: rare(ownSectionsOf(text)),
        outline: rare(outlineOf(text)),
        omit: rare(fc.uniqueArray(fc.constantFrom(...POINT_IDS), { minLength: 1, maxLength: 3 })),
        closing: opt(fc.constantFrom(...CLOSINGS)),
        statistics: opt(fc.boolean()),
      })
      .map(strip),
  );

/** A year as plain data (what the YAML would hold), its texts from `text`; parse it with YearSchema to get YearData. Every kind of record, from the kinds' table. */
export const yearOf = (text: fc.Arbitrary<string>) =>
  fc
  .record({
    members: opt(fc.record({ total: count, liaisonContacts: opt(count) }).map(strip)),
    records: recordsOf(text),
    text: fc.record({ opening: opt(text), highlights: opt(fc.array(text, { maxLength: 2 })), shortcomings: fc.array(text, { maxLength: 3 }), plans: fc.array(text, { maxLength: 3 }) }).map(strip),
    report: reportOf(text),
  })
  .map(({ members, records, text, report }) => {
    const lists = records as Record<string, unknown>;
    // Counts are left out (they must agree with the records, which random counts rarely do); the lists kept with them are not.
    const counts = lists['counts'] as Record<string, unknown> | undefined;
    const withMembers = members || lists['members'] ? { members: { total: 20, ...(members ?? {}), ...((lists['members'] as object | undefined) ?? {}) } } : {};
    return {
      year: YEAR,
      office: { name: '青石镇政协联络工作委员会', shortName: '镇政协联工委', township: '青石镇', superior: '县政协', partyCommittee: '镇党委', date: `${YEAR}-12-31` },
      ...lists,
      ...withMembers,
      ...(counts ? { counts } : {}),
      text,
      ...strip({ report }),
    };
  });

/** A year of every kind, its texts ordinary, nasty or random (`word`). */
export const yearRecord = yearOf(word);

// ---------------------------------------------------------------- hostile shapes (issue 10)

/** Characters that hide or reorder text, and the controls a terminal obeys. */
export const HIDDEN_CHARS = ['\u200B', '\u200E', '\u202E', '\u2066', '\uFEFF', '\uFFFE', '\u001b', '\u0007', '\u009b', '\u00A0'] as const;

/** Long names biased toward what made file naming and title breaking slow: break words, spaces, dots, hidden characters. */
export const longName = fc
  .array(fc.oneof(fc.constantFrom('政协', '镇', '乡', '街道', '年', '）', '（', '工作总结', '关于', ' ', '.', '，', 'A'), fc.constantFrom(...HIDDEN_CHARS)), {
    minLength: 1,
    maxLength: 400,
  })
  .map((parts) => parts.join(''));

/** Template text nested deep: blocks, chained else and subexpressions, sometimes past the limits. */
export const deepTemplate = fc
  .record({
    blocks: fc.integer({ min: 0, max: 80 }),
    elses: fc.integer({ min: 0, max: 150 }),
    parens: fc.integer({ min: 0, max: 30 }),
    eachs: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ blocks, elses, parens, eachs }) => {
    const cond = `${'(not '.repeat(parens)}year${')'.repeat(parens)}`;
    const chain = `{{#if ${cond}}}a${'{{else if year}}b'.repeat(elses)}{{/if}}`;
    const each = `${'{{#each @root.meetings.all}}'.repeat(eachs)}x${'{{/each}}'.repeat(eachs)}`;
    return `{{#paragraph}}${'{{#if year}}'.repeat(blocks)}${chain}${each}${'{{/if}}'.repeat(blocks)}{{/paragraph}}`;
  });
