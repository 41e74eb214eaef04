// The batch's table, progress lines and roll-up lines show paths from the
// current folder, as the roll-up lines always did; the library hands the CLI
// resolved paths. Runs the bin over dist/ (batches run the compiled worker; `npm run build` first).
const bin = path.resolve('bin/summary.js');
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';


describe.runIf(existsSync('dist/batch/worker.js'))('summary build of many offices: paths shown', () => {
  it('report paths in the table, progress and roll-up lines are relative to the current folder', () => {
    const cwd = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'summary-batch-paths-')));
    cpSync('examples/qingshi-2021.yaml', path.join(cwd, 'data', 'qingshi.yaml'));
    cpSync('examples/yanquan-street-2021.yaml', path.join(cwd, 'data', 'yanquan.yaml'));
    const args = ['build', 'data', '--out', 'out', '--rollup', '--county', '青山县', '--superior', '县政协', '--date', '2021-12-25', '--jobs', '1'];
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^青石镇政协联络工作委员会\s+已生成\s+0\s+out\/2021年青石镇政协联络工作委员会工作总结\.docx$/m);
    expect(r.stdout).toContain('已生成汇总表：out/2021年青山县各镇（街道）政协联络工作情况汇总.docx');
    expect(r.stdout + r.stderr).not.toContain(cwd);
  }, 60_000);
});
