// Expanding inputs into office jobs: files, folders, globs, batch files.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/inputs/expand.js';
import { showDiagnostics, showFrom } from '../../src/cli/display-paths.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fx = (p: string) => path.join('tests/fixtures/batch', p);
const show = showFrom(root);

describe('expandInputs', () => {
  it('reads a folder as one office per YAML file and one per subfolder marked by office.yaml', async () => {
    const out = await expandInputs([fx('folder-of-offices')], { cwd: root });
    expect(out.diagnostics).toEqual([]);
    expect(out.jobs.map((j) => show(j.input))).toEqual([fx('folder-of-offices/qingshi'), fx('folder-of-offices/yanquan.yaml')]);
  });

  it('reads a batch file: offices relative to it, shared settings and own settings', async () => {
    const out = await expandInputs([fx('county/summary.batch.yaml')], { cwd: root, allowOutside: true });
    expect(out.diagnostics).toEqual([]);
    expect(out.jobs.map((j) => show(j.input))).toEqual([
      'examples/qingshi-2021.yaml',
      'examples/yanquan-street-2021.yaml',
      fx('county/bad/tab-indent.yaml'),
      fx('county/bad/missing-text.yaml'),
    ]);
    expect(out.settings).toMatchObject({ year: 2021, county: '青山县', superior: '县政协', pattern: '{year}年{township}政协工作总结.docx' });
    expect(show(out.jobs[1]?.own.templatesDir ?? '')).toBe(fx('county/bad-templates'));
  });

  it('reads a folder holding summary.batch.yaml as that batch file', async () => {
    const out = await expandInputs([fx('county')], { cwd: root, allowOutside: true });
    expect(out.jobs).toHaveLength(4);
    expect(show(out.jobs[0]?.batchFile ?? '')).toBe(fx('county/summary.batch.yaml'));
  });

  it('expands globs and builds an office named twice once, with a warning', async () => {
    const out = await expandInputs(['examples/*.yaml', 'examples/qingshi-2021.yaml'], { cwd: root });
    expect(out.jobs.map((j) => show(j.input))).toEqual(['examples/baihe-counts-2022.yaml', 'examples/binhe-street-2021.yaml', 'examples/fenglin-2022.yaml', 'examples/qingshi-2021.yaml', 'examples/yanquan-street-2021.yaml']);
    expect(showDiagnostics(out.diagnostics, show)).toMatchObject([{ code: 'BATCH_DUPLICATE_INPUT', severity: 'warning', file: 'examples/qingshi-2021.yaml' }]);
  });

  it('says which input matched nothing', async () => {
    const out = await expandInputs(['nowhere/*.yaml', 'missing.yaml'], { cwd: root });
    expect(out.jobs).toEqual([]);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['FILE_NOT_FOUND', 'FILE_NOT_FOUND']);
  });

  it('validates the batch file strictly, pointing at the key and suggesting the right one', async () => {
    const out = await expandInputs([fx('bad-batch.batch.yaml')], { cwd: root });
    expect(out.jobs).toEqual([]);
    const unknown = showDiagnostics(out.diagnostics, show).find((d) => d.code === 'UNKNOWN_KEY');
    expect(unknown).toMatchObject({ file: fx('bad-batch.batch.yaml'), line: 2, column: 1, hint: '是不是想写“county”？' });
    expect(out.diagnostics.find((d) => d.code === 'BATCH_FILE_INVALID')).toMatchObject({ line: 3, message: expect.stringContaining('单位列表') });
  });
});

describe('one office alone, or many: decided once, by the expansion', () => {
  const alone = async (inputs: string[]) => (await expandInputs(inputs, { cwd: root, allowOutside: true })).alone;
  it('tells a batch from one office', async () => {
    expect(await alone(['examples/qingshi-2021.yaml'])).toBe(true);
    expect(await alone(['examples/qingshi-2021.yaml', 'examples/baihe-counts-2022.yaml'])).toBe(false);
    expect(await alone(['examples'])).toBe(false);
    expect(await alone([fx('folder-of-offices')])).toBe(false);
    expect(await alone([fx('folder-of-offices/qingshi')])).toBe(true);
    // A file of an office.yaml folder stands for that office, alone.
    expect(await alone([fx('folder-of-offices/qingshi/office.yaml')])).toBe(true);
    expect(await alone([fx('county')])).toBe(false);
    expect(await alone([fx('county/summary.batch.yaml')])).toBe(false);
    expect(await alone(['examples/*.yaml'])).toBe(false);
    // One missing input was an attempt at one office: it is said as such (没有生成报告), not as an empty batch.
    expect(await alone(['no-such.yaml'])).toBe(true);
  });

  it('carries what it learnt about each office, so the reader does not look again', async () => {
    const out = await expandInputs([fx('folder-of-offices')], { cwd: root });
    expect(out.jobs.map((j) => [show(j.input), j.files.map(show), j.root])).toEqual([
      [fx('folder-of-offices/qingshi'), [fx('folder-of-offices/qingshi/office.yaml')], root.replace(/\/$/, '')],
      [fx('folder-of-offices/yanquan.yaml'), [fx('folder-of-offices/yanquan.yaml')], root.replace(/\/$/, '')],
    ]);
  });

  it('names entries as the user spelt them in messages, while jobs and locations carry the resolved path', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'summary-expand-'));
    mkdirSync(path.join(dir, 'in', 'x.yaml'), { recursive: true });
    copyFileSync('examples/qingshi-2021.yaml', path.join(dir, 'in', 'good.yaml'));
    const out = await expandInputs(['in/*.yaml', 'in/good.yaml'], { cwd: dir });
    expect(out.jobs.map((j) => j.input)).toEqual([path.join(dir, 'in', 'good.yaml')]);
    const notFile = out.diagnostics.find((d) => d.code === 'INPUT_NOT_A_FILE');
    expect(notFile?.file).toBe(path.join(dir, 'in', 'x.yaml'));
    expect(notFile?.message).toContain('“in/x.yaml”');
    const twice = out.diagnostics.find((d) => d.code === 'BATCH_DUPLICATE_INPUT');
    expect(twice?.message).toContain('“in/good.yaml”');
    expect(twice?.message).not.toContain(dir);
  });
});
