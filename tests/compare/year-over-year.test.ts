// 比上年 phrases: increase, decrease, equal, and nothing when a year lacks the number.
import { describe, expect, it } from 'vitest';
import { changePhrase, compareKeyNumbers, compareNumber } from '../../src/compare/year-over-year.js';
import type { KeyNumbers } from '../../src/model/key-numbers.js';

const none: KeyNumbers = {
  members: undefined, meetings: undefined, studies: undefined, inspections: undefined, proposals: undefined,
  proposalsAdopted: undefined, opinions: undefined, visits: undefined, activities: undefined,
};

describe('year over year', () => {
  it.each([
    [10, 7, '次', '比上年增加3次'],
    [5, 7, '件', '比上年减少2件'],
    [4, 4, '次', '与上年持平'],
    [0, 0, '次', '与上年持平'],
    [3, 0, '条', '比上年增加3条'],
    [12.5, 10, '万元', '比上年增加2.5万元'],
  ])('%s against %s %s → %s', (current, previous, unit, phrase) => {
    expect(changePhrase(current, previous, unit)).toBe(phrase);
  });

  it('says nothing when either year lacks the number (missing is not 0)', () => {
    expect(changePhrase(5, undefined, '次')).toBeUndefined();
    expect(changePhrase(undefined, 5, '次')).toBeUndefined();
    expect(compareNumber(undefined, undefined)).toBeUndefined();
  });

  it('adds a percentage on request, never from a base of 0', () => {
    expect(changePhrase(10, 7, '次', { percent: true })).toBe('比上年增加3次，增长42.9%');
    expect(changePhrase(8, 10, '件', { percent: true })).toBe('比上年减少2件，下降20%');
    expect(changePhrase(3, 0, '件', { percent: true })).toBe('比上年增加3件');
    expect(compareNumber(10, 7)).toEqual({ direction: 'increase', delta: 3, percent: 42.9 });
  });

  it('compares every key number both years have, with its unit', () => {
    const now = { ...none, members: 26, meetings: 7, visits: 42 };
    const last = { ...none, members: 24, meetings: 7, proposals: 3 };
    expect(compareKeyNumbers(now, last)).toEqual({ members: '比上年增加2人', meetings: '与上年持平' });
    expect(compareKeyNumbers(now, undefined)).toEqual({});
  });
});
