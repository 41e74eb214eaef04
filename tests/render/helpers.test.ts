import { describe, expect, it } from 'vitest';
import {
  bookTitle,
  chineseNumeral,
  clause,
  formatCount,
  formatDate,
  formatMoney,
  formatMonthDay,
  formatMonths,
  formatPercent,
  formatXun,
  joinList,
  ordinal,
  sentence,
} from '../../src/render/text.js';
import { cleanText, finish, type Draft } from '../../src/render/drafts.js';

describe('Chinese ordinals', () => {
  it.each([
    [1, '一'], [2, '二'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [23, '二十三'], [99, '九十九'],
  ])('%i → %s', (n, want) => expect(chineseNumeral(n)).toBe(want));
  it.each([
    [1, 'shi', '一是'], [3, 'dun', '三、'], [2, 'paren', '（二）'], [4, 'arabic', '4.'], [5, 'arabicParen', '（5）'],
  ] as const)('%i %s → %s', (n, style, want) => expect(ordinal(n, style)).toBe(want));
});

describe('numbers per GB/T 15835', () => {
  it.each([
    [4, '次', undefined, '4次'], [20, '次', '余', '20余次'], [100, '件', '多', '100多件'], [41, '人次', undefined, '41人次'], [1.5, '万元', undefined, '1.5万元'],
  ])('%s %s %s → %s', (v, unit, approx, want) => expect(formatCount(v, unit, approx)).toBe(want));
  it.each([
    [1.6, '万元', '1.6万元'], [8600, '元', '8600元'], [24600, '元', '2.46万元'], [3, '万元', '3万元'],
  ])('money %s %s → %s', (v, unit, want) => expect(formatMoney(v, unit)).toBe(want));
  it.each([[83.333, '83.3%'], [100, '100%'], [66.66, '66.7%'], [0, '0%']])('percent %s → %s', (v, want) => expect(formatPercent(v)).toBe(want));
});

describe('dates', () => {
  it.each([
    ['2021-06-24', '2021年6月24日', '6月24日', '6月下旬'],
    ['2021-06-05', '2021年6月5日', '6月5日', '6月上旬'],
    ['2021-10-20', '2021年10月20日', '10月20日', '10月中旬'],
    ['2021-06', '2021年6月', '6月', '6月'],
    ['bad', '', '', ''],
  ])('%s', (iso, full, md, xun) => {
    expect(formatDate(iso)).toBe(full);
    expect(formatMonthDay(iso)).toBe(md);
    expect(formatXun(iso)).toBe(xun);
  });
  it('lists months', () => expect(formatMonths([2, 7, 9])).toBe('2月、7月、9月'));
});

describe('lists and free text', () => {
  it.each([
    [['苏洲坝泵站', '云田花卉', '红旺园林', '金穗米业'], 3, '苏洲坝泵站、云田花卉、红旺园林等'],
    [['苏洲坝泵站', '云田花卉'], 3, '苏洲坝泵站、云田花卉'],
    [['株洲', '', '广州'], undefined, '株洲、广州'],
    [[], 3, ''],
  ] as const)('join %j %s', (items, max, want) => expect(joinList(items, max)).toBe(want));
  it.each([
    ['调查研究还不够深入', '调查研究还不够深入。'],
    ['调查研究还不够深入。', '调查研究还不够深入。'],
    ['调查研究还不够深入；', '调查研究还不够深入。'],
    ['他说：“要加强学习。”', '他说：“要加强学习。”'],
    ['  ', ''],
  ])('sentence %s', (s, want) => expect(sentence(s)).toBe(want));
  it('clause strips the end', () => expect(clause('形成报告1篇。')).toBe('形成报告1篇'));
  it('book title', () => {
    expect(bookTitle('委员履职考勤制度')).toBe('《委员履职考勤制度》');
    expect(bookTitle('《政协章程》')).toBe('《政协章程》');
  });
  it('drops template line breaks, keeps the office’s own', () => expect(cleanText('甲\n    乙\u2028丙')).toBe('甲乙\n丙'));
});

describe('points', () => {
  const point = (title: string | undefined, body: string) => ({ title, body, marks: new Set<string>() });
  const group = (points: ReturnType<typeof point>[], style: 'paragraphs' | 'inline' = 'paragraphs'): Draft => ({
    kind: 'points', style, sep: '；', lead: '', tail: '', points, marks: new Set(),
  });
  it('drops empty points and renumbers', () => {
    const blocks = finish([group([point('领导到位', '甲'), point('投入到位', ''), point('机制到位', '乙')])], 'x', []);
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['一是领导到位。甲。', '二是机制到位。乙。']);
  });
  it('never writes a lone 一是', () => {
    const blocks = finish([group([point(undefined, ''), point(undefined, '只有一条')])], 'x', []);
    expect(blocks).toEqual([{ type: 'paragraph', text: '只有一条。' }]);
  });
  it('writes nothing when every point is empty', () => expect(finish([group([point('a', ' ')])], 'x', [])).toEqual([]));
  it('inline points share one paragraph', () => {
    const blocks = finish([group([point(undefined, '甲。'), point(undefined, '乙')], 'inline')], 'x', []);
    expect(blocks).toEqual([{ type: 'paragraph', text: '一是甲；二是乙。' }]);
  });
});

describe('points whose text is only punctuation', () => {
  it('are dropped like empty ones: never a lone 一是 (found by the leak property with plans [",", "!"])', () => {
    const blocks = finish(
      [{ kind: 'points', style: 'paragraphs', sep: '。', lead: '', tail: '', marks: new Set(), points: [{ title: undefined, body: ',', marks: new Set() }, { title: undefined, body: '!', marks: new Set() }, { title: undefined, body: '加强学习', marks: new Set() }] }],
      'x',
      [],
    );
    expect(blocks).toEqual([{ type: 'paragraph', text: '加强学习。' }]);
  });

  it('a paragraph that is only punctuation writes no empty paragraph', () => {
    expect(finish([{ kind: 'paragraph', text: '，', marks: new Set() }], 'x', [])).toEqual([]);
  });
});
