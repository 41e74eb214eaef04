/**
 * The field tree templates are checked against (src/render/fields.ts) is the
 * shape buildModel produces: every key it declares exists in the model and
 * every key of the model is declared, down through lists.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { MODEL_FIELDS, type FieldSpec } from '../../src/render/fields.js';
import { YearSchema } from '../../src/schema/year.js';
import { exampleNames, loadExample } from '../support/example-data.js';

/** Paths of a value as the field tree would name them (`meetings.all[].topic`). */
function valuePaths(v: unknown, prefix: string, out: Set<string>): void {
  if (Array.isArray(v)) {
    for (const item of v) valuePaths(item, `${prefix}[]`, out);
    return;
  }
  if (typeof v === 'object' && v !== null) {
    for (const [k, child] of Object.entries(v)) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.add(p);
      valuePaths(child, p, out);
    }
  }
}

function specPaths(spec: FieldSpec, prefix: string, out: Set<string>): void {
  if (spec.kind === 'list') specPaths(spec.item, `${prefix}[]`, out);
  if (spec.kind === 'object') {
    for (const [k, child] of Object.entries(spec.fields)) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.add(p);
      specPaths(child, p, out);
    }
  }
}

const declared = new Set<string>();
specPaths(MODEL_FIELDS, '', declared);

describe('model fields', () => {
  for (const name of exampleNames()) {
    it(`${name}: every field the model has is declared`, () => {
      const found = new Set<string>();
      valuePaths(buildModel(loadExample(name)), '', found);
      expect([...found].filter((p) => !declared.has(p))).toEqual([]);
    });
  }

  it('every declared field exists in some example model', () => {
    const found = new Set<string>();
    for (const name of exampleNames()) {
      const data = loadExample(name);
      // Nested optional objects appear only where given: give every activity both.
      for (const a of data.activities ?? []) {
        a.amount ??= { value: 1, unit: '元' };
        a.quantity ??= { value: 1, unit: '人次' };
      }
      // Adoption counts by body, kept without records, so their fields show.
      data.counts = { ...data.counts, adoptions: [{ of: '社情民意信息', by: '区政协', value: 1, unit: '篇' }, { of: '提案', by: '县政协', value: 1, unit: '件' }] };
      // A practice without a name whose action the office gave (mechanisms.changedPractices).
      data.mechanisms = [...(data.mechanisms ?? []), { action: '建立', content: '每季度至少开展一次活动' }];
      // A titled point in every section, so the outline's fields show.
      data.report = { ...data.report, sections: Object.fromEntries(['leadership', 'members', 'supervision', 'liaison'].map((k) => [k, { points: [{ title: '小标题', body: '正文。' }] }])) };
      const model = buildModel(data);
      valuePaths(model, '', found);
    }
    expect([...declared].filter((p) => !found.has(p))).toEqual([]);
  });

  it('keeps optional facts as present keys, so strict templates never miss one', () => {
    const model = buildModel(YearSchema.parse({
      year: 2022,
      office: { name: '甲', shortName: '乙', township: '丙镇', superior: '县政协', partyCommittee: '镇党委', date: '2022-12-01' },
      text: { shortcomings: [], plans: [] },
    }));
    expect(Object.keys(model.office)).toContain('government');
    expect(Object.keys(model.members)).toContain('total');
    expect(model.keyNumbers).toEqual({
      members: undefined, meetings: undefined, studies: undefined, inspections: undefined, proposals: undefined,
      proposalsAdopted: undefined, opinions: undefined, visits: undefined, activities: undefined,
    });
  });
});

describe('numbers', () => {
  it('derives from records, sorted and grouped', () => {
    const m = buildModel(loadExample('qingshi-2021'));
    expect(m.meetings.all.map((x) => x.date)).toEqual([...m.meetings.all.map((x) => x.date)].sort());
    // The office's own meetings (its 2 党委会 are the Party committee's), and activities other than the visits counted in 人次.
    expect(m.keyNumbers).toEqual({ members: 26, meetings: 5, studies: 5, inspections: 3, proposals: 3, proposalsAdopted: 2, opinions: 2, visits: 42, activities: 3 });
    expect(m.proposals.adoptedShare).toBe(66.7);
    expect(m.numbers.instructions).toMatchObject({ value: 1, source: 'records' });
    expect(m.activities.careAmount).toBe(24600);
    expect(m.meetings.months).toEqual([2, 3, 4, 5, 7, 9, 11]);
  });

  it('prefers the office count, keeps 余, and keeps 0 out of prose but in the statistics', () => {
    const data = loadExample('qingshi-2021');
    data.counts = { visits: { value: 40, approx: '余' }, forums: 0 };
    const m = buildModel(data);
    expect(m.numbers.visits).toEqual({ value: 40, approx: '余', unit: '人次', source: 'counts' });
    expect(m.numbers.forums).toBeUndefined();
    expect(m.stats.forums?.value).toBe(0);
    expect(m.keyNumbers.visits).toBe(40);
  });
});
