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

  it('leaves a part of a month in front (PERIOD_IN_BRACKETS) and a short run alone', () => {
    expect(undateRuns(['6月下旬，视察', '3月12日，召开座谈会', '4月2日，设立工作室'])).toEqual(['6月下旬，视察', '3月12日，召开座谈会', '4月2日，设立工作室']);
  });
});
