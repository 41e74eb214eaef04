// What the rules walk (src/validate/rules/context.ts): every string of the
// data with its path, every `date` field, and a month date as a whole month.
import { describe, expect, it } from 'vitest';
import { dates, earliest, latest, strings } from '../../../src/validate/rules/context.js';

const year = {
  year: 2021,
  office: { name: '青石镇', date: '2021-12-20' },
  meetings: [{ date: '2021-02', topic: '学习', attendees: 11 }, { topic: '无日期' }],
  text: { plans: ['甲', null, '乙'] },
};

describe('strings', () => {
  it('yields every string with its path, in document order, and nothing else', () => {
    expect([...strings(year)]).toEqual([
      { path: ['office', 'name'], text: '青石镇' },
      { path: ['office', 'date'], text: '2021-12-20' },
      { path: ['meetings', 0, 'date'], text: '2021-02' },
      { path: ['meetings', 0, 'topic'], text: '学习' },
      { path: ['meetings', 1, 'topic'], text: '无日期' },
      { path: ['text', 'plans', 0], text: '甲' },
      { path: ['text', 'plans', 2], text: '乙' },
    ]);
  });
});

describe('dates', () => {
  it('yields only the fields named date', () => {
    expect([...dates(year)]).toEqual([
      { path: ['office', 'date'], date: '2021-12-20' },
      { path: ['meetings', 0, 'date'], date: '2021-02' },
    ]);
  });
});

describe('a month date', () => {
  it('runs from its first to its last day; a full date is itself', () => {
    expect([earliest('2021-06', 2021), latest('2021-06', 2021)]).toEqual(['2021-06-01', '2021-06-30']);
    expect([earliest('2021-06-22', 2021), latest('2021-06-22', 2021)]).toEqual(['2021-06-22', '2021-06-22']);
  });

  it('a part of a month or of the year runs over the days it can mean, in the report’s year', () => {
    expect([earliest('2021-06-下旬', 2021), latest('2021-06-下旬', 2021)]).toEqual(['2021-06-21', '2021-06-30']);
    expect([earliest('2021-02-下旬', 2021), latest('2021-02-下旬', 2021)]).toEqual(['2021-02-21', '2021-02-28']);
    expect([earliest('上半年', 2022), latest('上半年', 2022)]).toEqual(['2022-01-01', '2022-06-31']);
    expect([earliest('年底', 2021), latest('年底', 2021)]).toEqual(['2021-11-01', '2021-12-31']);
  });
});
