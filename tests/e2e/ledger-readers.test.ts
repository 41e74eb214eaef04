/**
 * The ledger `summary ledger` writes, read by programs nobody here wrote:
 * openpyxl (headers, the hidden key row, frozen panes, drop-downs, date
 * format) and LibreOffice Calc (each sheet converted to CSV). Then a ledger
 * an independent writer (openpyxl, as an office's spreadsheet program would)
 * filled in builds through `summary build` with no error.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEDGER, INSTRUCTIONS_SHEET } from '../../src/ledger/layout.js';
import { MEETING_KINDS, STUDY_FORMS } from '../../src/schema/year.js';
import { cli } from '../support/cli-helpers.js';
import { requireReader, SYSTEM_PYTHON } from '../support/readers/readers.js';

const run = promisify(execFile);
const here = import.meta.dirname;
let dir: string;
let ledger: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ledger-readers-'));
  const made = await cli(['ledger', '台账.xlsx', '--year', '2025', '--office', '青石镇政协联络工作委员会'], dir);
  expect(made.code).toBe(0);
  ledger = path.join(dir, '台账.xlsx');
});

interface SheetReport {
  rows: unknown[][];
  row1_hidden: boolean;
  colA_hidden: boolean;
  frozen: string | null;
  validations: { type: string; formula1: string; sqref: string }[];
  A3_format: string;
}

describe('openpyxl reads the blank ledger', () => {
  it('shows every sheet, the headers, the hidden key row, the drop-downs and the date format', async (ctx) => {
    if (!(await requireReader(['openpyxl'], ctx))) return;
    const { stdout } = await run(SYSTEM_PYTHON, [path.join(here, '..', 'support', 'readers', 'read_xlsx.py'), ledger]);
    const report = JSON.parse(stdout) as { sheets: string[]; by_sheet: Record<string, SheetReport> };
    expect(report.sheets).toEqual([INSTRUCTIONS_SHEET, ...LEDGER.map((s) => s.name)]);
    for (const layout of LEDGER) {
      const sheet = report.by_sheet[layout.name]!;
      if (layout.type !== 'fields') {
        expect(sheet.rows[0]!.slice(0, layout.columns.length)).toEqual(layout.columns.map((c) => c.key.join('.')));
        expect(sheet.rows[1]!.slice(0, layout.columns.length)).toEqual(layout.columns.map((c) => c.header));
        expect(sheet.row1_hidden).toBe(true);
        expect(sheet.frozen).toBe('A3');
      } else {
        expect(sheet.colA_hidden).toBe(true);
        expect(sheet.rows[1]![0]).toBe(layout.rows[0]!.path.join('.'));
      }
    }
    const meetings = report.by_sheet['会议']!;
    expect(meetings.validations).toContainEqual({ type: 'list', formula1: `"${MEETING_KINDS.join(',')}"`, sqref: 'B3:B1002' });
    expect(meetings.validations).toContainEqual({ type: 'whole', formula1: '0', sqref: 'D3:D1002' });
    expect(meetings.A3_format).toBe('yyyy-mm-dd');
    expect(report.by_sheet['学习']!.validations).toContainEqual({ type: 'list', formula1: `"${STUDY_FORMS.join(',')}"`, sqref: 'B3:B1002' });
    expect(report.by_sheet['单位与委员']!.rows[1]!.slice(0, 3)).toEqual(['year', '年份', 2025]);
  });
});

describe('LibreOffice Calc reads the blank ledger', () => {
  it('converts each sheet to CSV with its key row and headers', async (ctx) => {
    if (!(await requireReader(['soffice'], ctx))) return;
    const out = mkdtempSync(path.join(tmpdir(), 'ledger-csv-'));
    const profile = await mkdtemp(path.join(tmpdir(), 'lo-profile-'));
    try {
      // The last token (-1) writes every sheet to its own file, 台账-<sheet>.csv.
      await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, ledger], { timeout: 180_000 });
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    expect(readdirSync(out).sort()).toEqual([INSTRUCTIONS_SHEET, ...LEDGER.map((s) => s.name)].map((n) => `台账-${n}.csv`).sort());
    for (const layout of LEDGER.filter((s) => s.type !== 'fields')) {
      const lines = readFileSync(path.join(out, `台账-${layout.name}.csv`), 'utf8').split('\n');
      expect(lines[0]!.split(',').slice(0, layout.columns.length)).toEqual(layout.columns.map((c) => c.key.join('.')));
      expect(lines[1]!.split(',').slice(0, layout.columns.length)).toEqual(layout.columns.map((c) => c.header));
    }
  }, 240_000);
});

describe('a ledger filled in by another program builds', () => {
  it('openpyxl types a year into the blank ledger; summary build reads it with no error', async (ctx) => {
    if (!(await requireReader(['openpyxl'], ctx))) return;
    const filled = path.join(dir, '填好的台账.xlsx');
    const script = `
import datetime, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
o = wb['单位与委员']
rows = {o.cell(r, 1).value: r for r in range(1, o.max_row + 1)}
for key, value in {'office.shortName': '镇政协联工委', 'office.township': '青石镇', 'office.superior': '县政协',
                   'office.partyCommittee': '镇党委', 'office.date': datetime.datetime(2025, 12, 20)}.items():
    o.cell(rows[key], 3).value = value
m = wb['会议']
m['A3'] = datetime.datetime(2025, 2, 23); m['B3'] = '党委会'; m['C3'] = '研究部署全年政协联络工作'; m['D3'] = 11
m['A4'] = datetime.datetime(2025, 4, 16); m['B4'] = '座谈会'; m['C4'] = '乡村振兴与农村人居环境整治'; m['D4'] = '25'
s = wb['学习']
s['A3'] = datetime.datetime(2025, 4, 28); s['B3'] = '集中学习'; s['C3'] = '党史学习教育专题学习'
v = wb['视察调研']
v['A3'] = datetime.datetime(2025, 6, 22); v['B3'] = '视察'; v['C3'] = '全镇重点项目建设'; v['D3'] = '苏洲坝泵站\\n青石大桥'
t = wb['文字']
trows = {t.cell(r, 1).value: r for r in range(1, t.max_row + 1)}
t.cell(trows['text.shortcomings'], 3).value = '调查研究还不够深入'
t.cell(trows['text.plans'], 3).value = '坚持每季度组织一次委员集中学习\\n办好委员活动日'
wb.save(sys.argv[2])
`;
    await run(SYSTEM_PYTHON, ['-c', script, ledger, filled]);
    const checked = await cli(['check', '填好的台账.xlsx', '--format', 'json'], dir);
    const report = JSON.parse(checked.stdout) as { diagnostics: { severity: string; code: string }[] };
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const built = await cli(['preview', '填好的台账.xlsx'], dir);
    expect(built.code).toBe(0);
    expect(built.stdout).toContain('研究部署全年政协联络工作');
    expect(built.stdout).toContain('苏洲坝泵站');
  }, 60_000);
});

describe('another program’s save keeps the 提纲 sheet and the point drop-downs', () => {
  /** What openpyxl finds of the outline: the drop-downs that list points, the hidden list, the sheet's first rows. */
  const outlineReport = `
import json, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
o = wb['提纲']
lists = lambda ws: [{"formula1": dv.formula1.replace("'", ""), "sqref": str(dv.sqref)} for dv in ws.data_validations.dataValidation if '提纲' in (dv.formula1 or '')]
print(json.dumps({
  "meetings": lists(wb['会议']), "outline": lists(o), "hidden": bool(o.column_dimensions['L'].hidden),
  "list": [o.cell(r, 12).value for r in range(3, 40) if o.cell(r, 12).value is not None],
  "rows": [[c.value for c in row] for row in o.iter_rows(min_row=2, max_row=5, max_col=10)],
}, ensure_ascii=False))
`;
  const resave = `
import openpyxl, sys
openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])
`;

  it('LibreOffice and openpyxl each save binhe’s ledger; the outline, the drop-downs and the report are unchanged', async (ctx) => {
    if (!(await requireReader(['openpyxl', 'soffice'], ctx))) return;
    const work = mkdtempSync(path.join(tmpdir(), 'ledger-resave-'));
    expect((await cli(['convert', path.join(here, '..', '..', 'examples', 'binhe-street-2021.yaml'), '滨河.xlsx'], work)).code).toBe(0);
    const original = await cli(['preview', '滨河.xlsx'], work);
    expect(original.stdout).toContain('搭建了学习的平台');

    const profile = await mkdtemp(path.join(tmpdir(), 'lo-profile-'));
    try {
      await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', path.join(work, 'lo'), path.join(work, '滨河.xlsx')], { timeout: 180_000 });
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    await run(SYSTEM_PYTHON, ['-c', resave, path.join(work, '滨河.xlsx'), path.join(work, 'openpyxl.xlsx')]);

    for (const saved of ['lo/滨河.xlsx', 'openpyxl.xlsx']) {
      const { stdout } = await run(SYSTEM_PYTHON, ['-c', outlineReport, path.join(work, saved)]);
      const found = JSON.parse(stdout) as { meetings: { formula1: string; sqref: string }[]; outline: { formula1: string; sqref: string }[]; hidden: boolean; list: string[]; rows: unknown[][] };
      // 写入要点 lists the program's points and binhe's own titles; 提纲's 要点 the program's points only.
      expect(found.meetings, saved).toEqual([{ formula1: '提纲!$L$3:$L$35', sqref: 'H3:H1002' }]);
      expect(found.outline, saved).toEqual([{ formula1: '提纲!$L$3:$L$28', sqref: 'F3:F1002' }]);
      expect(found.hidden, saved).toBe(true);
      expect(found.list.slice(0, 2), saved).toEqual(['加强领导部分的其他数字（leadership.others）', '党委（党工委）研究部署（leadership.party）']);
      expect(found.list.slice(26), saved).toContain('搭建了学习的平台');
      expect(found.rows[0], saved).toEqual(['部分标题', '内置部分', '部分代号', '导语', '写法', '要点', '并入上一点', '小标题', '正文', '不写']);
      expect(found.rows[1]!.slice(0, 6), saved).toEqual(['强化服务，“委员之家”建设稳步推进', null, null, null, null, '委员人数（members.roster）']);

      const checked = await cli(['check', saved, '--format', 'json'], work);
      expect((JSON.parse(checked.stdout) as { diagnostics: unknown[] }).diagnostics, saved).toEqual([]);
      expect((await cli(['preview', saved], work)).stdout, saved).toBe(original.stdout);
    }
  }, 240_000);
});
