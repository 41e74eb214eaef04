// Adoption counts kept by body (counts.adoptions): each kind said once before its bodies, 被 once before a run of them.
import { describe, expect, it } from 'vitest';
import { markdownOf, SIX_RECORDS } from '../support/render-year.js';

const report = (counts: Record<string, unknown>): string => markdownOf({ ...SIX_RECORDS, counts });

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
