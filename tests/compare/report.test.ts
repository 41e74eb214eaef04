// Last year beside this year in one office's report: the opening's 比上年 phrases
// (increase, decrease, equal, nothing to compare), the statistics table's 上年 and
// 增减 columns, and `summary build --previous` through the compiled CLI.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';
import { prepareOffice } from '../../src/office/prepare.js';
import { renderOffice } from '../../src/office/render.js';
import { withPrevious } from '../../src/compare/with-previous.js';
import type { Block, ReportDocument } from '../../src/document/model.js';
import type { KeyNumbers } from '../../src/model/key-numbers.js';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { statisticsTable } from '../../src/render/statistics.js';
import { toMarkdown } from '../../src/write/markdown.js';
import { loadExample } from '../support/example-data.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'summary.js');
const fx = (name: string) => `tests/fixtures/previous/${name}`;
const golden = (name: string) => readFileSync(path.join(root, 'tests', 'golden', `${name}.md`), 'utf8');

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'summary-previous-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

/** The build's own stages, prepare then render, with nothing written. */
async function build(input: string, extra: { previous?: string } = {}) {
  const prepared = await prepareOffice(input, { cwd: root, ...extra });
  const rendered = prepared.value ? renderOffice(prepared.value) : undefined;
  const document = rendered?.value?.document;
  return { status: document ? 'built' : prepared.status, document, diagnostics: [...prepared.diagnostics, ...(rendered?.diagnostics ?? [])] };
}

const openingOf = (doc: ReportDocument | undefined): string => {
  const p = doc?.blocks.find((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph');
  return p?.text ?? '';
};
/** The table that follows the 附件 block titled 全年工作数据统计表 (the attachment carries the title). */
const statistics = (doc: ReportDocument | undefined) => {
  const at = doc?.blocks.findIndex((b) => b.type === 'attachment' && b.title === '全年工作数据统计表') ?? -1;
  const t = at >= 0 ? doc?.blocks[at + 1] : undefined;
  return t?.type === 'table' ? t : undefined;
};

const numbers = (n: Partial<KeyNumbers>): KeyNumbers => ({
  members: undefined, meetings: undefined, studies: undefined, inspections: undefined, proposals: undefined,
  proposalsAdopted: undefined, opinions: undefined, visits: undefined, activities: undefined, ...n,
});

describe('the opening with last year beside it', () => {
  it('says 比上年增加, 比上年减少 and 与上年持平, items set apart with “；”', async () => {
    const r = await build(fx('baihe-2022.yaml'), { previous: fx('baihe-2021.yaml') });
    expect(r.status).toBe('built');
    const opening = openingOf(r.document);
    // What changed, item by item; what is level said once (issue 20), not 与上年持平 after every number.
    expect(opening).toContain('与上年相比，委员增加1人、会议增加2次、视察调研减少1次、提案减少1件；学习培训、提案被采纳和联谊服务活动保持上年水平。');
    expect(opening.match(/与上年持平|保持上年水平/g)).toHaveLength(1);
    // Last year kept no 社情民意信息, and 50余人次 is approximate: neither is compared.
    expect(opening).not.toMatch(/社情民意信息(增加|减少|与上年|保持)/);
    expect(opening).not.toMatch(/走访委员(增加|减少|与上年|保持)/);
    expect(opening).not.toMatch(/。。|，，|；；|；。|，。/);
    expect(opening).not.toMatch(/[,;.]/);
  });

  it('reads exactly as the golden file when no previous year is given', async () => {
    const r = await build('examples/baihe-counts-2022.yaml');
    expect(r.status).toBe('built');
    expect(toMarkdown(r.document as ReportDocument)).toBe(golden('baihe-counts-2022'));
  });

  it('reads exactly as the golden file when last year kept none of the numbers', async () => {
    const r = await build('examples/baihe-counts-2022.yaml', { previous: fx('empty-2021.yaml') });
    expect(r.status).toBe('built');
    expect(toMarkdown(r.document as ReportDocument)).toBe(golden('baihe-counts-2022'));
  });

  it('every example reads as its golden file when rendered with no previous numbers', () => {
    for (const name of ['qingshi-2021', 'yanquan-street-2021', 'baihe-counts-2022']) {
      const r = renderReport(buildModel(loadExample(name)));
      expect(toMarkdown(r.value as ReportDocument)).toBe(golden(name));
    }
  });

  it('compares an office that keeps records, not counts, the same way', () => {
    const model = buildModel(loadExample('qingshi-2021'));
    const r = renderReport(withPrevious(model, numbers({ members: 26, meetings: 5, studies: 5, inspections: 4, proposals: 3, opinions: 2, visits: 40, activities: 8 })));
    // The office's meetings leave out the Party committee's own (5, not 7); its activities leave out the visits told as 走访委员 (3).
    expect(openingOf(r.value)).toContain('与上年相比，视察调研减少1次、走访委员增加2人次、联谊服务活动减少5次；委员、会议、学习培训、提案和社情民意信息与上年持平。');
    // The rest of the report is what it was.
    const before = toMarkdown(renderReport(model).value as ReportDocument).split('\n');
    const after = toMarkdown(r.value as ReportDocument).split('\n');
    expect(after.slice(3)).toEqual(before.slice(3));
  });

  it('an invalid previous year stops the build with PREVIOUS_YEAR_INVALID', async () => {
    const r = await build(fx('baihe-2022.yaml'), { previous: fx('invalid-2021.yaml') });
    expect(r.status).toBe('invalid');
    expect(r.diagnostics.map((d) => d.code)).toContain('PREVIOUS_YEAR_INVALID');
    expect(r.document).toBeUndefined();
  });
});

describe('the statistics table with last year beside it', () => {
  it('gains 上年 and 增减 on the key-number rows, blank on the others, “—” where last year had none', async () => {
    const r = await build(fx('baihe-2022.yaml'), { previous: fx('baihe-2021.yaml') });
    const t = statistics(r.document);
    expect(t?.header).toEqual(['类别', '项目', '数量', '单位', '上年', '增减']);
    const row = (item: string) => t?.rows.find((x) => x[1] === item);
    expect(row('委员总数')).toEqual(['队伍建设', '委员总数', '18', '人', '17', '增加1']);
    expect(row('联络对象')).toEqual(['队伍建设', '联络对象', '5', '人', '', '']);
    expect(row('会议')).toEqual(['加强领导', '会议', '11', '次', '9', '增加2']);
    expect(row('学习活动')).toEqual(['队伍建设', '学习活动', '6', '次', '6', '持平']);
    expect(row('视察调研')).toEqual(['民主监督', '视察调研', '3', '次', '4', '减少1']);
    expect(row('社情民意信息')).toEqual(['民主监督', '社情民意信息', '14', '条', '—', '—']);
    // 50余: last year is shown, but no difference is claimed.
    expect(row('走访委员')).toEqual(['联络联谊', '走访委员', '50余', '人次', '40', '']);
    expect(row('座谈会')).toEqual(['联络联谊', '座谈会', '4', '次', '', '']);
    expect(t?.rows.every((x) => x.length === 6)).toBe(true);
    expect(t?.note).toContain('2021年');
  });

  it('names each category once, as the report’s parts are, the office’s other numbers among their part’s rows; the members’ level as the body says it', () => {
    const data = loadExample('qingshi-2021');
    data.counts = { ...data.counts, other: [{ name: '跟踪督办群众反映问题', value: 18, unit: '个', section: 'supervision' }, { name: '发放宣传资料', value: 600, unit: '份', section: 'liaison' }] };
    const model = buildModel(data);
    const t = statisticsTable(model);
    if (t.type !== 'table') throw new Error('no table');
    const runs = t.rows.map((r) => r[0]).filter((c, i, all) => i === 0 || c !== all[i - 1]);
    expect(runs).toEqual(['队伍建设', '加强领导', '民主监督', '联络联谊']);
    expect(t.rows.find((r) => r[1] === '跟踪督办群众反映问题')?.[0]).toBe('民主监督');
    expect(t.rows.find((r) => r[1] === '县级委员')).toEqual(['队伍建设', '县级委员', '21', '人']);
    expect(t.rows.some((r) => r[1]!.includes('（区）'))).toBe(false);
  });

  it('keeps its four columns without a previous year', async () => {
    const r = await build(fx('baihe-2022.yaml'));
    const t = statistics(r.document);
    expect(t?.header).toEqual(['类别', '项目', '数量', '单位']);
    expect(t?.rows.every((x) => x.length === 4)).toBe(true);
    expect(t?.note).toBeUndefined();
  });
});

describe('summary build --previous (compiled CLI)', () => {
  beforeAll(requireBuilt);
  it('writes the comparison into the Markdown report', async () => {
    const { stdout, stderr } = await run(process.execPath, [bin, 'build', fx('baihe-2022.yaml'), '--previous', fx('baihe-2021.yaml'), '--format', 'md', '--out', out], { cwd: root });
    expect(`${stdout}${stderr}`).not.toMatch(/错误/);
    const files = (await readdir(out)).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(1);
    const md = await readFile(path.join(out, files[0] as string), 'utf8');
    expect(md).toContain('与上年相比，委员增加1人、会议增加2次、视察调研减少1次、提案减少1件；');
    expect(md).toContain('| 类别 | 项目 | 数量 | 单位 | 上年 | 增减 |');
    expect(md).toContain('| 加强领导 | 会议 | 11 | 次 | 9 | 增加2 |');
  });

  it('without --previous the report is as before', async () => {
    await run(process.execPath, [bin, 'build', 'examples/baihe-counts-2022.yaml', '--format', 'md', '--out', out], { cwd: root });
    const files = (await readdir(out)).filter((f) => f.endsWith('.md'));
    expect(await readFile(path.join(out, files[0] as string), 'utf8')).toBe(golden('baihe-counts-2022'));
  });

  it('an invalid previous year is an error (exit 1), nothing written', async () => {
    const err = await run(process.execPath, [bin, 'build', fx('baihe-2022.yaml'), '--previous', fx('invalid-2021.yaml'), '--format', 'md', '--out', out], { cwd: root }).then(
      () => undefined,
      (e: { code?: number; stderr?: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toContain('PREVIOUS_YEAR_INVALID');
    expect(await readdir(out)).toEqual([]);
  });
});
