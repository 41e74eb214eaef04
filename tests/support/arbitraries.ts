/**
 * fast-check arbitraries of valid years (by the schema) for property tests
 * that build whole reports. The shape follows tests/render-leak.test.ts's
 * generator (kept there, private to that test); this one adds the strings that
 * broke XML writers and YAML tools before: markup characters, Handlebars
 * syntax, line breaks, U+FFFE / U+FFFF, lone surrogates, C0 controls.
 */
import fc from 'fast-check';
import {
  ACTIVITY_KINDS, INSPECTION_KINDS, MECHANISM_ACTIONS, MEETING_KINDS, PROPOSAL_KINDS, PROPOSAL_STATUSES,
  SECTION_KEYS, STUDY_FORMS, SUPPORT_KINDS,
} from '../../src/schema/year.js';

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
const list = <T>(a: fc.Arbitrary<T>) => opt(fc.array(a, { maxLength: 4 }));
const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export const YEAR = 2021;
/** Dates within the year, none after the signature date below. */
export const date = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }))
  .map(([m, d]) => `${YEAR}-${String(m).padStart(2, '0')}${d === undefined ? '' : `-${String(d).padStart(2, '0')}`}`);
const amount = fc.record({ value: fc.double({ min: 0, max: 100000, noNaN: true }), unit: fc.constantFrom('元' as const, '万元' as const) });

/** A year as plain data (what the YAML would hold); parse it with YearSchema to get YearData. */
export const yearRecord = fc
  .record({
    members: opt(
      fc
        .record({
          total: count,
          liaisonContacts: opt(count),
          groups: list(fc.record({ name: word, sector: opt(word), members: opt(count), leader: opt(word), community: opt(word) }).map(strip)),
          commendations: list(fc.record({ date: opt(date), title: word, count: fc.integer({ min: 1, max: 9 }), by: opt(word) }).map(strip)),
        })
        .map(strip),
    ),
    meetings: list(fc.record({ date, kind: fc.constantFrom(...MEETING_KINDS), topic: word, attendees: opt(count), participants: opt(word), outcome: opt(word) }).map(strip)),
    studies: list(fc.record({ date, form: fc.constantFrom(...STUDY_FORMS), topic: word, participants: opt(count), place: opt(word), outcome: opt(word) }).map(strip)),
    inspections: list(fc.record({ date, kind: fc.constantFrom(...INSPECTION_KINDS), subject: word, sites: opt(fc.array(word, { maxLength: 3 })), participants: opt(count), result: opt(word) }).map(strip)),
    proposals: list(
      fc
        .record({
          date, kind: fc.constantFrom(...PROPOSAL_KINDS), title: word, by: opt(word), status: opt(fc.constantFrom(...PROPOSAL_STATUSES)),
          adopted: opt(fc.boolean()), adoptedBy: opt(word), instruction: opt(word), outcome: opt(word),
        })
        .map(strip),
    ),
    activities: list(
      fc
        .record({
          date, kind: fc.constantFrom(...ACTIVITY_KINDS), title: word, place: opt(word),
          quantity: opt(fc.record({ value: count, unit: fc.constantFrom('人次', '户', '份'), approx: opt(fc.constantFrom('余' as const, '多' as const)) }).map(strip)),
          amount: opt(amount), outcome: opt(word),
        })
        .map(strip),
    ),
    mechanisms: list(fc.record({ date: opt(date), name: word, action: fc.constantFrom(...MECHANISM_ACTIONS), content: opt(word) }).map(strip)),
    support: list(fc.record({ date: opt(date), kind: fc.constantFrom(...SUPPORT_KINDS), description: word, amount: opt(amount), by: opt(word) }).map(strip)),
    // No `counts`: they must agree with the records (a data rule), which random counts rarely do.
    text: fc.record({ opening: opt(word), highlights: opt(fc.array(word, { maxLength: 2 })), shortcomings: fc.array(word, { maxLength: 3 }), plans: fc.array(word, { maxLength: 3 }) }).map(strip),
    report: opt(
      fc
        .record({
          title: opt(word),
          order: opt(fc.shuffledSubarray([...SECTION_KEYS])),
          sections: opt(
            fc
              .record(Object.fromEntries(SECTION_KEYS.map((k) => [k, opt(fc.record({ heading: opt(word), intro: opt(word), points: opt(fc.array(word, { maxLength: 2 })), omit: opt(fc.boolean()) }).map(strip))])))
              .map(strip),
          ),
          statistics: opt(fc.boolean()),
        })
        .map(strip),
    ),
  })
  .map((r) => ({
    year: YEAR,
    office: { name: '青石镇政协联络工作委员会', shortName: '镇政协联工委', township: '青石镇', superior: '县政协', partyCommittee: '镇党委', date: `${YEAR}-12-31` },
    ...strip(r),
  }));

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
