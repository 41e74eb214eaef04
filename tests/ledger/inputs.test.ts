/** A ledger is an input like a YAML file: in a folder of offices, and inside a folder office beside its YAML files. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ledgerWorkbook, workbookBytes } from '../../src/ledger/write-workbook.js';
import { BASE } from '../support/check-helpers.js';
import { cli } from '../support/cli-helpers.js';
import { EXAMPLES_DIR } from '../support/example-data.js';

const base = parse(BASE) as Record<string, unknown>;

describe('ledgers among the inputs', () => {
  it('a folder mixing .yaml and .xlsx offices checks both, and Excel lock files are not offices', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ledger-inputs-'));
    copyFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'), path.join(dir, 'qingshi.yaml'));
    writeFileSync(path.join(dir, 'base.xlsx'), await workbookBytes(ledgerWorkbook(base)));
    writeFileSync(path.join(dir, '~$base.xlsx'), 'lock');
    const run = await cli(['check', '.', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout) as { summary: { files: number }; diagnostics: { file: string; severity: string }[] };
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.summary.files).toBe(2);
  });

  it('a folder office merges its ledger with its YAML files, and a key in both is named in both places', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ledger-inputs-'));
    const office = path.join(dir, 'qingshi');
    mkdirSync(office);
    const { meetings, ...rest } = base;
    writeFileSync(path.join(office, 'office.yaml'), BASE.slice(0, BASE.indexOf('meetings:')) + BASE.slice(BASE.indexOf('studies:')));
    writeFileSync(path.join(office, '会议台账.xlsx'), await workbookBytes(ledgerWorkbook({ meetings })));
    const ok = await cli(['preview', 'qingshi'], dir);
    expect(ok.stderr).not.toContain('错误');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('研究部署全年政协联络工作');

    writeFileSync(path.join(office, '会议台账.xlsx'), await workbookBytes(ledgerWorkbook({ meetings, studies: rest.studies })));
    const twice = await cli(['check', 'qingshi', '--format', 'json'], dir);
    const report = JSON.parse(twice.stdout) as { diagnostics: { code: string; message: string; file: string; sheet?: string; cell?: string }[] };
    const clash = report.diagnostics.find((d) => d.code === 'KEY_IN_TWO_FILES');
    expect(clash).toBeDefined();
    expect(clash!.message).toContain('在 office.yaml:9 已经写过');
    expect([clash!.file, (clash as { sheet?: string }).sheet, (clash as { cell?: string }).cell]).toEqual(['qingshi/会议台账.xlsx', '学习', 'A2']);
  });
});
