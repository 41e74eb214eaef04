/** `summary ledger` and `summary convert` as the CLI runs them: exit codes, messages, no overwrite without --force. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-helpers.js';
import { EXAMPLES_DIR } from '../support/example-data.js';

describe('summary ledger', () => {
  it('writes a blank ledger, refuses to overwrite it, and overwrites with --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-ledger-'));
    const first = await cli(['ledger', '台账', '--year', '2025'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('已生成工作台账：台账.xlsx');
    const before = readFileSync(path.join(dir, '台账.xlsx'));
    const again = await cli(['ledger', '台账.xlsx'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('OUTPUT_EXISTS');
    expect(readFileSync(path.join(dir, '台账.xlsx'))).toEqual(before);
    expect((await cli(['ledger', '台账.xlsx', '--force'], dir)).code).toBe(0);
  });

  it('refuses a year that is not one, in Chinese', async () => {
    const run = await cli(['ledger', '--year', '25'], mkdtempSync(path.join(tmpdir(), 'cli-ledger-')));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('应为 1949 到 2100 之间的四位年份');
  });

  it('a blank ledger checks with the missing required fields at their cells (exit 1), never a stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-ledger-'));
    await cli(['ledger', '台账.xlsx', '--year', '2025', '--office', '青石镇政协联络工作委员会'], dir);
    const run = await cli(['check', '台账.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('台账.xlsx 单位与委员!C4（文中简称）： 错误 MISSING_FIELD');
    expect(run.stdout + run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe('summary convert', () => {
  it('YAML → ledger → YAML with default names; data errors exit 1 and write nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-convert-'));
    writeFileSync(path.join(dir, 'q.yaml'), readFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml')));
    expect((await cli(['convert', 'q.yaml'], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, 'q.xlsx'))).toBe(true);
    const back = await cli(['convert', 'q.xlsx', 'r.yaml'], dir);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('q.xlsx → r.yaml');
    writeFileSync(path.join(dir, 'bad.yaml'), 'year: 2021\n');
    const bad = await cli(['convert', 'bad.yaml'], dir);
    expect(bad.code).toBe(1);
    expect(existsSync(path.join(dir, 'bad.xlsx'))).toBe(false);
  });
});
