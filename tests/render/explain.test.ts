import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { explain, explainText } from '../../src/render/explain.js';
import { KINDS } from '../../src/schema/kinds/index.js';
import { exampleNames, loadExample } from '../support/example-data.js';

describe('explain', () => {
  for (const name of exampleNames()) {
    it(`places every record of ${name}`, () => {
      const data = loadExample(name);
      const result = explain(buildModel(data));
      expect(result.diagnostics).toEqual([]);
      const entries = result.value!;
      // Every record of every kind is listed once.
      const expected = KINDS.reduce((n, k) => n + k.recordsIn(data).length, 0);
      expect(entries.length).toBe(expected);
      for (const e of entries) expect(e.placed.length, e.ref).toBeGreaterThan(0);
      expect(explainText(entries)).not.toContain('未写入正文');
    });
  }

  it('warns about a record the report leaves out', () => {
    const data = loadExample('qingshi-2021');
    // The office leaves out the point its 联谊 activity is written under (report.omit): the record is still counted, and said to be.
    data.report = { ...data.report, omit: ['liaison.outreach'] };
    const model = buildModel(data);
    const outreach = model.activities.all.filter((a) => a.kind === '联谊');
    expect(outreach.length).toBeGreaterThan(0);
    const result = explain(model);
    const warnings = result.diagnostics.filter((d) => d.code === 'RECORD_NOT_PLACED');
    expect(warnings.map((w) => w.path)).toEqual(outreach.map((a) => a.ref.match(/^(\w+)\[(\d+)\]$/)!.slice(1).map((x, i) => (i === 0 ? x : Number(x)))));
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(warnings[0]?.message).toContain('联谊服务活动');
  });

  it('does not place a record that is only counted', () => {
    const model = buildModel(loadExample('qingshi-2021'));
    const result = explain(model);
    // The opening counts every meeting but names none; the party meetings are placed in 一是.
    const party = result.value!.find((e) => e.ref === model.meetings.party[0]!.ref)!;
    expect(party.placed.every((p) => p.part !== '开头')).toBe(true);
  });
});
