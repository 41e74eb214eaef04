/**
 * The 提纲 sheet (issue 19: the ledger offers the office's own outline): a
 * YAML with an outline and the ledger written from it give the same data and
 * the same report; a sheet filled in the way a clerk fills it (a chapter's
 * columns on its first row only, or repeated on every row) reads as that
 * outline; every message about it names the sheet, the column and the cell;
 * the 写入要点 column reads 委员学习（members.study） back to its id.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { showDiagnostics, showFrom } from '../../src/cli/display-paths.js';
import { ledgerWorkbook, workbookBytes } from '../../src/ledger/write-workbook.js';
import { POINT_CHOICES } from '../../src/ledger/point-cells.js';
import { loadYear } from '../../src/office/read-year.js';
import { prepareOffice } from '../../src/office/prepare.js';
import { renderReport } from '../../src/render/render-report.js';
import { validateYear } from '../../src/validate/validate-year.js';
import { toMarkdown } from '../../src/write/markdown.js';
import { runInit } from '../../src/init/run-init.js';
import { BASE } from '../support/check-helpers.js';
import { EXAMPLES_DIR, loadExample } from '../support/example-data.js';

type Data = Record<string, unknown>;
const base = (): Data => parse(BASE) as Data;

/** BASE with an outline that uses every form: a retitled point, merged points, an own point, a built-in section, style, intro, omit; records placed by id and by an own title. */
function withOutline(): Data {
  const data = base();
  (data['meetings'] as Data[])[1]!['point'] = 'members.study';
  (data['studies'] as Data[])[0]!['point'] = '搭建学习平台';
  data['report'] = {
    closing: '一段',
    outline: [
      {
        heading: '强化服务，委员之家建设稳步推进',
        intro: '一年来，镇政协联工委把委员之家建设作为重点。',
        style: '（一）',
        points: [
          'leadership.party',
          { use: ['members.study', 'liaison.forums'], title: '搭建学习平台' },
          { title: '服务大局', text: '围绕全镇中心工作，组织委员参与项目建设服务。' },
        ],
      },
      { section: 'supervision' },
      { key: 'service', heading: '多措并举，活动形式多样', points: [{ use: 'supervision.inspections', title: '视察项目建设', text: '委员们提出了建议。' }] },
    ],
    omit: ['liaison.visits'],
  };
  return data;
}

const fresh = (): string => mkdtempSync(path.join(tmpdir(), 'outline-sheet-'));

async function ledgerOf(data: Data, change: (wb: ExcelJS.Workbook) => void = () => {}): Promise<string> {
  const wb = ledgerWorkbook(data);
  change(wb);
  const file = path.join(fresh(), '台账.xlsx');
  writeFileSync(file, await workbookBytes(wb));
  return file;
}

async function reportOf(file: string): Promise<string> {
  const prepared = await prepareOffice(file, { cwd: path.dirname(file) });
  expect(prepared.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return toMarkdown(renderReport(prepared.value!.model).value!);
}

async function checked(file: string) {
  const result = validateYear(await loadYear(file));
  return { ...result, diagnostics: showDiagnostics(result.diagnostics, showFrom(path.dirname(file))) };
}

const where = (d: { code: string; sheet?: string; cell?: string; header?: string }) => `${d.code} ${d.sheet ?? ''}!${d.cell ?? ''}（${d.header ?? ''}）`;
const outlineSheet = (wb: ExcelJS.Workbook) => wb.getWorksheet('提纲')!;

describe('the 提纲 sheet holds report.outline and report.omit', () => {
  it('a YAML with an outline and its ledger give the same data, the same messages and the same report', async () => {
    const data = withOutline();
    const yaml = path.join(fresh(), '2021.yaml');
    writeFileSync(yaml, stringify(data));
    const ledger = await ledgerOf(data);
    const [fromYaml, fromLedger] = [await checked(yaml), await checked(ledger)];
    expect(fromLedger.value).toEqual(fromYaml.value);
    expect(fromLedger.diagnostics.map((d) => d.code).sort()).toEqual(fromYaml.diagnostics.map((d) => d.code).sort());
    const report = await reportOf(ledger);
    expect(report).toBe(await reportOf(yaml));
    // The outline is the one printed: its headings, titles and the office's own text.
    for (const words of ['强化服务，委员之家建设稳步推进', '（二）搭建学习平台', '服务大局', '围绕全镇中心工作', '多措并举，活动形式多样', '视察项目建设']) expect(report).toContain(words);
  });

  it('reads a sheet filled as a clerk fills it: chapter columns on the first row only or on every row, names from the drop-down', async () => {
    const ledger = await ledgerOf(base(), (wb) => {
      const ws = outlineSheet(wb);
      const rows: (string | null)[][] = [
        // 部分标题, 内置部分, 部分代号, 导语, 写法, 要点, 并入上一点, 小标题, 正文, 不写
        ['抓学习强素质', null, null, null, '一是', '委员学习（members.study）', null, '搭建学习平台', null, null],
        [null, null, null, null, null, '座谈会（liaison.forums）', '是', null, null, null],
        [null, null, null, null, null, null, null, '服务大局', '组织委员参与项目建设服务。', null],
        // The same heading repeated on the next rows: the same chapter.
        ['履职尽责', null, null, null, null, 'leadership.party', null, null, null, null],
        ['履职尽责', null, null, null, null, '视察调研', null, null, null, null],
        [null, null, null, null, null, '走访委员（liaison.visits）', null, null, null, '是'],
      ];
      rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(3 + r, 1 + c).value = v)));
    });
    const { value, diagnostics } = await checked(ledger);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(value!.report).toEqual({
      outline: [
        { heading: '抓学习强素质', style: '一是', points: [{ use: ['members.study', 'liaison.forums'], title: '搭建学习平台' }, { title: '服务大局', text: '组织委员参与项目建设服务。' }] },
        { heading: '履职尽责', points: ['leadership.party', 'supervision.inspections'] },
      ],
      omit: ['liaison.visits'],
    });
  });

  it('the 写入要点 column: a point by its drop-down entry is its id; an own title stays the title', async () => {
    const data = withOutline();
    const ledger = await ledgerOf(data);
    const { value } = await checked(ledger);
    expect(value!.meetings![1]!.point).toBe('members.study');
    expect(value!.studies![0]!.point).toBe('搭建学习平台');
    const wb = ledgerWorkbook(data);
    const meetings = wb.getWorksheet('会议')!;
    const column = (meetings.getRow(2).values as unknown[]).indexOf('写入要点');
    expect(meetings.getCell(4, column).value).toBe('委员学习（members.study）');
    // The drop-down lists the program's points and then the outline's own titles, from a hidden column of 提纲.
    const list = outlineSheet(wb).getColumn(12);
    expect(list.hidden).toBe(true);
    const listed = POINT_CHOICES.map((_, i) => outlineSheet(wb).getCell(3 + i, 12).value);
    expect(listed).toEqual(POINT_CHOICES);
    expect([0, 1, 2].map((i) => outlineSheet(wb).getCell(3 + POINT_CHOICES.length + i, 12).value)).toEqual(['搭建学习平台', '服务大局', '视察项目建设']);
  });
});

describe('messages about the 提纲 sheet name the sheet, the column and the cell', () => {
  const cases: { name: string; rows: (string | null)[][]; expected: string[] }[] = [
    { name: 'a point before any chapter', rows: [[null, null, null, null, null, '委员学习（members.study）']], expected: ['LEDGER_OUTLINE_NO_CHAPTER 提纲!F3（要点）'] },
    { name: 'a point that is not one of the program’s', rows: [['学习', null, null, null, null, '学习培训']], expected: ['INVALID_CHOICE 提纲!F3（要点）'] },
    { name: 'an own point without a title', rows: [['学习', null, null, null, null, null, null, null, '正文']], expected: ['OUTLINE_INCOMPLETE 提纲!I3（正文）'] },
    { name: 'an own chapter without points', rows: [['学习']], expected: ['OUTLINE_INCOMPLETE 提纲!A3（部分标题）'] },
    {
      name: '并入上一点 on a chapter’s first point',
      rows: [['学习', null, null, null, null, '委员学习（members.study）', '是']],
      expected: ['LEDGER_OUTLINE_ROW 提纲!G3（并入上一点）'],
    },
    { name: '不写 without a point', rows: [[null, null, null, null, null, null, null, null, null, '是']], expected: ['LEDGER_OUTLINE_ROW 提纲!J3（不写）'] },
    {
      name: 'a chapter’s style given twice, differently',
      rows: [
        ['学习', null, null, null, '一是', '委员学习（members.study）'],
        [null, null, null, null, '成段', '座谈会（liaison.forums）'],
      ],
      expected: ['LEDGER_OUTLINE_ROW 提纲!E4（写法）'],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const ledger = await ledgerOf(base(), (wb) => c.rows.forEach((row, r) => row.forEach((v, col) => v !== null && (outlineSheet(wb).getCell(3 + r, 1 + col).value = v))));
      const { diagnostics } = await checked(ledger);
      // The outline's warnings about points with nothing this year depend on the base ledger's records: not this case's subject.
      const about = diagnostics.filter((d) => !['OUTLINE_POINT_ADDED', 'SECTION_WITHOUT_CONTENT', 'OUTLINE_TEXT_UNUSED'].includes(d.code));
      expect(about.map(where)).toEqual(c.expected);
      // …but every message about the sheet, those warnings too, is in the sheet's words.
      for (const d of diagnostics.filter((x) => x.code.startsWith('OUTLINE_') || x.code.startsWith('LEDGER_OUTLINE'))) expect(`${d.message}${d.hint ?? ''}`).not.toMatch(/report\.|outline|omit:|use:|title:|heading|text:|style/);
    });
  }

  it('a chosen point with nothing this year is told at its 小标题 cell (the title not printed), in the sheet’s words (OUTLINE_TEXT_UNUSED)', async () => {
    const ledger = await ledgerOf(base(), (wb) => {
      const rows = [
        ['学习', null, null, null, null, '委员学习（members.study）'],
        [null, null, null, null, null, '接待考察调研（liaison.delegations）', null, '接待考察'],
      ];
      rows.forEach((row, r) => row.forEach((v, col) => v !== null && (outlineSheet(wb).getCell(3 + r, 1 + col).value = v)));
    });
    const { diagnostics } = await checked(ledger);
    const unused = diagnostics.filter((d) => d.code === 'OUTLINE_TEXT_UNUSED');
    expect(unused.map(where), diagnostics.map(where).join('\n')).toEqual(['OUTLINE_TEXT_UNUSED 提纲!H4（小标题）']);
    expect(unused[0]!.message).toContain('“提纲”表的第 1 部分第 2 点选的要点今年没有记录或数字');
    expect(`${unused[0]!.message}${unused[0]!.hint ?? ''}`).not.toMatch(/report\.|outline|text:/);
  });

  it('a record placed under a title no outline point has: at its 写入要点 cell', async () => {
    const data = base();
    (data['meetings'] as Data[])[0]!['point'] = '没有这一点';
    const { diagnostics } = await checked(await ledgerOf(data));
    expect(diagnostics.filter((d) => d.code === 'RECORD_PLACE_UNKNOWN').map(where)).toEqual(['RECORD_PLACE_UNKNOWN 会议!H3（写入要点）']);
  });
});

describe('summary init writes the 提纲 sheet', () => {
  const init = (dir: string, req: Parameters<typeof runInit>[0] extends infer R ? Partial<R> : never) =>
    runInit({ cwd: dir, show: (f) => f, today: new Date(Date.UTC(2025, 11, 1)), ...req });

  it('--from last year’s YAML: the outline rolled forward, on the sheet, read back as it was', async () => {
    const dir = fresh();
    expect((await init(dir, { from: path.join(EXAMPLES_DIR, 'binhe-street-2021.yaml'), file: 'next.xlsx' })).exitCode).toBe(0);
    const { value, diagnostics } = await checked(path.join(dir, 'next.xlsx'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const example = loadExample('binhe-street-2021') as { report: Data };
    expect(value!.report!.outline).toEqual(example.report['outline']);
  });

  it('a new office: the sheet is there, empty but for its headers; the 说明 sheet gives an example row', async () => {
    const dir = fresh();
    expect((await init(dir, { file: 'new.xlsx', year: 2025 })).exitCode).toBe(0);
    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'new.xlsx'));
    const ws = outlineSheet(wb);
    expect(ws.getRow(2).getCell(6).value).toBe('要点');
    expect(ws.getCell('A3').value).toBeNull();
    const instructions = wb.getWorksheet('说明')!.getColumn(1).values.join('\n');
    expect(instructions).toContain('“提纲”表');
    expect(instructions).toContain('委员学习（members.study）');
    expect(instructions).toContain('“不写”一行选“是”');
  });
});
