/**
 * One office's view across saves: the last good report stays (stale) while
 * the data has errors; a bug of the tool while reading is a TOOL_BUG on the
 * page, never a crash of the server.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OfficePreview } from '../../src/preview/office-view.js';
import { EXAMPLES_DIR } from '../support/example-data.js';

const dir = mkdtempSync(path.join(tmpdir(), 'preview-view-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'qingshi-2021.yaml');
copyFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'), file);
const good = readFileSync(file, 'utf8');

describe('OfficePreview', () => {
  let broken = false;
  const preview = new OfficePreview(file, {
    office: { cwd: dir, outDir: dir, format: 'docx', force: false },
    show: (f) => {
      if (broken) throw new Error('a bug');
      return path.relative(dir, f);
    },
  });

  it('renders, keeps the last good report over errors, and recovers', async () => {
    await preview.refresh();
    const first = preview.view;
    expect(first).toMatchObject({ version: 1, stale: false, errors: 0 });
    expect(first.report?.html).toContain('一是谋划在前，部署到位。');
    expect(preview.watched).toEqual([file]);

    writeFileSync(file, good.replace('  - date: 2021-02-23', '  - date: 2021-02-30'));
    await preview.refresh();
    expect(preview.view).toMatchObject({ version: 2, stale: true });
    expect(preview.view.report).toBe(first.report);
    expect(preview.view.errors).toBeGreaterThan(0);
    expect(preview.view.diagnostics[0]?.text).toMatch(/^qingshi-2021\.yaml:\d+:\d+ 错误 /);

    writeFileSync(file, good);
    await preview.refresh();
    expect(preview.view).toMatchObject({ version: 3, stale: false, errors: 0 });
    expect(preview.view.report?.version).toBe(3);
  });

  it('a bug while reading is said as build says it, and the report stays', async () => {
    const before = preview.view.report;
    broken = true;
    await preview.refresh();
    broken = false;
    expect(preview.view).toMatchObject({ version: 4, stale: true, errors: 1 });
    expect(preview.view.report).toBe(before);
    expect(preview.view.diagnostics).toEqual([
      { severity: 'error', code: 'TOOL_BUG', text: expect.stringContaining('生成这个单位的报告时工具内部出错了。这是本工具的缺陷，不是您文件的问题。') as unknown as string },
    ]);
  });

  it('refreshes asked for while one runs come out as one more, not one each', async () => {
    const seen: number[] = [];
    const off = preview.onChange((v) => seen.push(v.version));
    await Promise.all([preview.refresh(), preview.refresh(), preview.refresh(), preview.refresh()]);
    off();
    expect(seen).toEqual([5, 6]);
  });
});

describe('OfficePreview with --annex', () => {
  it('shows the statistics table the write button would write (build\'s own options, annex included)', async () => {
    const opts = (annex: boolean) => ({ office: { cwd: dir, outDir: dir, format: 'docx' as const, force: false, ...(annex && { annex: true }) }, show: (f: string) => path.relative(dir, f) });
    const plain = new OfficePreview(file, opts(false));
    const annexed = new OfficePreview(file, opts(true));
    await plain.refresh();
    await annexed.refresh();
    expect(plain.view.report?.html).not.toContain('全年工作数据统计表');
    expect(annexed.view.report?.html).toContain('全年工作数据统计表');
  });
});
