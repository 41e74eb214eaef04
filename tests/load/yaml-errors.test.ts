// Each yaml 2 error and warning we can meet, said in Chinese: the code, its
// place and the whole message. No English from the library reaches the user;
// its ErrorCode stays in brackets, for searching.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';

const rows: { name: string; text: string; code: string; line: number; message: string }[] = [
  { name: 'an unclosed flow list', text: 'a: [1, 2\nb: 3\n', code: 'YAML_SYNTAX', line: 2, message: 'YAML 语法错误：方括号 [ ] 或花括号 { } 没有配对，或其中换行后的缩进不对（BAD_INDENT）' },
  { name: 'an unclosed quote, shown where it opens', text: 'a: "abc\nb: 1\n', code: 'YAML_SYNTAX', line: 1, message: 'YAML 语法错误：引号没有配对（MISSING_CHAR）' },
  { name: 'a key over two lines', text: 'a\nb: 1\n', code: 'YAML_SYNTAX', line: 1, message: 'YAML 语法错误：键不能跨行，可能是上一行少了冒号或缩进不对（MULTILINE_IMPLICIT_KEY）' },
  { name: 'a line indented deeper than its block', text: 'a:\n    b: 1\n  c: 2\n', code: 'YAML_SYNTAX', line: 3, message: 'YAML 语法错误：缩进不对（BAD_INDENT）' },
  { name: 'a stray bracket', text: 'a: 1\n]\n', code: 'YAML_SYNTAX', line: 2, message: 'YAML 语法错误：这里出现了意外的字符（UNEXPECTED_TOKEN）' },
  { name: 'a value starting with @', text: 'a: @x\n', code: 'YAML_SYNTAX', line: 1, message: 'YAML 语法错误：值不能以这个字符开头，请给值加引号（BAD_SCALAR_START）' },
  { name: 'a bad escape in double quotes', text: 'a: "\\q"\n', code: 'YAML_SYNTAX', line: 1, message: 'YAML 语法错误：双引号内的反斜杠转义不对，可改用单引号（BAD_DQ_ESCAPE）' },
  { name: 'a key over 1024 characters', text: `${'k'.repeat(1100)}: 1\n`, code: 'YAML_SYNTAX', line: 1, message: 'YAML 语法错误：键太长（KEY_OVER_1024_CHARS）' },
  { name: 'an alias with a tag', text: 'a: &x 1\nb: !!str *x\n', code: 'YAML_SYNTAX', line: 2, message: 'YAML 语法错误：别名不能带标签或锚点（ALIAS_PROPS）' },
  { name: 'two anchors on one value', text: 'a: &x &y 1\n', code: 'YAML_SYNTAX', line: 1, message: 'YAML 语法错误：一个值只能有一个锚点（&）（MULTIPLE_ANCHORS）' },
  { name: 'two tags on one value', text: 'a: !!str !!str 1\n', code: 'YAML_SYNTAX', line: 1, message: 'YAML 语法错误：一个值只能有一个标签（!）（MULTIPLE_TAGS）' },
  { name: 'a list as a key (yaml would print an English warning)', text: '[a]: 1\n', code: 'YAML_SYNTAX', line: 1, message: 'YAML 语法错误：键只能是文字，不能是列表或键值（NON_STRING_KEY）' },
  { name: 'an unknown directive', text: '%FOO bar\n---\na: 1\n', code: 'YAML_WARNING', line: 1, message: 'YAML 警告：以 % 开头的指令不认识，已忽略（BAD_DIRECTIVE）' },
  { name: 'an anchor ending in a colon', text: 'a: &x: 1\n', code: 'YAML_WARNING', line: 1, message: 'YAML 警告：以冒号结尾的锚点或别名意思不明确（BAD_ALIAS）' },
  // Repro 36: every tag is said as what it is, at the tag (!!str, text as quotes make it, is read).
  { name: 'an unknown tag', text: 'a: !foo 1\n', code: 'YAML_TAG', line: 1, message: '这里写了以“!”开头的标签“!foo”。工作记录不用标签：数字、文字、日期都直接写，工具按字段知道它是什么。' },
  { name: 'a core tag on a value it does not fit', text: 'a: !!float 18\n', code: 'YAML_TAG', line: 1, message: '这里写了以“!”开头的标签“!!float”。工作记录不用标签：数字、文字、日期都直接写，工具按字段知道它是什么。' },
  { name: 'a tag yaml would read as binary', text: 'b: !!binary aGVsbG8=\n', code: 'YAML_TAG', line: 1, message: '这里写了以“!”开头的标签“!!binary”。工作记录不用标签：数字、文字、日期都直接写，工具按字段知道它是什么。' },
  { name: 'a byte-order mark on a line of its own', text: 'a: 1\n\uFEFF\nb: 2\n', code: 'YAML_INVISIBLE_CHARACTER', line: 2, message: '这里有 1 个看不见的字符“U+FEFF”（字节顺序标记，记事本等会把它存在文件开头，这里却在文件中间），这一行因此读不下去。' },
  { name: 'NUL bytes after the last line', text: 'a: 1\nb: 2\n\u0000\u0000\u0000', code: 'YAML_INVISIBLE_CHARACTER', line: 3, message: '这里有 3 个看不见的字符“U+0000”（空字符，多是文件被截断或写坏留下的），这一行因此读不下去。' },
];

describe('yaml errors in Chinese', () => {
  it.each(rows)('$name: $code', ({ text, code, line, message }) => {
    const r = parseYaml(text, 'f.yaml');
    expect(r.diagnostics.map((d) => ({ code: d.code, line: d.line, message: d.message }))).toEqual([{ code, line, message }]);
  });

  it('no message has English words besides the yaml code in brackets', () => {
    for (const { text } of rows) {
      for (const d of parseYaml(text, 'f.yaml').diagnostics) expect(d.message.replace(/^YAML /, '').replace(/（[A-Z_0-9]+）/, '').replace(/“[^”]*”/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
