// Expanding inputs into office jobs: files, folders, globs, batch files.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expandInputs, looksLikeBatch } from '../../src/inputs/expand.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fx = (p: string) => path.join('tests/fixtures/batch', p);

describe('expandInputs', () => {
  it('reads a folder as one office per YAML file and one per subfolder marked by office.yaml', async () => {
    const out = await expandInputs([fx('folder-of-offices')], { cwd: root });
    expect(out.diagnostics).toEqual([]);
    expect(out.jobs.map((j) => j.input)).toEqual([fx('folder-of-offices/qingshi'), fx('folder-of-offices/yanquan.yaml')]);
  });

  it('reads a batch file: offices relative to it, shared settings and own settings', async () => {
    const out = await expandInputs([fx('county/summary.batch.yaml')], { cwd: root, allowOutside: true });
    expect(out.diagnostics).toEqual([]);
    expect(out.jobs.map((j) => j.input)).toEqual([
      'examples/qingshi-2021.yaml',
      'examples/yanquan-street-2021.yaml',
      fx('county/bad/tab-indent.yaml'),
      fx('county/bad/missing-text.yaml'),
    ]);
    expect(out.settings).toMatchObject({ year: 2021, county: '青山县', superior: '县政协', pattern: '{year}年{township}政协工作总结.docx' });
    expect(out.jobs[1]?.own.templatesDir).toBe(fx('county/bad-templates'));
  });

  it('reads a folder holding summary.batch.yaml as that batch file', async () => {
    const out = await expandInputs([fx('county')], { cwd: root, allowOutside: true });
    expect(out.jobs).toHaveLength(4);
    expect(out.jobs[0]?.batchFile).toBe(fx('county/summary.batch.yaml'));
  });

  it('expands globs and builds an office named twice once, with a warning', async () => {
    const out = await expandInputs(['examples/*.yaml', 'examples/qingshi-2021.yaml'], { cwd: root });
    expect(out.jobs.map((j) => j.input)).toEqual(['examples/baihe-counts-2022.yaml', 'examples/fenglin-2022.yaml', 'examples/qingshi-2021.yaml', 'examples/yanquan-street-2021.yaml']);
    expect(out.diagnostics).toMatchObject([{ code: 'BATCH_DUPLICATE_INPUT', severity: 'warning', file: 'examples/qingshi-2021.yaml' }]);
  });

  it('says which input matched nothing', async () => {
    const out = await expandInputs(['nowhere/*.yaml', 'missing.yaml'], { cwd: root });
    expect(out.jobs).toEqual([]);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['FILE_NOT_FOUND', 'FILE_NOT_FOUND']);
  });

  it('validates the batch file strictly, pointing at the key and suggesting the right one', async () => {
    const out = await expandInputs([fx('bad-batch.batch.yaml')], { cwd: root });
    expect(out.jobs).toEqual([]);
    const unknown = out.diagnostics.find((d) => d.code === 'UNKNOWN_KEY');
    expect(unknown).toMatchObject({ file: fx('bad-batch.batch.yaml'), line: 2, column: 1, hint: '是不是想写“county”？' });
    expect(out.diagnostics.find((d) => d.code === 'BATCH_FILE_INVALID')).toMatchObject({ line: 3, message: expect.stringContaining('单位列表') });
  });
});

describe('looksLikeBatch', () => {
  it('tells a batch from one office', async () => {
    expect(await looksLikeBatch(['examples/qingshi-2021.yaml'], root)).toBe(false);
    expect(await looksLikeBatch(['examples/qingshi-2021.yaml', 'examples/baihe-counts-2022.yaml'], root)).toBe(true);
    expect(await looksLikeBatch(['examples'], root)).toBe(true);
    expect(await looksLikeBatch([fx('folder-of-offices')], root)).toBe(true);
    expect(await looksLikeBatch([fx('folder-of-offices/qingshi')], root)).toBe(false);
    expect(await looksLikeBatch([fx('county')], root)).toBe(true);
    expect(await looksLikeBatch(['examples/*.yaml'], root)).toBe(true);
  });
});
