// Numbers and dates as people write them in Chinese, read only to tell them how to write them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseDate, chineseNumeral, numberWritten } from '../../src/validate/written-forms.js';

/** The numeral of n (0 < n < 100000) as it is normally written, built independently of the parser. */
function numeral(n: number): string {
  const d = '零一二三四五六七八九';
  const four = (x: number, leadingZero: boolean): string => {
    const places: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
    let out = '';
    let pendingZero = leadingZero;
    for (const [p, u] of places) {
      const digit = Math.floor(x / p) % 10;
      if (digit === 0) {
        if (out !== '') pendingZero = true;
        continue;
      }
      if (pendingZero && (out !== '' || leadingZero)) out += '零';
      pendingZero = false;
      out += (digit === 1 && p === 10 && out === '' && !leadingZero ? '' : d[digit]) + u;
    }
    return out;
  };
  if (n < 10_000) return four(n, false);
  const low = n % 10_000;
  return `${four(Math.floor(n / 10_000), false)}万${low === 0 ? '' : four(low, low < 1000)}`;
}

describe('chineseNumeral', () => {
  it.each([
    ['十八', 18], ['十', 10], ['二十', 20], ['一百零五', 105], ['一百五', 150], ['两千三百', 2300], ['两千三', 2300],
    ['三千零二十', 3020], ['九千九百九十九', 9999], ['一万二千', 12000], ['一万二', 12000], ['一万零五', 10005], ['二〇二一', 2021], ['零', 0], ['叁拾', 30],
  ])('%s → %i', (s, n) => expect(chineseNumeral(s)).toBe(n));

  it.each(['', '万', '十十', '百十千', '三四十', '一亿', '八万万', 'abc'])('%s is not a numeral', (s) => expect(chineseNumeral(s)).toBeUndefined());

  it('reads back every number below 100000 as it is normally written', () => {
    expect(numeral(10)).toBe('十');
    expect(numeral(1005)).toBe('一千零五');
    expect(numeral(20300)).toBe('二万零三百');
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => chineseNumeral(numeral(n)) === n));
  });
});

describe('numberWritten', () => {
  it.each([
    ['28人', { value: 28 }], ['十八人', { value: 18 }], ['三次', { value: 3 }], ['四十', { value: 40 }], ['20余次', { value: 20, approx: '余' }],
    ['三十多人', { value: 30, approx: '多' }], ['１２人次', { value: 12 }], ['5 件', { value: 5 }],
  ])('%s → %o', (s, n) => expect(numberWritten(s)).toEqual(n));

  it.each(['5万元', '研究部署', '28 people', '十八罗汉', ''])('%s is not a count', (s) => expect(numberWritten(s)).toBeUndefined());
});

describe('chineseDate', () => {
  it.each([
    ['2021年12月20日', undefined, '2021-12-20'], ['2021年6月1日', undefined, '2021-06-01'], ['2021年6月', undefined, '2021-06'],
    ['12月20日', 2021, '2021-12-20'], ['１２月２０号', 2022, '2022-12-20'], ['2021 年 12 月 20 日', undefined, '2021-12-20'],
  ])('%s (year %s) → %s', (s, y, iso) => expect(chineseDate(s, y)).toBe(iso));

  it.each([['12月20日', undefined], ['2021年2月29日', undefined], ['2021年13月1日', undefined], ['十二月二十日', 2021], ['2021-12-20', 2021]] as const)(
    '%s (year %s) gives no rewrite',
    (s, y) => expect(chineseDate(s, y)).toBeUndefined(),
  );
});
