// The batch in a terminal, through the bin over dist/: the bar goes to stderr and is drawn
// only when stderr itself is a terminal (`2>err.txt` from one gets plain lines); a re-run
// without --force finds the reports as this run would write them (未变) with exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = process.cwd();
const pretend = path.join(root, 'tests/fixtures/terminal/pretend-tty.mjs');
const TWO = ['examples/qingshi-2021.yaml', 'examples/yanquan-street-2021.yaml'];
let out: string;

beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'batch-terminal-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

function summary(args: string[], tty: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PRETEND_TTY: tty, NO_COLOR: '1' };
  delete env.CI;
  const r = spawnSync(process.execPath, ['--import', pretend, 'bin/summary.js', ...args], { cwd: root, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(existsSync('dist/batch/worker.js'))('batch progress and re-runs', () => {
  it('stdout a terminal, stderr a file: no \\r or escape sequences in stderr, one plain line per office', () => {
    const r = summary(['build', ...TWO, '--out', out], 'stdout');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain('\x1b');
    // Staged, not yet written: the progress line says so; 已生成 is for the table, once the file is in place.
    expect(r.stderr).toMatch(/^\[1\/2\] 已排版，待写入 /m);
    expect(r.stderr).not.toContain('已生成');
  });

  it('stderr a terminal: the bar is drawn there in place', () => {
    const r = summary(['build', ...TWO, '--out', out], 'stderr');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('\r\x1b[2K生成 [');
  });

  it('a re-run of the same data without --force: 未变, not 失败 or 已存在, and exit 0 (tests/cli/batch-rerun.test.ts: the county’s re-runs)', () => {
    expect(summary(['build', ...TWO, '--out', out], '').code).toBe(0);
    const again = summary(['build', ...TWO, '--out', out], '');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trimEnd().split('\n').at(-1)).toMatch(/^共 2 个单位：已生成 0 个，未变 2 个；警告 \d+ 条。$/);
    expect(again.stdout).not.toContain('失败');
    expect(again.stderr).not.toMatch(/OUTPUT_EXISTS|OUTPUT_EDITED/);
  });
});
