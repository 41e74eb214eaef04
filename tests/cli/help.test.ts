// Help and commander's own errors in Chinese. Every ASCII word left in a help
// text, once command lines' paths and flags are set aside, must be one of the
// tool's own names (commands, choices, data keys, format names): commander's
// Usage/Options/Arguments/Commands/choices/default would show up as strangers.
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-helpers.js';
import { boxWrap } from '../../src/cli/help-zh.js';
import { displayWidth } from '../../src/batch/text-width.js';

// The tool's own vocabulary that may appear in help: commands, choice values and names of
// formats and products the descriptions refer to. Nothing of commander's is here.
const COMMANDS = ['summary', 'check', 'build', 'preview', 'schema', 'help', 'init', 'ledger', 'convert'];
const CHOICES = ['docx', 'md', 'txt', 'text', 'json', 'github'];
const NAMES = ['YAML', 'JSON', 'Schema', 'Markdown', 'CI', 'GitHub', 'Actions', 'SOURCE_DATE_EPOCH', 'superior', 'YYYY', 'MM', 'DD', 'GB2312', 'more', 'Excel', 'Word'];
const ALLOWED = new Set([...COMMANDS, ...CHOICES, ...NAMES]);

/** ASCII words of a help text that are not flags, paths or file names. */
function strangers(help: string): string[] {
  const words = help
    .split(/[\s，。、；：（）“”《》"|>]+/)
    // Placeholders are words to check: <format>, [inputs...].
    .map((t) => t.replace(/\.\.\.|[<>[\]]/g, ''))
    // -o, --out, examples/x.yaml, *.batch.yaml, .explain.txt, 各镇/草稿/**: a command line's own tokens.
    .filter((t) => !/^-|[/.*]/.test(t));
  return words.flatMap((t) => t.match(/[A-Za-z][A-Za-z_0-9]*/g) ?? []).filter((w) => !ALLOWED.has(w));
}

describe('help in Chinese', () => {
  it.each([[['--help']], [['help']], [['check', '--help']], [['build', '--help']], [['preview', '--help']], [['schema', '--help']], [['init', '--help']], [['ledger', '--help']], [['convert', '--help']], [['help', 'build']]])('%j: no English word of commander’s, and examples', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(0);
    const help = r.stdout;
    expect(strangers(help)).toEqual([]);
    expect(help).toMatch(/^用法： summary/);
    const examples = help.slice(help.indexOf('示例：')).split('\n').filter((l) => l.startsWith('  summary '));
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it('choices and defaults are said in Chinese', async () => {
    const r = await cli(['build', '--help']);
    // A description may wrap: its continuation lines are joined back before the search.
    expect(r.stdout.replace(/\n +/g, '')).toContain('（可选：docx、md、txt；默认：docx）');
    expect(r.stdout).not.toMatch(/choices|default/);
  });

  it('the test itself sees commander’s English when it is there', () => {
    expect(strangers('Usage: summary check [options] [inputs...]\nOptions:\n  --format <format>  输出格式 (choices: "text", default: "text")')).toEqual(
      expect.arrayContaining(['Usage', 'options', 'inputs', 'Options', 'format', 'choices', 'default']),
    );
  });
});

describe('commander’s errors in Chinese, pointing to the help of the command whose line was wrong', () => {
  it.each([
    [['check', '--bogus'], '不认识的选项 --bogus。', 'check '],
    [['build'], '缺少参数 输入。', 'build '],
    [['build', 'x.yaml', '--out'], '选项 -o, --out <文件夹> 后面缺少取值。', 'build '],
    [['build', 'x.yaml', '--format', 'pdf'], '选项 --format 的取值“pdf”不对，可选：docx、md、txt。', 'build '],
    [['check', '--jobs', '0'], '选项 --jobs 的取值“0”不对，应为正整数。', 'check '],
    [['preview', 'a.yaml', 'b.yaml'], '参数太多了：这里只要 1 个，给了 2 个。', 'preview '],
    [['frobnicate'], '没有 frobnicate 这个命令。', ''],
  ])('%j → %s', async (argv, message, command) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n运行 summary ${command}--help 查看用法。\n`);
  });
});

describe('help lines wrap between Chinese characters, not only at spaces', () => {
  it('fits the width, keeps punctuation off a line start and ASCII words whole', () => {
    const text = '汇总表的落款，即报送汇总的单位，如“青山县政协办公室”；默认用批量文件的 superior';
    const lines = boxWrap(`${text}，${text}`, 40).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/ /g, '')).toBe(`${text}，${text}`.replace(/ /g, ''));
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
      expect('，。、；：）”').not.toContain(line[0]);
      expect('（“').not.toContain(line.at(-1));
    }
    expect(lines.some((l) => l.includes('superior'))).toBe(true);
  });

  it('the real help at 80 columns has no line wider than 80', async () => {
    for (const args of [['--help'], ['help', 'build'], ['help', 'check']]) {
      const r = await cli(args);
      for (const line of r.stdout.split('\n')) if (!line.includes('#')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });
});
