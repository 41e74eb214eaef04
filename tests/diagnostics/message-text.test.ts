// The catalogue's template language: each form, and what a missing parameter shows.
import { describe, expect, it } from 'vitest';
import { fillMessage, type MessageText } from '../../src/diagnostics/message-text.js';

const cases: { name: string; text: MessageText; params: Record<string, unknown>; out: string }[] = [
  { name: 'a string with parameters', text: '“%{key}”写了 %{n} 次', params: { key: '会议', n: 2 }, out: '“会议”写了 2 次' },
  { name: 'literal braces are left alone', text: '{{#%{open}}} 与 {township}', params: { open: 'each' }, out: '{{#each}} 与 {township}' },
  { name: 'select picks the case named by the parameter', text: { select: 'k', cases: { a: '甲', b: '乙%{x}' } }, params: { k: 'b', x: '丙' }, out: '乙丙' },
  { name: 'select falls back to other', text: { select: 'k', cases: { a: '甲', other: '别的' } }, params: { k: 'zzz' }, out: '别的' },
  { name: 'ifPresent takes then when the parameter is given', text: { ifPresent: 's', then: '是“%{s}”吗？', else: '没有建议' }, params: { s: 'topic' }, out: '是“topic”吗？' },
  { name: 'ifPresent takes else when the parameter is absent', text: { ifPresent: 's', then: '是“%{s}”吗？', else: '没有建议' }, params: {}, out: '没有建议' },
  { name: 'ifPresent counts an empty string as absent', text: { ifPresent: 's', then: '有', else: '无' }, params: { s: '' }, out: '无' },
  { name: 'ifPresent without else gives nothing', text: ['前', { ifPresent: 's', then: '中' }, '后'], params: {}, out: '前后' },
  { name: 'arrays concatenate, and forms nest', text: ['“', { select: 'k', cases: { a: [{ ifPresent: 'x', then: '%{x}' }, '！'] } }, '”'], params: { k: 'a', x: '好' }, out: '“好！”' },
];

describe('fillMessage', () => {
  it.each(cases)('$name', ({ text, params, out }) => {
    expect(fillMessage(text, params)).toBe(out);
  });

  it('shows a missing parameter through the given function (the docs show ‹name›)', () => {
    expect(fillMessage('共 %{n} 项', {}, (name) => `‹${name}›`)).toBe('共 ‹n› 项');
    expect(fillMessage('共 %{n} 项', {})).toBe('共 … 项');
    expect(fillMessage({ select: 'k', cases: { a: '甲' } }, {}, (name) => `‹${name}›`)).toBe('‹k›');
  });
});
