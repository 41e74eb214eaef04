// undateRuns: three dated items in a row read as records listed, so their dates go into brackets after the first clause.
import { describe, expect, it } from 'vitest';
import { undateRuns } from '../../src/render/helpers/blocks.js';

describe('undateRuns', () => {
  it('moves a run of dates into brackets after each first clause', () => {
    expect(undateRuns(['2月23日，召开党委会，研究工作', '3月12日，召开座谈会', '4月2日，设立工作室'])).toEqual(['召开党委会（2月23日），研究工作', '召开座谈会（3月12日）', '设立工作室（4月2日）']);
  });

  it('keeps a start date whole: 每周……（1月起）, never 起（1月），……', () => {
    expect(undateRuns(['1月起，每周组织一次集中学习', '3月12日，召开座谈会，听取意见', '4月2日，设立工作室'])).toEqual(['每周组织一次集中学习（1月起）', '召开座谈会（3月12日），听取意见', '设立工作室（4月2日）']);
  });

  it('keeps a rhythm before its verb: 每周赴……外出培训（1月1日起）, never 每周（1月1日起），赴…… (FUZZ_SEED 1182711086)', () => {
    expect(undateRuns(['1月1日，围绕甲开展集中学习', '1月，围绕乙开展线上学习', '1月1日起每周，赴丙外出培训，参加丁'])).toEqual([
      '围绕甲开展集中学习（1月1日）',
      '围绕乙开展线上学习（1月）',
      '每周赴丙外出培训（1月1日起），参加丁',
    ]);
  });

  it('says when an item was put forward with its verb: “……”（1月反映）已上报, never 反映的“……”已上报（1月） (FUZZ_SEED 1381392159)', () => {
    expect(undateRuns(['1月反映的“甲”已上报', '1月反映的“乙”已上报，得到解决', '3月提出的《丙》正在办理'])).toEqual(['“甲”（1月反映）已上报', '“乙”（1月反映）已上报，得到解决', '《丙》（3月提出）正在办理']);
  });

  it('leaves a part of a month in front (PERIOD_IN_BRACKETS) and a short run alone', () => {
    expect(undateRuns(['6月下旬，视察', '3月12日，召开座谈会', '4月2日，设立工作室'])).toEqual(['6月下旬，视察', '3月12日，召开座谈会', '4月2日，设立工作室']);
  });
});
