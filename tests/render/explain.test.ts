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

  it('warns about a record no template writes', () => {
    const data = loadExample('qingshi-2021');
    const model = buildModel(data);
    // A consultation the office filed under a kind no section writes about.
    model.meetings.all.push({ ref: 'meetings[99]', date: '2021-12-01', kind: '其他会议', topic: '无处安放', attendees: undefined, participants: undefined, outcome: undefined });
    const result = explain(model);
    const warning = result.diagnostics.find((d) => d.code === 'RECORD_NOT_PLACED');
    expect(warning).toMatchObject({ severity: 'warning', path: ['meetings', 99] });
    expect(warning?.message).toContain('会议');
  });

  it('does not place a record that is only counted', () => {
    const model = buildModel(loadExample('qingshi-2021'));
    const result = explain(model);
    // The opening counts every meeting but names none; the party meetings are placed in 一是.
    const party = result.value!.find((e) => e.ref === model.meetings.party[0]!.ref)!;
    expect(party.placed.every((p) => p.part !== '开头')).toBe(true);
  });
});
