// `check` as users and CI run it: node bin/summary.js over the built dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, writeFiles } from '../support/check-helpers.js';

function summary(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [`${process.cwd()}/bin/summary.js`, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // tsc emits even when files other engineers are still writing fail to type-check.
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
  } catch {
    /* type errors elsewhere do not stop the emit */
  }
  expect(existsSync('dist/cli/main.js')).toBe(true);
});

describe('node bin/summary.js check', () => {
  it('the examples (without invalid/) are clean: exit 0', () => {
    const r = summary(['check', 'examples', '--ignore', 'examples/invalid/**']);
    expect(r.stdout).toMatch(/检查了 \d+ 个文件：0 个错误，0 个警告。/);
    expect(r.code).toBe(0);
  });

  it('findings exit 1 in each format', () => {
    const text = summary(['check', 'examples/invalid/counts-disagree.yaml']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('examples/invalid/counts-disagree.yaml:32:11 错误 COUNT_MISMATCH');
    expect(text.stdout).toContain('> 32 |   forums: 3');

    const json = summary(['check', 'examples/invalid/counts-disagree.yaml', '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ summary: { files: 1, errors: 1, warnings: 0 } });

    const github = summary(['check', 'examples/invalid/counts-disagree.yaml', '--format', 'github']);
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=examples\/invalid\/counts-disagree\.yaml,line=32,col=11,/m);
    expect(github.stdout).toContain('检查了 1 个文件：1 个错误，0 个警告。');
  });

  it('usage errors exit 2', () => {
    expect(summary(['check', '--format', 'xml']).code).toBe(2);
    expect(summary(['check', 'missing.yaml']).code).toBe(2);
    expect(summary(['nope']).code).toBe(2);
  });

  it('a whole folder with bad files goes on to the end', () => {
    const dir = writeFiles({ 'a.yaml': BASE, 'b.yaml': '\t- broken', 'c.yaml': BASE });
    const r = summary(['check', '.', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ summary: { files: 3, errors: 1 } });
  });
});
