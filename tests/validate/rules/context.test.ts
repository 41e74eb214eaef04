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
  it('runs from its first to its last possible day; a full date is itself', () => {
    expect([earliest('2021-06'), latest('2021-06')]).toEqual(['2021-06-01', '2021-06-31']);
    expect([earliest('2021-06-22'), latest('2021-06-22')]).toEqual(['2021-06-22', '2021-06-22']);
  });
});
