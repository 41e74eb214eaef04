// The CLI in-process through run(argv, io): usage errors, formats, exit codes.
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-helpers.js';
import { escapeData, escapeProperty } from '../../src/diagnostics/format/github.js';
import { BASE, writeFiles } from '../support/check-helpers.js';

describe('summary check (in-process)', () => {
  it('a clean file exits 0 with the one-line Chinese summary', async () => {
    const r = await cli(['check', 'examples/qingshi-2021.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('检查了 1 个文件：0 个错误，0 个警告。没有发现问题。');
  });

  it('errors exit 1', async () => {
    const r = await cli(['check', 'examples/invalid/typo-key.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('examples/invalid/typo-key.yaml:14:5 错误 UNKNOWN_KEY');
    expect(r.stdout).toContain('是不是想写“attendees”？');
  });

  it('warnings exit 0 unless more than --max-warnings; --quiet hides them', async () => {
    const file = 'examples/invalid/mobile-number.yaml';
    expect((await cli(['check', file])).code).toBe(0);
    expect((await cli(['check', file, '--max-warnings', '1'])).code).toBe(0);
    const over = await cli(['check', file, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('--max-warnings');
    const quiet = await cli(['check', file, '--quiet']);
    expect(quiet.stdout).not.toContain('PERSONAL_NUMBER');
  });

  it.each([
    [['check', '--format', 'xml'], '可选：text、json、github'],
    [['check', '--max-warnings', 'many'], '不小于 0 的整数'],
    [['check', '--bogus'], '不认识的选项 --bogus'],
    [['frobnicate'], '没有 frobnicate 这个命令'],
    [['check', 'no/such/file.yaml'], 'FILE_NOT_FOUND'],
  ])('usage problem %j exits 2 with a Chinese message', async (argv, text) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(text);
  });

  it('--format json prints only JSON on stdout', async () => {
    const r = await cli(['check', 'examples/invalid/typo-key.yaml', '--format', 'json']);
    const parsed = JSON.parse(r.stdout) as { summary: { errors: number }; diagnostics: { code: string; line: number }[] };
    expect(parsed.summary.errors).toBe(1);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'UNKNOWN_KEY', line: 14, column: 5 });
  });

  it('--format github prints annotations and the text log', async () => {
    const r = await cli(['check', 'examples/invalid/typo-key.yaml', '--format', 'github']);
    expect(r.stdout).toMatch(/^::error file=examples\/invalid\/typo-key\.yaml,line=14,col=5,.*title=UNKNOWN_KEY .*::“会议第1条”中没有/m);
    expect(r.stdout).toContain('%0A提示：');
    expect(r.stdout).toContain('检查了 1 个文件：1 个错误，0 个警告。');
  });

  it('GitHub escaping: % CR LF in data, and also : , in properties', () => {
    expect(escapeData('100%\r\nx')).toBe('100%25%0D%0Ax');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('a folder of offices: one bad file does not hide the good ones', async () => {
    const dir = writeFiles({ 'a.yaml': BASE, 'b.yaml': BASE.replace('kind: 视察', 'kind: 巡视') });
    const r = await cli(['check', '.', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout) as { summary: { files: number; errors: number } };
    expect(parsed.summary).toEqual({ files: 2, errors: 1, warnings: 0 });
  });

  it('summary schema prints the JSON Schema', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('properties.office');
  });

  it('--help and --version exit 0', async () => {
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['check', '--help'])).stdout).toContain('--max-warnings');
    expect((await cli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
