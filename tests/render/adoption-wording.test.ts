// Adoption counts kept by body (counts.adoptions): each kind said once before its bodies, 被 once before a run of them.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { YearSchema } from '../../src/schema/year.js';
import { toMarkdown } from '../../src/write/markdown.js';

const OFFICE = { name: '青石镇政协联络工作委员会', shortName: '镇政协联工委', township: '青石镇', superior: '县政协', partyCommittee: '镇党委', date: '2021-12-31' };
const WORK = {
  meetings: [
    { date: '2021-03-02', kind: '座谈会', topic: '乡村振兴' },
    { date: '2021-05-02', kind: '座谈会', topic: '营商环境' },
  ],
  studies: [
    { date: '2021-04-06', form: '集中学习', topic: '乡村振兴' },
    { date: '2021-06-06', form: '集中学习', topic: '营商环境' },
  ],
  inspections: [
    { date: '2021-05-11', kind: '视察', subject: '重点项目' },
    { date: '2021-09-11', kind: '视察', subject: '人居环境整治' },
  ],
};
function report(counts: Record<string, unknown>): string {
  const parsed = YearSchema.parse({ year: 2021, office: OFFICE, text: { shortcomings: [], plans: [] }, ...WORK, counts });
  const r = renderReport(buildModel(parsed));
  if (!r.value) throw new Error('did not render');
  return toMarkdown(r.value);
}

describe('adoptions by body', () => {
  // Generated years (seed 7) printed 建议被甲采纳253条、建议被乙采纳236人次: the kind and 被 again for each body.
  it('names 提案 and 建议 once each, in that order, whatever order the office wrote them in', () => {
    const md = report({
      proposals: 5,
      adoptions: [
        { of: '建议', by: '镇党委', value: 3 },
        { of: '提案', by: '县政协', value: 2 },
        { of: '建议', by: '镇政府', value: 2 },
        { of: '提案', by: '市政协', value: 1 },
      ],
    });
    expect(md).toContain('提交提案5件，其中被县政协采纳2件、市政协采纳1件、建议被镇党委采纳3条、镇政府采纳2条');
    expect(md).not.toMatch(/建议被[^。]*建议被/);
  });

  it('without a count of proposals, starts 提案被……', () => {
    expect(report({ adoptions: [{ of: '提案', by: '县政协', value: 2 }, { of: '提案', by: '市政协', value: 1 }] })).toContain('提案被县政协采纳2件、市政协采纳1件');
  });

  it('says 被 once before the bodies that used the office\'s information', () => {
    const md = report({ opinions: 6, adoptions: [{ of: '社情民意信息', by: '区政协', value: 3, unit: '篇' }, { of: '社情民意信息', by: '市政协', value: 1, unit: '篇' }] });
    expect(md).toContain('被区政协采用3篇、市政协采用1篇');
  });
});
