/**
 * Messages a clerk can act on (issue 11): each case a fixture in
 * tests/fixtures/messages/, with its one diagnostic's exact code, line,
 * column and the hint that rewrites what the clerk wrote. No English from a
 * library reaches the message: the only Latin words are the data's own keys.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkInputs } from '../../src/check/check-inputs.js';
import { at, checkText } from '../support/check-helpers.js';

const DIR = 'tests/fixtures/messages';

const CASES: [file: string, code: string, line: number, column: number, hint: string][] = [
  ['fullwidth-colon.yaml', 'FULLWIDTH_COLON_KEY', 13, 10, '改成半角冒号加一个空格：topic: 研究部署全年政协联络工作'],
  ['fullwidth-colon-first.yaml', 'FULLWIDTH_COLON_KEY', 15, 9, '改成半角冒号加一个空格：date: 2021-04-16'],
  ['fullwidth-colon-top.yaml', 'FULLWIDTH_COLON_KEY', 2, 5, '改成半角冒号加一个空格：year: 2021'],
  ['fullwidth-colon-office.yaml', 'FULLWIDTH_COLON_KEY', 4, 7, '改成半角冒号加一个空格：name: 青石镇政协联络工作委员会'],
  ['date-chinese.yaml', 'DATE_IN_CHINESE', 9, 9, '写成 2021-12-20'],
  ['date-month-day.yaml', 'DATE_IN_CHINESE', 19, 11, '写成 2021-04-28'],
  ['date-dots.yaml', 'INVALID_DATE', 9, 9, '写成“2021-12-20”。'],
  ['date-slashes.yaml', 'INVALID_DATE', 9, 9, '写成“2021-12-20”。'],
  ['typo-required.yaml', 'UNKNOWN_KEY', 13, 5, '是不是想写“topic”？'],
  ['number-unit.yaml', 'NUMBER_AS_TEXT', 14, 16, '写成 28'],
  ['number-chinese.yaml', 'NUMBER_AS_TEXT', 14, 16, '写成 18'],
  ['count-chinese.yaml', 'NUMBER_AS_TEXT', 32, 11, '写成 3'],
  ['count-approx.yaml', 'NUMBER_AS_TEXT', 32, 11, '写成 { value: 40, approx: 余 }'],
];

/** Latin words a message may carry: the data's own keys and the count form it tells the clerk to write. */
const OWN_WORDS = new Set(['topic', 'topci', 'date', 'year', 'name', 'value', 'approx', 'YAML']);

describe('messages a clerk can act on', () => {
  it.each(CASES)('%s → %s at %i:%i, “%s”', async (file, code, line, column, hint) => {
    const report = await checkInputs([`${DIR}/${file}`], { cwd: process.cwd() });
    expect(report.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column }))).toEqual([{ code, line, column }]);
    const d = report.diagnostics[0]!;
    expect(d.hint).toBe(hint);
    const latin = `${d.message} ${d.hint ?? ''}`.match(/[A-Za-z_]{2,}/g) ?? [];
    expect(latin.filter((w) => !OWN_WORDS.has(w))).toEqual([]);
  });

  it('the table covers every fixture in the folder', () => {
    expect(CASES.map(([f]) => f).sort()).toEqual(readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort());
  });

  it('the full-width colon message names the key and shows the line rewritten, not yaml’s words', async () => {
    const report = await checkInputs([`${DIR}/fullwidth-colon.yaml`], { cwd: process.cwd() });
    expect(report.diagnostics[0]!.message).toBe('“topic”后面的冒号是全角的“：”，YAML 只认半角冒号，这一行读不出来。');
    expect(JSON.stringify(report.diagnostics)).not.toMatch(/MULTILINE_IMPLICIT_KEY|Implicit|implicit/);
  });

  it('two keys with full-width colons on neighbouring lines are each reported at their colon, and nothing else', async () => {
    const text = readFileSync(`${DIR}/fullwidth-colon.yaml`, 'utf8').replace('    kind: 党委会\n    topic：', '    kind：党委会\n    topic ：');
    const { diagnostics } = await checkText(text);
    expect(at(diagnostics)).toEqual([
      { code: 'FULLWIDTH_COLON_KEY', line: 12, column: 9 },
      { code: 'FULLWIDTH_COLON_KEY', line: 13, column: 11 },
    ]);
  });

  it('the date message quotes the date as written', async () => {
    const report = await checkInputs([`${DIR}/date-chinese.yaml`], { cwd: process.cwd() });
    expect(report.diagnostics[0]!.message).toBe('“单位·成文日期”写成了“2021年12月20日”，日期要写成“年-月-日”的形式。');
  });
});
