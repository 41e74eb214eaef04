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
import { COUNT_FIELDS, YearSchema } from '../../src/schema/year.js';
import { recordsOf, reportOf } from '../support/arbitraries.js';
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
    // 一是 inside a paragraph (not 十一是, the eleventh point) needs its 二是.
    for (const t of part) if (/(?<![一二三四五六七八九十])一是/.test(t) && !t.startsWith('一是') && !t.includes('二是')) out.push(`lone inline 一是: ${t}`);
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
const countValue = fc.oneof(count, fc.constantFrom('多次', '若干'), fc.record({ value: count, approx: opt(fc.constantFrom('余' as const, '多' as const)) }).map(strip));

function strip(o: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** Every kind of record (from the kinds' table, tests/support/arbitraries.ts), counts kept without records, the report's settings or an outline. */
const year = fc
  .record({
    members: opt(fc.record({ total: count, byLevel: opt(fc.record({ province: opt(count), city: opt(count), county: opt(count) }).map(strip)), liaisonContacts: opt(count) }).map(strip)),
    records: recordsOf(word),
    counts: opt(fc.record(Object.fromEntries(Object.keys(COUNT_FIELDS).map((k) => [k, opt(countValue)]))).map(strip)),
    text: fc.record({ opening: opt(word), highlights: opt(fc.array(word, { maxLength: 2 })), shortcomings: fc.array(word, { maxLength: 3 }), plans: fc.array(word, { maxLength: 3 }) }).map(strip),
    report: reportOf(word),
  })
  .map(({ members, records, counts, text, report }) => {
    const lists = records as Record<string, Record<string, unknown> | unknown[]>;
    const kept = { ...((lists['counts'] as Record<string, unknown> | undefined) ?? {}), ...(counts ?? {}) };
    return {
      year: 2021,
      office: { name: '青石镇政协联络工作委员会', shortName: '镇政协联工委', township: '青石镇', superior: '县政协', partyCommittee: '镇党委', date: '2021-12-31' },
      ...lists,
      ...(members || lists['members'] ? { members: { total: 20, ...(members ?? {}), ...((lists['members'] as object | undefined) ?? {}) } } : {}),
      ...(Object.keys(kept).length > 0 ? { counts: kept } : {}),
      text,
      ...strip({ report }),
    };
  });

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
