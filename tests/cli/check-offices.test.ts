// `summary check` over several offices: the batch's inputs (batch files, the
// folder rule) and its per-office table, before the one-line summary.
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-helpers.js';


describe('summary check over several offices', () => {
  it('a folder is the offices directly in it: examples/ is clean and leaves examples/invalid/ out', async () => {
    const r = await cli(['check', 'examples/']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('examples/invalid/');
    for (const name of ['柏禾乡政协联络办公室', '枫林镇政协联络工作委员会', '青石镇政协联络工作委员会', '雁泉街道政协联络工作委员会']) {
      expect(r.stdout).toMatch(new RegExp(`${name}\\s+通过\\s+0`));
    }
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('检查了 4 个文件：0 个错误，0 个警告。没有发现问题。');
    expect(r.stdout).toContain('共 4 个单位：通过 4 个；警告 0 条。');
  });

  it('a batch file is read as its list of offices; the table names each bad one with its first error', async () => {
    const r = await cli(['check', 'tests/fixtures/batch/county/summary.batch.yaml', '--allow-outside']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/tests\/fixtures\/batch\/county\/bad\/tab-indent\.yaml\s+有错误\s+0\s+TAB_AS_INDENT tests\/fixtures\/batch\/county\/bad\/tab-indent\.yaml:\d+:\d+/);
    expect(r.stdout).toContain('共 4 个单位：通过 2 个，有错误 2 个');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^检查了 4 个文件：2 个错误/);
  });

  it('one office prints no table', async () => {
    const r = await cli(['check', 'examples/qingshi-2021.yaml']);
    expect(r.stdout).not.toContain('共 1 个单位');
  });
});
