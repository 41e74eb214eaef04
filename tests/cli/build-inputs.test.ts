// What a single build takes as its office, beyond the table of CLI cases
// (cases.ts): a file of an office.yaml folder builds the same report as the
// folder; a file given as --out is refused and left as it was.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli-helpers.js';

/** One office kept in two files: office.yaml without its meetings, meetings.yaml with them. */
const SPLIT = path.resolve('tests/fixtures/cli/split-office');
const REPORT = '2021年青石镇政协联络工作委员会工作总结.md';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-inputs-'));
});

describe('a file inside an office.yaml folder', () => {
  it('builds the whole office, records of the other files included', async () => {
    const r = await cli(['build', 'qingshi/office.yaml', '--format', 'md', '--out', path.join(dir, 'out-file')], SPLIT);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(path.join(dir, 'out-file', REPORT), 'utf8');
    expect(md).toContain('乡村振兴与农村人居环境整治'); // a meeting, kept in meetings.yaml
    const whole = await cli(['build', 'qingshi', '--format', 'md', '--out', path.join(dir, 'out-folder')], SPLIT);
    expect(whole.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out-folder', REPORT), 'utf8')).toBe(md);
  });
});

describe('output names and places', () => {
  it('a file given as --out is a usage error in Chinese, and the file is left as it was', async () => {
    writeFileSync(path.join(dir, 'afile'), 'x');
    const r = await cli(['build', path.resolve('examples/qingshi-2021.yaml'), '--out', 'afile'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUTPUT_DIR_INVALID');
    expect(r.stderr).toContain('这是一个文件，不是文件夹');
    expect(readFileSync(path.join(dir, 'afile'), 'utf8')).toBe('x');
  });
});
