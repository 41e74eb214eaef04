// What a single build takes as its office, and how it names and places its file:
// a file of an office.yaml folder stands for the whole folder; --name follows
// --format; preview takes one office; a missing --previous or a file given as
// --out are usage errors with Chinese messages.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli-helpers.js';


const EXAMPLE = path.resolve('examples/qingshi-2021.yaml');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-inputs-'));
  // One office kept in two files: office.yaml without its meetings, meetings.yaml with them.
  const text = readFileSync(EXAMPLE, 'utf8');
  const start = text.indexOf('\nmeetings:');
  const end = text.indexOf('\nstudies:');
  mkdirSync(path.join(dir, 'qingshi'));
  writeFileSync(path.join(dir, 'qingshi', 'office.yaml'), text.slice(0, start) + text.slice(end));
  writeFileSync(path.join(dir, 'qingshi', 'meetings.yaml'), text.slice(start, end));
});

describe('a file inside an office.yaml folder', () => {
  it('builds the whole office, records of the other files included', async () => {
    const r = await cli(['build', 'qingshi/office.yaml', '--format', 'md', '--out', 'out-file'], dir);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(path.join(dir, 'out-file', '2021年青石镇政协联络工作委员会工作总结.md'), 'utf8');
    expect(md).toContain('乡村振兴与农村人居环境整治'); // a meeting, kept in meetings.yaml
    const whole = await cli(['build', 'qingshi', '--format', 'md', '--out', 'out-folder'], dir);
    expect(whole.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out-folder', '2021年青石镇政协联络工作委员会工作总结.md'), 'utf8')).toBe(md);
  });

  it('is checked as that office, not as an office of its own', async () => {
    const r = await cli(['check', 'qingshi/meetings.yaml'], dir);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toContain('MISSING_FIELD');
  });
});

describe('output names and places', () => {
  it('--name takes the extension of --format', async () => {
    const r = await cli(['build', EXAMPLE, '--name', '总结.docx', '--format', 'md', '--out', 'named'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(path.join(dir, 'named'))).toEqual(['总结.md']);
  });

  it('a file given as --out is a usage error in Chinese, and nothing is written', async () => {
    writeFileSync(path.join(dir, 'afile'), 'x');
    const r = await cli(['build', EXAMPLE, '--out', 'afile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUTPUT_DIR_INVALID');
    expect(r.stderr).toContain('这是一个文件，不是文件夹');
    expect(readFileSync(path.join(dir, 'afile'), 'utf8')).toBe('x');
  });
});

describe('usage errors', () => {
  it('preview takes one office: a folder of offices is exit 2 with a Chinese message', async () => {
    const r = await cli(['preview', path.resolve('examples')], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('preview 一次只显示一个单位的报告');
  });

  it('a missing --previous file is exit 2, named as the previous year, and nothing is written', async () => {
    const r = await cli(['build', EXAMPLE, '--previous', 'nonexist.yaml', '--out', 'prev'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到用于与上年比较的记录“nonexist.yaml”');
    expect(existsSync(path.join(dir, 'prev'))).toBe(false);
  });
});

describe('a very long office name', () => {
  it('is shortened in the default file name, which still ends 工作总结.docx and fits 200 bytes', async () => {
    const { reportFileName } = await import('../../src/office/file-name.js');
    const name = reportFileName(undefined, { year: 2021, office: '青'.repeat(100) }, 'docx');
    expect(name.startsWith('2021年青青')).toBe(true);
    expect(name.endsWith('工作总结.docx')).toBe(true);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
  });
});

describe('options for many offices on a single build', () => {
  it('--rollup on one office is said to do nothing, and the report is still built', async () => {
    const r = await cli(['build', EXAMPLE, '--rollup', '--out', 'one-rollup'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('只生成一个单位时 --rollup 不起作用');
    expect(readdirSync(path.join(dir, 'one-rollup'))).toEqual(['2021年青石镇政协联络工作委员会工作总结.docx']);
  });
});
