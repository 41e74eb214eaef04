/**
 * A table of bad ledgers, each made from a good one by one change an office
 * could make, with its exact codes and cells. And the things a real ledger
 * does that must still read: dates as serial numbers, numbers stored as text,
 * merged cells, a title row above the header, an extra column, empty rows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { showDiagnostics, showFrom } from '../../src/cli/display-paths.js';
import { formatGithub } from '../../src/diagnostics/format/github.js';
import { formatText } from '../../src/diagnostics/format/text.js';
import { loadYear } from '../../src/office/read-year.js';
import { validateYear } from '../../src/validate/validate-year.js';
import { ledgerWorkbook, workbookBytes } from '../../src/ledger/write-workbook.js';
import { BASE } from '../support/check-helpers.js';

const baseData = parse(BASE) as Record<string, unknown>;

async function checkLedger(change: (wb: ExcelJS.Workbook) => void) {
  const wb = ledgerWorkbook(baseData);
  change(wb);
  const dir = mkdtempSync(path.join(tmpdir(), 'bad-ledger-'));
  writeFileSync(path.join(dir, '台账.xlsx'), await workbookBytes(wb));
  const checked = validateYear(await loadYear(path.join(dir, '台账.xlsx')));
  // The library names the file as given; the CLI shows it from its folder, as here.
  return { ...checked, diagnostics: showDiagnostics(checked.diagnostics, showFrom(dir)), dir };
}

const where = (d: { code: string; sheet?: string; cell?: string; header?: string }) => `${d.code} ${d.sheet ?? ''}!${d.cell ?? ''}（${d.header ?? ''}）`;
const meetings = (wb: ExcelJS.Workbook) => wb.getWorksheet('会议')!;

describe('bad ledgers: exact codes and cells', () => {
  const cases: { name: string; change: (wb: ExcelJS.Workbook) => void; expected: string[] }[] = [
    { name: 'a date cell with an impossible date', change: (wb) => (meetings(wb).getCell('A3').value = '2021-02-30'), expected: ['INVALID_DATE 会议!A3（日期）'] },
    { name: 'text in a number column', change: (wb) => (meetings(wb).getCell('D3').value = '十一人'), expected: ['NUMBER_AS_TEXT 会议!D3（参会人数）'] },
    { name: 'a choice not in the list', change: (wb) => (meetings(wb).getCell('B4').value = '研讨会'), expected: ['INVALID_CHOICE 会议!B4（会议类别）'] },
    { name: 'a formula error', change: (wb) => (meetings(wb).getCell('C3').value = { error: '#VALUE!' } as ExcelJS.CellErrorValue), expected: ['LEDGER_FORMULA_ERROR 会议!C3（议题）'] },
    { name: 'a required cell left empty', change: (wb) => (meetings(wb).getCell('C4').value = null), expected: ['MISSING_FIELD 会议!C4（议题）'] },
    {
      name: 'the office sheet missing',
      change: (wb) => wb.removeWorksheet(wb.getWorksheet('单位与委员')!.id),
      expected: ['LEDGER_SHEET_MISSING 单位与委员!（）', 'MISSING_FIELD 单位与委员!（）', 'MISSING_FIELD 单位与委员!（）'],
    },
    // A ledger made before a kind of record was added has no sheet for it, and has lost nothing.
    { name: 'an optional sheet absent, nothing renamed', change: (wb) => wb.removeWorksheet(wb.getWorksheet('接待考察调研')!.id), expected: [] },
    { name: 'a sheet renamed', change: (wb) => (meetings(wb).name = '会议记录'), expected: ['LEDGER_SHEET_UNKNOWN 会议记录!（）', 'LEDGER_SHEET_MISSING 会议!（）', 'SECTION_WITHOUT_CONTENT 报告设置!C4（加强领导·不写）', 'SECTION_WITHOUT_CONTENT 报告设置!C19（联络联谊·不写）'] },
    { name: 'a header row deleted, no key row', change: (wb) => meetings(wb).spliceRows(1, 2), expected: ['LEDGER_HEADER_NOT_FOUND 会议!A1（）'] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { diagnostics } = await checkLedger(c.change);
      expect(diagnostics.filter((d) => !['RECORD_NOT_PLACED'].includes(d.code)).map(where).sort()).toEqual([...c.expected].sort());
    });
  }

  it('a huge sheet is refused before it is parsed', async () => {
    const { diagnostics } = await checkLedger((wb) => {
      const ws = meetings(wb);
      for (let r = 3; r < 6003; r++) ws.getCell(r, 6).value = 'x';
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['LEDGER_TOO_LARGE']);
    expect(diagnostics[0]!.message).toContain('行数');
  });

  it('a file that is not a workbook is a message, not a stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bad-ledger-'));
    writeFileSync(path.join(dir, '台账.xlsx'), 'year: 2021\n');
    const { diagnostics } = await loadYear(path.join(dir, '台账.xlsx'));
    expect(diagnostics.map((d) => d.code)).toEqual(['LEDGER_UNREADABLE']);
  });

  it('text and GitHub formats name the sheet, the cell and the header', async () => {
    const { diagnostics } = await checkLedger((wb) => (meetings(wb).getCell('A3').value = '2021-13-01'));
    const text = formatText({ diagnostics, summary: { files: 1, errors: 1, warnings: 0 } }, { summary: false });
    expect(text).toContain('台账.xlsx 会议!A3（日期）：');
    const gh = formatGithub({ diagnostics, summary: { files: 1, errors: 1, warnings: 0 } });
    expect(gh).toMatch(/^::error file=台账\.xlsx,title=INVALID_DATE .* 会议!A3（日期）::会议!A3（日期）：/);
    expect(gh).not.toContain('line=');
  });
});

/** A message for a ledger's user: no YAML key, path or section key (issue 21 item 5). */
const YAML_WORDS = /report\.|counts\.|office:|omit: true|\b(?:leadership|members|supervision|liaison)\b|\{ *omit/;
const rowOf = (ws: ExcelJS.Worksheet, label: string): number => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === label) return r;
  throw new Error(`no row ${label}`);
};

describe('ledger messages speak of sheets, columns and cells, never of YAML keys', () => {
  it('the office sheet missing: the required fields name the sheet to put back', async () => {
    const { diagnostics } = await checkLedger((wb) => wb.removeWorksheet(wb.getWorksheet('单位与委员')!.id));
    const missing = diagnostics.filter((d) => d.code === 'MISSING_FIELD');
    expect(missing).toHaveLength(2);
    for (const d of missing) {
      expect(d.hint).toContain('没有“单位与委员”工作表');
      expect(`${d.message}${d.hint}`).not.toMatch(YAML_WORDS);
    }
  });

  it('COUNT_MISMATCH names the 数字 sheet’s cell and the records’ cells', async () => {
    const { diagnostics } = await checkLedger((wb) => {
      const ws = wb.getWorksheet('数字')!;
      ws.getCell(rowOf(ws, '座谈会'), 3).value = 3;
    });
    const d = diagnostics.find((x) => x.code === 'COUNT_MISMATCH')!;
    expect(where(d)).toMatch(/^COUNT_MISMATCH 数字!C\d+（座谈会）$/);
    expect(d.message).toMatch(/^“数字”表的座谈会（数字!C\d+）是 3，而逐条记录的.*合计 1（会议!A4）。$/);
    expect(`${d.message}${d.hint}`).not.toMatch(YAML_WORDS);
  });

  it('the SECTION_ORDER messages speak of the 部分顺序 row and the sections’ titles', async () => {
    const { diagnostics } = await checkLedger((wb) => {
      const ws = wb.getWorksheet('报告设置')!;
      ws.getCell(rowOf(ws, '部分顺序'), 3).value = '民主监督\n民主监督\n服务';
    });
    const order = diagnostics.filter((d) => d.code.startsWith('SECTION_ORDER'));
    expect(order.map(where).sort()).toEqual(['SECTION_ORDER_INCOMPLETE 报告设置!C3（部分顺序）', 'SECTION_ORDER_REPEATED 报告设置!C3（部分顺序）', 'SECTION_ORDER_UNKNOWN 报告设置!C3（部分顺序）']);
    expect(order.find((d) => d.code === 'SECTION_ORDER_INCOMPLETE')!.message).toContain('没有写“加强领导”、“队伍建设”、“联络联谊”');
    expect(order.find((d) => d.code === 'SECTION_ORDER_UNKNOWN')!.hint).toContain('加强领导、队伍建设、民主监督、联络联谊');
    for (const d of order) expect(`${d.message}${d.hint}`).not.toMatch(YAML_WORDS);
  });

  it('a section is turned off by choosing 是 in its 不写 row, as omit: true turns it off in YAML', async () => {
    const noMeetings = (wb: ExcelJS.Workbook) => meetings(wb).spliceRows(3, 2);
    const warned = (await checkLedger(noMeetings)).diagnostics.filter((d) => d.code === 'SECTION_WITHOUT_CONTENT');
    expect(warned.map(where)).toEqual(['SECTION_WITHOUT_CONTENT 报告设置!C4（加强领导·不写）', 'SECTION_WITHOUT_CONTENT 报告设置!C19（联络联谊·不写）']);
    for (const d of warned) {
      expect(d.hint).toContain(`${d.cell} 格（${d.header}）选“是”`);
      expect(`${d.message}${d.hint}`).not.toMatch(YAML_WORDS);
    }
    const { diagnostics, value } = await checkLedger((wb) => {
      noMeetings(wb);
      wb.getWorksheet('报告设置')!.getCell('C4').value = '是';
    });
    expect(diagnostics.filter((d) => d.code === 'SECTION_WITHOUT_CONTENT').map(where)).toEqual(['SECTION_WITHOUT_CONTENT 报告设置!C19（联络联谊·不写）']);
    expect(value!.report).toEqual({ sections: { leadership: { omit: true } } });
  });
});

describe('what a real ledger does still reads', () => {
  it('date serials, numbers as text, a title row, merged cells, an extra column, empty rows', async () => {
    const { value, diagnostics } = await checkLedger((wb) => {
      const ws = meetings(wb);
      ws.spliceRows(1, 0, ['青石镇2021年会议台账']); // a title row above the hidden key row: the header is now row 3
      ws.getCell('A4').value = 44250; // 2021-02-23 as Excel's serial number
      ws.getCell('D4').value = '11'; // a number stored as text
      ws.getCell('L3').value = '备注'; // a column the office added, after the sheet's own
      ws.getCell('L4').value = '自己看的';
      // A third meeting the same day as the second: one date cell merged down over both rows.
      ws.getCell('A5').value = new Date(Date.UTC(2021, 3, 16));
      ws.getCell('B6').value = '协商会';
      ws.getCell('C6').value = '人居环境整治协商';
      ws.mergeCells('A5:A6');
    });
    const extra = diagnostics.filter((d) => d.code === 'LEDGER_COLUMN_EXTRA');
    expect(extra.map(where)).toEqual(['LEDGER_COLUMN_EXTRA 会议!L3（备注）']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(value!.meetings!.map((m) => [m.date, m.attendees])).toEqual([
      ['2021-02-23', 11],
      ['2021-04-16', undefined],
      ['2021-04-16', undefined],
    ]);
  });
});
