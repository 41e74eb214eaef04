// GB/T 9704 §7.3.1: long titles break between whole words, in a trapezoid.
import { describe, expect, it } from 'vitest';
import { cells, titleLines, TITLE_CAPACITY } from '../../../src/write/docx/title-lines.js';

describe('titleLines', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('2021年青石镇政协联络工作委员会工作总结')).toEqual(['2021年青石镇政协联络工作委员会工作总结']);
  });

  it('breaks a roll-up title between its place and what it is, not inside a word', () => {
    expect(titleLines('2021年青石县各镇（街道）政协联络工作情况汇总')).toEqual(['2021年青石县各镇（街道）', '政协联络工作情况汇总']);
  });

  it('breaks a long office title into whole-word lines of near-equal length, each within the line', () => {
    const lines = titleLines('2021年青石镇人民政府驻城南片区政协委员联络工作委员会年度工作总结');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('2021年青石镇人民政府驻城南片区政协委员联络工作委员会年度工作总结');
    for (const l of lines) expect(cells(l)).toBeLessThanOrEqual(TITLE_CAPACITY);
    expect(lines).toEqual(['2021年青石镇人民政府驻城南片区', '政协委员联络工作委员会年度工作总结']);
  });

  it('counts Latin digits wider than half a cell, and the space readers put beside them: 20 cells by the old count wrapped in LibreOffice', () => {
    expect(titleLines('2021年雁泉街道政协联络工作委员会工作总结')).toEqual(['2021年雁泉街道', '政协联络工作委员会工作总结']);
  });

  it('keeps a bracket with the word before it', () => {
    expect(titleLines('关于2021年度青石县各镇（街道）政协联络工作情况的报告')).toEqual(['关于2021年度青石县各镇（街道）', '政协联络工作情况的报告']);
  });

  it('never starts a line with closing punctuation', () => {
    for (const l of titleLines('2021年青石县各镇（街道）政协联络工作情况汇总').slice(1)) expect(l).not.toMatch(/^[）》、，。]/);
  });

  it('leaves a title the office broke itself, and one with no place to break', () => {
    expect(titleLines('第一行\n第二行')).toEqual(['第一行\n第二行']);
    const noWords = '甲'.repeat(30);
    expect(titleLines(noWords)).toEqual([noWords]);
  });
});
