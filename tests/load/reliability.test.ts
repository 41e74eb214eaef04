// One test per row 1-13 of docs/reliability.md: what the libraries do by default, and what we do instead.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/check/check-inputs.js';
import { formatText } from '../../src/diagnostics/format/text.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { decodeSource, readSource } from '../../src/load/read-source.js';
import { removeInvisible } from '../../src/validate/rules/text-content.js';
import { at, BASE, checkText, codes, tempDir } from '../support/check-helpers.js';

const hasChinese = (s: string | undefined) => /[\u4e00-\u9fff]/.test(s ?? '');

describe('reliability rows 1-13', () => {
  it('1: every YAML syntax error is reported with line:col, and the partial data is not used', async () => {
    const text = BASE.replace('    topic: 党史学习教育专题学习', '    topic: [党史学习').replace('  plans:', '  plans: {');
    const { loaded, diagnostics } = await checkText(text);
    expect(loaded.data).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
    for (const d of diagnostics) {
      expect(d.severity).toBe('error');
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
    }
  });

  it('2: a duplicate key is fatal and points at the second key', async () => {
    const { loaded, diagnostics } = await checkText(BASE.replace('  superior: 县政协', '  superior: 县政协\n  superior: 区政协'));
    expect(loaded.data).toBeUndefined();
    expect(at(diagnostics)).toEqual([{ code: 'DUPLICATE_KEY', line: 7, column: 3 }]);
    expect(diagnostics[0]!.message).toContain('superior');
  });

  it('3: tab indentation and several documents are fatal, with a Chinese hint', async () => {
    const tab = await checkText(BASE.replace('  township: 青石镇', '\ttownship: 青石镇'));
    expect(codes(tab.diagnostics)).toEqual(['TAB_AS_INDENT']);
    expect(hasChinese(tab.diagnostics[0]!.hint)).toBe(true);
    const docs = await checkText(`${BASE}---\nyear: 2022\n`);
    expect(codes(docs.diagnostics)).toEqual(['MULTIPLE_DOCS']);
    expect(docs.loaded.data).toBeUndefined();
    expect(hasChinese(docs.diagnostics[0]!.hint)).toBe(true);
  });

  it('4: YAML 1.1 habits: core schema even under %YAML 1.1; codes stay text; impossible dates rejected', async () => {
    const parsed = parseYaml('%YAML 1.1\n---\na: NO\nb: yes\nc: 2021-06-01\n', 'x.yaml');
    expect(parsed.value).toEqual({ a: 'NO', b: 'yes', c: '2021-06-01' });
    const withDirective = await checkText(`%YAML 1.1\n---\n${BASE}`);
    expect(withDirective.diagnostics).toEqual([]);
    expect(withDirective.loaded.data?.office.date).toBe('2021-12-20');
    // 0123 is not read as 123: a leading zero is refused where it stands (the hint says to quote a code).
    const code = await checkText(BASE.replace('    topic: 党史学习教育专题学习', '    topic: 0123'));
    expect(codes(code.diagnostics)).toEqual(['NUMBER_FORMAT']);
    const leap = await checkText(BASE.replace('2021-02-23', '2023-02-29'));
    expect(codes(leap.diagnostics)).toEqual(['INVALID_DATE']);
  });

  it('5: a " #" inside unquoted Chinese text warns at the #', async () => {
    const { diagnostics } = await checkText(BASE.replace('    topic: 党史学习教育专题学习', '    topic: 第1次 #重点 会议'));
    expect(at(diagnostics)).toEqual([{ code: 'COMMENT_IN_TEXT', line: 20, column: 16 }]);
    expect(diagnostics[0]!.severity).toBe('warning');
    expect(diagnostics[0]!.message).toContain('重点 会议');
    // Issue 21: an ordinary comment is not text lost — after a date or a number (which cannot go on with " #"), written
    // as a comment ("# 备注"), or set apart by two spaces.
    for (const [from, to] of [
      ['2021-02-23', '2021-02-23 #备注'],
      ['2021-02-23', '2021-02-23   # 备注'],
      ['    topic: 党史学习教育专题学习', '    topic: 党史学习教育专题学习 # 备注：县里布置'],
      ['    topic: 党史学习教育专题学习', '    topic: 党史学习教育专题学习  #县里布置'],
    ]) {
      const quiet = await checkText(BASE.replace(from!, to!));
      expect(codes(quiet.diagnostics), to).toEqual([]);
    }
    // An ordinary comment after a number is not text lost.
    const plain = await checkText(BASE.replace('    attendees: 11', '    attendees: 11 # 含列席'));
    expect(plain.diagnostics).toEqual([]);
  });

  it('6: `key: 会议: 第一次` is fatal, hinting to quote or use a full-width colon', async () => {
    const { loaded, diagnostics } = await checkText(BASE.replace('    topic: 党史学习教育专题学习', '    topic: 会议: 第一次'));
    expect(loaded.data).toBeUndefined();
    expect(at(diagnostics)).toEqual([{ code: 'UNQUOTED_COLON', line: 20, column: 12 }]);
    expect(diagnostics[0]!.hint).toMatch(/引号/);
    expect(diagnostics[0]!.hint).toContain('全角冒号');
  });

  it('7: an alias bomb (a ReferenceError inside yaml) becomes a diagnostic for that file only', async () => {
    const good = 'examples/qingshi-2021.yaml';
    const report = await checkInputs(['examples/invalid/alias-bomb.yaml', good], { cwd: process.cwd() });
    expect(codes(report.diagnostics)).toEqual(['ALIAS_LIMIT']);
    const other = report.value.results.find((o) => o.input === path.resolve(good));
    expect(other?.diagnostics).toEqual([]);
    expect(other?.numbers?.meetings).toBeGreaterThan(0);
  });

  it('8: very deep nesting is refused before composing, twice in one process; size is bounded', async () => {
    const deepFlow = `x: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    const deepBlock = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
    for (const text of [deepFlow, deepBlock, deepFlow]) {
      const { diagnostics } = await checkText(text);
      expect(codes(diagnostics)).toEqual(['NESTING_TOO_DEEP']);
    }
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.yaml'), `year: 2021\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const big = await readSource(path.join(dir, 'big.yaml'), 'big.yaml');
    expect(codes(big.diagnostics)).toEqual(['FILE_TOO_LARGE']);
  });

  it('9: BOM stripped, CRLF fine; GBK and UTF-16 are told to save as UTF-8', async () => {
    const withBom = await checkText(`\uFEFF${BASE.replace(/\n/g, '\r\n')}`);
    expect(withBom.diagnostics).toEqual([]);
    expect(withBom.loaded.data?.office.name).toBe('青石镇政协联络工作委员会');
    // 青石 in GBK: C7 E0 CA AF.
    const gbk = decodeSource(Uint8Array.from([0x61, 0x3a, 0x20, 0xc7, 0xe0, 0xca, 0xaf, 0x0a]), 'g.yaml');
    expect(codes(gbk.diagnostics)).toEqual(['ENCODING_NOT_UTF8']);
    expect(gbk.diagnostics[0]!.hint).toContain('请另存为 UTF-8');
    const utf16 = decodeSource(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]), 'u.yaml');
    expect(codes(utf16.diagnostics)).toEqual(['ENCODING_UTF16']);
    expect(utf16.diagnostics[0]!.hint).toContain('请另存为 UTF-8');
  });

  it.each([
    ['a C0 control', '\\u0007', 'U+0007'],
    ['U+FFFE', '\\uFFFE', 'U+FFFE'],
    ['U+FFFF', '\\uFFFF', 'U+FFFF'],
    ['a lone surrogate', '\\uD800', 'U+D800'],
  ])('10: %s in text warns that it will be removed', async (_name, escape, codePoint) => {
    const { loaded, diagnostics } = await checkText(BASE.replace('    topic: 党史学习教育专题学习', `    topic: "党史${escape}学习"`));
    expect(at(diagnostics)).toEqual([{ code: 'INVISIBLE_CHARACTER', line: 20, column: 12 }]);
    expect(diagnostics[0]!.message).toContain(codePoint);
    expect(removeInvisible(loaded.data!.studies![0]!.topic)).toBe('党史学习');
  });

  it('11: a misspelt key is an error at the key, suggesting the nearest known key', async () => {
    const { loaded, diagnostics } = await checkText(BASE.replace('  shortName: 镇政协联工委', '  shortName: 镇政协联工委\n  signatrue: 青石镇政协'));
    expect(loaded.data).toBeUndefined();
    expect(at(diagnostics)).toEqual([{ code: 'UNKNOWN_KEY', line: 5, column: 3 }]);
    expect(diagnostics[0]!.hint).toContain('signature');
  });

  it.each([
    ['empty text', "    topic: ''", 'BLANK_TEXT'],
    ['blank text', '    topic: "   "', 'BLANK_TEXT'],
    ['null text', '    topic:', 'BLANK_TEXT'],
    ['number as text', '    topic: 12', 'WRONG_TYPE'],
  ])('12: %s is an error, never coerced', async (_name, line, code) => {
    const { loaded, diagnostics } = await checkText(BASE.replace('    topic: 党史学习教育专题学习', line));
    expect(loaded.data).toBeUndefined();
    expect(codes(diagnostics)).toEqual([code]);
    expect(diagnostics[0]!.line).toBe(20);
  });

  it('12: a number written as text or empty is not turned into a number', async () => {
    for (const value of ['"11"', "''", '[]']) {
      const { loaded, diagnostics } = await checkText(BASE.replace('    attendees: 11', `    attendees: ${value}`));
      expect(loaded.data).toBeUndefined();
      expect(codes(diagnostics)).toEqual(['WRONG_TYPE']);
    }
  });

  it('13: messages give file:line:col, the Chinese label, a Chinese message and a hint', async () => {
    const { loaded, diagnostics } = await checkText(BASE.replace('    attendees: 11', '    attendees: 十一'));
    const d = diagnostics[0]!;
    // A count in Chinese numerals is told the number to write (issue 11).
    expect(d).toMatchObject({ code: 'NUMBER_AS_TEXT', file: 'year.yaml', line: 13, column: 16, hint: '写成 11' });
    expect(d.message).toContain('会议第1条·参会人数');
    expect(d.message).not.toMatch(/[A-Za-z]{4,}/);
    expect(hasChinese(d.hint)).toBe(true);
    const text = formatText({ diagnostics, sources: loaded.sources, summary: { files: 1, errors: 1, warnings: 0 } });
    expect(text).toContain('year.yaml:13:16 错误 NUMBER_AS_TEXT');
    expect(text).toContain('> 13 |     attendees: 十一');
    expect(text).toContain('提示：');
  });
});
