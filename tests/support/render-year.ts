/**
 * A year written in a test, rendered as the report's Markdown: for tests that
 * hold one sentence of the built-in templates (tests/render/*-wording.test.ts,
 * the every-value test's counterexamples).
 */
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { YearSchema } from '../../src/schema/year.js';
import { toMarkdown } from '../../src/write/markdown.js';

export const OFFICE = { name: '青石镇政协联络工作委员会', shortName: '镇政协联工委', township: '青石镇', superior: '县政协', partyCommittee: '镇党委', date: '2021-12-31' };

/** Records enough that the year is not a thin one (src/schema/outline.ts THIN_RECORDS), whose opening and chapters differ. */
export const SIX_RECORDS = {
  meetings: [
    { date: '2021-03-02', kind: '座谈会', topic: '乡村振兴' },
    { date: '2021-08-12', kind: '座谈会', topic: '营商环境' },
  ],
  studies: [
    { date: '2021-04-06', form: '集中学习', topic: '乡村振兴' },
    { date: '2021-10-14', form: '专题辅导', topic: '营商环境' },
  ],
  inspections: [
    { date: '2021-05-11', kind: '视察', subject: '重点项目' },
    { date: '2021-11-03', kind: '调研', subject: '人居环境整治' },
  ],
};

/** A year of 2021 for OFFICE with no closing, its records as given. */
export const yearOf = (records: Record<string, unknown>): Record<string, unknown> => ({ year: 2021, office: OFFICE, text: { shortcomings: [], plans: [] }, ...records });

/** The report's Markdown of those records. */
export function markdownOf(records: Record<string, unknown>): string {
  const r = renderReport(buildModel(YearSchema.parse(yearOf(records))));
  if (!r.value) throw new Error('the year did not render');
  return toMarkdown(r.value);
}
