// How several records are said together: themes once, head-counts with 委员 once, a rhythm before its verb.
import { describe, expect, it } from 'vitest';
import { attendances, studiedThemes } from '../../src/render/helpers/wording.js';
import { lintProse, describeFinding } from '../../src/lint/prose.js';
import { markdownOf } from '../support/render-year.js';

describe('studiedThemes', () => {
  it('says 围绕……开展学习 once for all themes; a named study is 开展…… on its own', () => {
    expect(studiedThemes(['乡村振兴', '疫情防控', '党史专题学习'])).toBe('围绕乡村振兴和疫情防控开展学习，开展党史专题学习');
    expect(studiedThemes([])).toBe('');
  });
});

describe('attendances', () => {
  it('says 委员 once after a run of numbers, in order', () => {
    expect(attendances([24, 23])).toBe('依次有24名、23名委员参加');
    expect(attendances([26, '全体委员', 12])).toBe('依次有26名委员、全体委员和12名委员参加');
  });
  it('does not say 依次 when some studies have no head-count', () => {
    expect(attendances([24, undefined, '全体委员'])).toBe('参加的有24名委员和全体委员');
    expect(attendances([undefined, undefined])).toBe('');
  });
});

const report = markdownOf;

describe('a meeting held on a rhythm', () => {
  it('is said from when and how often, before its verb (never 每月，镇党委专门召开…… nor 于每月召开)', () => {
    const md = report({
      meetings: [
        { date: '2021-02-23', kind: '党委会', topic: '研究部署全年政协联络工作', attendees: 11 },
        { date: '2021-07', frequency: '每季度', kind: '党委会', topic: '听取镇政协联工委工作汇报', attendees: 11 },
        { date: '2021-03', frequency: '每月', kind: '全体委员会议', topic: '传达上级精神', attendees: 30 },
      ],
    });
    expect(md).toMatch(/7月起，镇党委每季度召开党委会|镇党委7月起每季度召开党委会/);
    expect(md).toMatch(/3月起，每月召开全体委员会议|镇政协联工委3月起每月召开全体委员会议/);
    expect(md).not.toMatch(/每季度，|每月，|于每/);
    expect(lintProse(md).map(describeFinding)).toEqual([]);
  });
});

describe('a thin year’s second chapter', () => {
  it('is headed by what it holds: visits alone are not 建言献策', async () => {
    const { PHRASES } = await import('../../src/render/wording/phrases.js');
    const md = report({
      studies: [{ date: '2021-03-12', form: '集中学习', topic: '县政协全会精神' }],
      activities: [
        { date: '2021-01-20', kind: '慰问', title: '春节前走访慰问困难群众' },
        { date: '2021-06-10', kind: '联谊', title: '组织委员与在外乡贤联谊' },
      ],
    });
    const headings = [...md.matchAll(/^## [一二三四五六七八九十]+、(.+)$/gm)].map((m) => m[1]);
    expect(headings).toHaveLength(2);
    expect(PHRASES['heading.liaison']).toContain(headings[1]);
  });
});
