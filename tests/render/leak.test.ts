/**
 * Leak test: the report never shows template or data plumbing (undefined, NaN,
 * [object Object], escaped entities), never leaves a web-template blank (__,
 * xx, 某某), never writes a lone 一是 or an empty heading — for every example
 * and for many generated years: optional fields present or absent, empty
 * lists, counts only, and nasty strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/document/model.js';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import {
  ACTIVITY_KINDS, COUNT_FIELDS, INSPECTION_KINDS, MECHANISM_ACTIONS, MEETING_KINDS, PROPOSAL_KINDS, PROPOSAL_STATUSES,
  SECTION_KEYS, STUDY_FORMS, SUPPORT_KINDS, YearSchema,
} from '../../src/schema/year.js';
import { toMarkdown, toPlainText } from '../../src/write/markdown.js';
import { exampleNames, loadExample } from '../support/example-data.js';

const FORBIDDEN = [/undefined/, /null/, /NaN/, /\[object Object\]/, /__/, /xx/i, /某某/, /&(amp|lt|gt|quot|#\d+);/, /一是(。|$)/];

function problems(doc: ReportDocument): string[] {
  const out: string[] = [];
  const texts = doc.blocks.flatMap((b) =>
    b.type === 'paragraph' || b.type === 'heading' || b.type === 'title' ? [b.text] : b.type === 'table' ? b.rows.flat() : b.type === 'signature' ? [b.name, b.date] : [],
  );
  for (const t of texts) for (const re of FORBIDDEN) if (re.test(t)) out.push(`${re} in ${t}`);
  let part: string[] = [];
  const checkPart = () => {
    const starts = part.filter((t) => t.startsWith('一是')).length;
    if (starts > 0 && !part.some((t) => t.startsWith('二是'))) out.push(`lone 一是: ${part.join(' / ')}`);
    for (const t of part) if (t.includes('一是') && !t.startsWith('一是') && !t.includes('二是')) out.push(`lone inline 一是: ${t}`);
    part = [];
  };
  for (const b of doc.blocks) {
    if (b.type === 'heading') {
      checkPart();
      if (b.text.replace(/^[一二三四五六七八九十]+、/, '').trim() === '') out.push('empty heading');
    } else if (b.type === 'paragraph') part.push(b.text);
  }
  checkPart();
  return out;
}

describe('no leaks in the examples', () => {
  for (const name of exampleNames()) {
    it(name, () => {
      const r = renderReport(buildModel(loadExample(name)));
      expect(r.value).toBeDefined();
      expect(problems(r.value!)).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------- generated years

const clean = (s: string) => s.trim().length > 0 && !FORBIDDEN.some((re) => re.test(s)) && !s.includes('一是') && !s.includes('二是');
const nasty = fc.constantFrom('&<>"\'', 'A & B', '{{office.name}}', '{{constructor.constructor}}', '第一行\n第二行', '  两端空格  ', '《政协章程》', '“引号”。', '结尾；', '\\', '<b>粗</b>');
const word = fc.oneof(nasty, fc.string({ minLength: 1, maxLength: 12 }).filter(clean), fc.constantFrom('乡村振兴', '优化营商环境', '油茶产业发展'));
const count = fc.integer({ min: 0, max: 500 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const date = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined })).map(
  ([m, d]) => `2021-${String(m).padStart(2, '0')}${d === undefined ? '' : `-${String(d).padStart(2, '0')}`}`,
);
const list = <T>(a: fc.Arbitrary<T>) => opt(fc.array(a, { maxLength: 4 }));
const amount = fc.record({ value: fc.double({ min: 0, max: 100000, noNaN: true }), unit: fc.constantFrom('元' as const, '万元' as const) });
const countValue = fc.oneof(count, fc.record({ value: count, approx: opt(fc.constantFrom('余' as const, '多' as const)) }));

const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const year = fc
  .record({
    members: opt(fc.record({
      total: count,
      byLevel: opt(fc.record({ province: opt(count), city: opt(count), county: opt(count) }).map(strip)),
      liaisonContacts: opt(count),
      groups: list(fc.record({ name: word, sector: opt(word), members: opt(count), leader: opt(word), community: opt(word) }).map(strip)),
      commendations: list(fc.record({ date: opt(date), title: word, count: fc.integer({ min: 1, max: 9 }), by: opt(word), names: opt(fc.array(word, { maxLength: 3 })) }).map(strip)),
    }).map(strip)),
    meetings: list(fc.record({ date, kind: fc.constantFrom(...MEETING_KINDS), topic: word, attendees: opt(count), participants: opt(word), outcome: opt(word) }).map(strip)),
    studies: list(fc.record({ date, form: fc.constantFrom(...STUDY_FORMS), topic: word, participants: opt(count), place: opt(word), outcome: opt(word) }).map(strip)),
    inspections: list(fc.record({ date, kind: fc.constantFrom(...INSPECTION_KINDS), subject: word, sites: opt(fc.array(word, { maxLength: 5 })), participants: opt(count), result: opt(word) }).map(strip)),
    proposals: list(fc.record({
      date, kind: fc.constantFrom(...PROPOSAL_KINDS), title: word, by: opt(word), status: opt(fc.constantFrom(...PROPOSAL_STATUSES)),
      adopted: opt(fc.boolean()), adoptedBy: opt(word), instruction: opt(word), outcome: opt(word),
    }).map(strip)),
    activities: list(fc.record({
      date, kind: fc.constantFrom(...ACTIVITY_KINDS), title: word, place: opt(word),
      quantity: opt(fc.record({ value: count, unit: fc.constantFrom('人次', '户', '份'), approx: opt(fc.constantFrom('余' as const, '多' as const)) }).map(strip)),
      amount: opt(amount), outcome: opt(word),
    }).map(strip)),
    mechanisms: list(fc.record({ date: opt(date), name: word, action: fc.constantFrom(...MECHANISM_ACTIONS), content: opt(word) }).map(strip)),
    support: list(fc.record({ date: opt(date), kind: fc.constantFrom(...SUPPORT_KINDS), description: word, amount: opt(amount), by: opt(word) }).map(strip)),
    counts: opt(fc.record({
      ...Object.fromEntries(Object.keys(COUNT_FIELDS).map((k) => [k, opt(countValue)])),
      other: opt(fc.array(fc.record({ name: word, value: count, unit: fc.constantFrom('个', '份'), approx: opt(fc.constantFrom('余' as const)), section: fc.constantFrom(...SECTION_KEYS) }).map(strip), { maxLength: 3 })),
    }).map(strip)),
    text: fc.record({ opening: opt(word), highlights: opt(fc.array(word, { maxLength: 2 })), shortcomings: fc.array(word, { maxLength: 3 }), plans: fc.array(word, { maxLength: 3 }) }).map(strip),
    report: opt(fc.record({
      title: opt(word),
      order: opt(fc.shuffledSubarray([...SECTION_KEYS])),
      sections: opt(fc.record(Object.fromEntries(SECTION_KEYS.map((k) => [k, opt(fc.record({ heading: opt(word), intro: opt(word), points: opt(fc.array(word, { maxLength: 2 })), omit: opt(fc.boolean()) }).map(strip))]))).map(strip)),
      statistics: opt(fc.boolean()),
    }).map(strip)),
  })
  .map((r) => ({
    year: 2021,
    office: { name: '青石镇政协联络工作委员会', shortName: '镇政协联工委', township: '青石镇', superior: '县政协', partyCommittee: '镇党委', date: '2021-12-20' },
    ...strip(r),
  }));

describe('no leaks in generated years', () => {
  it('holds for many years', () => {
    let rendered = 0;
    fc.assert(
      fc.property(year, (raw) => {
        const parsed = YearSchema.safeParse(raw);
        fc.pre(parsed.success);
        rendered++;
        const r = renderReport(buildModel(parsed.data!));
        expect(r.diagnostics).toEqual([]);
        expect(problems(r.value!)).toEqual([]);
        // Both writers run on whatever came out.
        expect(toMarkdown(r.value!)).not.toMatch(/undefined|NaN/);
        expect(toPlainText(r.value!)).not.toMatch(/undefined|NaN/);
      }),
      { numRuns: 150 },
    );
    // The generator must mostly produce valid years, or the property says little.
    expect(rendered).toBeGreaterThan(100);
  });
});
