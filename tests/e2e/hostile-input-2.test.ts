/**
 * Issue 22: the second round of hostile input, data and files. One test per
 * reproduction of ../shared/repro/23-… to 39-… in this share (the templates'
 * are in hostile-templates-2.test.ts, the batch's stop and race in
 * tests/cli/batch-stop.test.ts), each with an input made here (the shared
 * copies hold their links as text files), the code and the place it reports,
 * and the time and memory bound where the defect was a cost.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/check/check-inputs.js';
import { exitCodeOf } from '../../src/office/exit-code.js';
import { ledgerWorkbook, workbookBytes } from '../../src/ledger/write-workbook.js';
import { loadYear } from '../../src/office/read-year.js';
import { validateYear } from '../../src/validate/validate-year.js';
import { cli } from '../support/cli-helpers.js';
import { at, BASE, checkText, codes } from '../support/check-helpers.js';
import { loadExample } from '../support/example-data.js';
import { craftZip } from '../support/zip-craft.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = (): string => {
  const d = mkdtempSync(path.join(tmpdir(), 'summary-hostile2-'));
  dirs.push(d);
  return d;
};
const [HEAD, RECORDS] = [BASE.slice(0, BASE.indexOf('meetings:')), BASE.slice(BASE.indexOf('meetings:'))];

describe('23, 37: an office’s folder is listed by the rule of a folder of offices', () => {
  it('23: a linked meetings.yaml is read; a folder, a dangling link and a FIFO named *.yaml are named (exit 2); the office is built from the rest', async () => {
    const d = tmp();
    mkdirSync(path.join(d, 'q', 'real'), { recursive: true });
    mkdirSync(path.join(d, 'q', 'dir.yaml'));
    writeFileSync(path.join(d, 'q', 'office.yaml'), HEAD);
    writeFileSync(path.join(d, 'q', 'real', 'meetings.txt'), RECORDS);
    symlinkSync('real/meetings.txt', path.join(d, 'q', 'meetings.yaml'));
    symlinkSync('nowhere.yaml', path.join(d, 'q', 'dangling.yaml'));
    spawnSync('mkfifo', [path.join(d, 'q', 'pipe.yaml')]);
    const { value } = await checkInputs(['q'], { cwd: d });
    expect(value.inputDiagnostics.map((x) => [x.code, path.basename(x.file), x.message.match(/却是(.+?)，/)?.[1]])).toEqual([
      ['INPUT_NOT_A_FILE', 'dangling.yaml', '一个指向不存在文件的链接'],
      ['INPUT_NOT_A_FILE', 'dir.yaml', '一个文件夹'],
      ['INPUT_NOT_A_FILE', 'pipe.yaml', '一个管道（FIFO）'],
    ]);
    // The seven meetings are not lost: the link inside the data folder was read.
    // Its meetings are a 党委会 and a 座谈会: the Party committee's own 党委会 is not one of the office's meetings (issue 19).
    expect(value.results[0]?.numbers?.meetings).toBe(1);
    expect(exitCodeOf({ results: value.results, diagnostics: value.inputDiagnostics })).toBe(2);
  });

  it('23: a file of the office linked outside the data folder is INPUT_OUTSIDE, and not read', async () => {
    const d = tmp();
    const outside = tmp();
    writeFileSync(path.join(outside, 'meetings.txt'), RECORDS);
    mkdirSync(path.join(d, 'q'));
    writeFileSync(path.join(d, 'q', 'office.yaml'), HEAD);
    symlinkSync(path.join(outside, 'meetings.txt'), path.join(d, 'q', 'meetings.yaml'));
    const { value } = await checkInputs(['q'], { cwd: d });
    expect(codes(value.inputDiagnostics)).toEqual(['INPUT_OUTSIDE']);
    expect(value.results[0]?.numbers?.meetings).toBeUndefined();
  });

  it('37: a link to itself is a link loop, not 找不到; office.yaml linked outside is INPUT_OUTSIDE (exit 2), with records.yaml beside it or not', async () => {
    const d = tmp();
    symlinkSync('self.yaml', path.join(d, 'self.yaml'));
    for (const office of ['d3', 'd5']) {
      mkdirSync(path.join(d, office));
      symlinkSync('/etc/passwd', path.join(d, office, 'office.yaml'));
    }
    writeFileSync(path.join(d, 'd5', 'records.yaml'), RECORDS);
    const self = await cli(['check', 'self.yaml'], d);
    expect(self.code).toBe(2);
    expect(self.stdout).toContain('self.yaml 错误 INPUT_NOT_A_FILE “self.yaml”名为 YAML 文件，却是一个指向自己的链接（链接循环）');
    for (const office of ['d3', 'd5']) {
      const r = await cli(['check', office], d);
      expect(r.code, r.stdout).toBe(2);
      expect(r.stdout).toContain(`${office}/office.yaml 错误 INPUT_OUTSIDE “${office}/office.yaml”指向“/etc/passwd”`);
      expect(r.stdout).not.toMatch(/root:|NO_YAML_FILES|没有发现问题/);
    }
  });
});

describe('24: text made only of what no font draws is blank', () => {
  it.each([
    ['lone surrogates', '"\\uD800\\uD800"'],
    ['variation selectors', '"\\uFE0F\\uFE0F"'],
    ['Hangul fillers and a tag character', '"\\u3164\\U000E0041"'],
  ])('%s as a meeting topic and a study topic: BLANK_TEXT at each', async (_name, value) => {
    const text = BASE.replace('    topic: 乡村振兴与农村人居环境整治', `    topic: ${value}`).replace('    topic: 党史学习教育专题学习', `    topic: ${value}`);
    const r = await checkText(text);
    expect(at(r.diagnostics.filter((d) => d.code === 'BLANK_TEXT'))).toEqual([
      { code: 'BLANK_TEXT', line: 16, column: 12 },
      { code: 'BLANK_TEXT', line: 20, column: 12 },
    ]);
  });
});

/** The example as a ledger's parts. */
async function ledgerParts(): Promise<Record<string, Uint8Array>> {
  return unzipSync(await workbookBytes(ledgerWorkbook(loadExample('qingshi-2021') as unknown as Record<string, unknown>)));
}
const rowsXml = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => `<row r="${i + from}"><c r="D${i + from}"><v>1</v></c></row>`).join('');
const withRows = (sheet: Uint8Array, rows: number): Uint8Array => strToU8(Buffer.from(sheet).toString('utf8').replace('</sheetData>', `${rowsXml(3, rows)}</sheetData>`));

/** `summary check` in a child with a bounded heap: a run that needed more would die, not pass slowly. */
function checkInChild(file: string, heapMb = 160): { code: number | null; stdout: string; ms: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, path.join(ROOT, 'bin', 'summary.js'), 'check', file, '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, ms: performance.now() - started };
}

describe.runIf(existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')))('25: the ledger’s bounds hold on the parts exceljs reads', () => {
  it.each([
    ['stored as “/xl/worksheets/sheet3.xml”', (name: string) => ({ name: `/${name}` })],
    ['stored as “./xl/worksheets/sheet3.xml”', (name: string) => ({ name: `./${name}` })],
    ['stored with backslashes', (name: string) => ({ name: name.replace(/\//g, '\\') })],
    ['reachable only through the central directory', () => ({ hidden: true })],
  ])('a sheet of 300,000 rows %s: LEDGER_TOO_LARGE within seconds and a 160 MB heap', async (_how, how) => {
    const parts = await ledgerParts();
    const sheet = 'xl/worksheets/sheet3.xml';
    const entries = Object.entries(parts).map(([name, data]) => (name === sheet ? { name, data: withRows(data, 300_000), ...how(name) } : { name, data }));
    const file = path.join(tmp(), '台账.xlsx');
    writeFileSync(file, craftZip(entries));
    const r = checkInChild(file);
    expect(r.code, r.stdout.slice(0, 500)).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] };
    expect(out.diagnostics.map((d) => d.code)).toEqual(['LEDGER_TOO_LARGE']);
    expect(out.diagnostics[0]?.message).toContain('行数超过了上限 5000');
    expect(r.ms).toBeLessThan(15_000);
  });

  it('hidden shared strings past the bound, and a sheet named twice once normalised, are refused before exceljs', async () => {
    const parts = await ledgerParts();
    const strings = strToU8(`<sst>${'<si><t>多</t></si>'.repeat(210_000)}</sst>`);
    const hidden = Object.entries(parts).map(([name, data]) => (name === 'xl/sharedStrings.xml' ? { name, data: strings, hidden: true } : { name, data }));
    const a = path.join(tmp(), 'a.xlsx');
    writeFileSync(a, craftZip(hidden));
    expect(JSON.parse(checkInChild(a).stdout).diagnostics[0].message).toContain('共享字符串');
    const twice = [...Object.entries(parts).map(([name, data]) => ({ name, data })), { name: '/xl/worksheets/sheet3.xml', data: parts['xl/worksheets/sheet3.xml'] as Uint8Array }];
    const b = path.join(tmp(), 'b.xlsx');
    writeFileSync(b, craftZip(twice));
    const r = JSON.parse(checkInChild(b).stdout) as { diagnostics: { code: string; message: string }[] };
    expect(r.diagnostics.map((d) => d.code)).toEqual(['LEDGER_UNREADABLE']);
    expect(r.diagnostics[0]?.message).toContain('文件已损坏');
  });
});

describe('26: nothing from JavaScript in a message, YAML and ledger alike', () => {
  const kindLine = '    kind: 座谈会';
  it.each([
    ['missing', BASE.replace(`${kindLine}\n`, ''), 'MISSING_FIELD', '缺少必填项“会议第2条·会议类别”'],
    ['a mapping', BASE.replace(kindLine, '    kind: {a: 1}'), 'WRONG_TYPE', '这里写的是“键: 值”的结构'],
    ['.nan', BASE.replace(kindLine, '    kind: .nan'), 'WRONG_TYPE', '非数字（.nan）'],
    ['empty', BASE.replace(kindLine, '    kind: ""'), 'BLANK_TEXT', '“会议第2条·会议类别”是空的'],
  ])('a meeting’s kind %s: the field’s own diagnostic, in every format', async (_how, text, code, words) => {
    const r = await checkText(text);
    expect(codes(r.diagnostics)).toEqual([code]);
    expect(r.diagnostics[0]?.message).toContain(words);
    const file = writeYear(text);
    for (const format of ['text', 'json', 'github']) {
      const out = await cli(['check', 'year.yaml', '--format', format], path.dirname(file));
      expect(out.stdout).toContain(code);
      expect(out.stdout).not.toMatch(/undefined|\[object|NaN|‹\w+›/);
    }
  });

  it('a blank drop-down cell in the ledger is MISSING_FIELD at that cell', async () => {
    const parts = await ledgerParts();
    const meetings = Object.keys(parts).find((n) => Buffer.from(parts[n] as Uint8Array).toString('utf8').includes('座谈会')) as string;
    const xml = Buffer.from(parts[meetings] as Uint8Array).toString('utf8');
    // The first kind cell that says 座谈会 in the sheet's shared strings or inline: emptied. The string is 座谈会 itself,
    // not one that holds it (the 提纲 sheet's list has 座谈会（liaison.forums））.
    const sst = Buffer.from(parts['xl/sharedStrings.xml'] as Uint8Array).toString('utf8');
    const index = [...sst.matchAll(/<si>(.*?)<\/si>/g)].findIndex((m) => /^<t[^>]*>座谈会<\/t>$/.test(m[1] ?? ''));
    const emptied = xml.replace(new RegExp(`<c r="([A-Z]+\\d+)"([^>]*) t="s"><v>${index}</v></c>`), '<c r="$1"$2/>');
    expect(emptied).not.toBe(xml);
    const file = path.join(tmp(), '台账.xlsx');
    writeFileSync(file, zipSync({ ...parts, [meetings]: strToU8(emptied) }));
    const checked = validateYear(await loadYear(file));
    const missing = checked.diagnostics.filter((d) => d.code === 'MISSING_FIELD');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) });
    expect(missing[0]?.message).toMatch(/会议类别/);
    for (const d of checked.diagnostics) expect(d.message).not.toMatch(/undefined|\[object|NaN/);
  });
});

/** A year written as `year.yaml` in a folder of its own; returns that file. */
function writeYear(text: string): string {
  const d = tmp();
  writeFileSync(path.join(d, 'year.yaml'), text);
  return path.join(d, 'year.yaml');
}

describe('27: nothing from a data file reaches a CI log as a command', () => {
  it('a name with line breaks forges no workflow command, in the annotations, the table, the text log or an excerpt', async () => {
    const d = tmp();
    // Within the name's 60 characters, so the office passes with warnings and its name reaches the table too.
    const forged = '青石镇政协\\n::error file=README.md,line=1::伪造\\n::stop-commands::x';
    writeFileSync(path.join(d, 'a.yaml'), BASE.replace('  name: 青石镇政协联络工作委员会', `  name: "${forged}"`));
    writeFileSync(path.join(d, 'b.yaml'), BASE.replace('    attendees: 11', '    attendees: 十八'));
    const r = await cli(['check', '.', '--format', 'github'], d);
    expect(r.code).toBe(1);
    for (const line of r.stdout.split('\n')) {
      if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning) file=(a|b)\.yaml,/);
    }
    expect(r.stdout).not.toMatch(/^::error file=README\.md/m);
    expect(r.stdout).not.toMatch(/^::stop-commands/m);
    // The name is still there, its breaks visible.
    expect(r.stdout).toContain('青石镇政协\\x0A::error file=README.md,line=1::伪造\\x0A::stop-commands::x');
  });

  it('preview under GitHub Actions wraps the report in stop-commands', async () => {
    const file = writeYear(BASE.replace('    - 调查研究还不够深入', '    - "调查研究\\n::error::伪造"'));
    const r = await cli(['preview', 'year.yaml'], path.dirname(file), { GITHUB_ACTIONS: 'true' });
    const [first, ...rest] = r.stdout.trimEnd().split('\n');
    const token = /^::stop-commands::(\S+)$/.exec(first ?? '')?.[1];
    expect(token).toBeDefined();
    expect(rest.at(-1)).toBe(`::${token}::`);
  });
});

describe('28: a workbook in another format is named, never read as text', () => {
  const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') }, { level: 0 });
  it.each([
    ['ledger.xls', ole2, '旧的 Excel 97-2003 工作簿（.xls）'],
    ['ledger.et', ole2, '旧的 Excel 97-2003 工作簿（.xls）或 WPS 表格（.et）'],
    ['ledger.ods', ods, 'OpenDocument 表格（.ods'],
    ['records.yaml', ole2, '扩展名却是 .yaml'],
  ])('%s: LEDGER_UNREADABLE with how to save it as .xlsx', async (name, bytes, words) => {
    const d = tmp();
    writeFileSync(path.join(d, name), bytes);
    const r = await cli(['check', name], d);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('LEDGER_UNREADABLE');
    expect(r.stdout).toContain(words);
    expect(r.stdout).not.toMatch(/UTF-8|UTF-16|记事本“另存为”/);
  });

  it('.xlsm is read as the ledger it is; a folder of only .xls is not “no records”', async () => {
    const d = tmp();
    writeFileSync(path.join(d, 'ledger.xlsm'), await workbookBytes(ledgerWorkbook(loadExample('qingshi-2021') as unknown as Record<string, unknown>)));
    expect((await cli(['check', 'ledger.xlsm'], d)).stdout).toContain('没有发现问题');
    mkdirSync(path.join(d, 'old'));
    writeFileSync(path.join(d, 'old', 'a.xls'), ole2);
    const r = await cli(['check', 'old'], d);
    expect(r.stdout).toContain('LEDGER_UNREADABLE');
    expect(r.stdout).not.toContain('NO_YAML_FILES');
  });
});

describe('35: the roll-up counts what it says it counts', () => {
  it.runIf(existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')))('a copy of an office is refused with it, and neither is in the table, the totals or the CSV', () => {
    const d = tmp();
    mkdirSync(path.join(d, 'in'));
    cpSync(path.join(ROOT, 'examples', 'qingshi-2021.yaml'), path.join(d, 'in', '青石镇.yaml'));
    cpSync(path.join(ROOT, 'examples', 'qingshi-2021.yaml'), path.join(d, 'in', '青石镇 - 副本.yaml'));
    cpSync(path.join(ROOT, 'examples', 'yanquan-street-2021.yaml'), path.join(d, 'in', '雁泉.yaml'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'summary.js'), 'build', 'in', '--out', 'out', '--rollup', '--date', '2022-01-05', '--superior', '县政协', '--format', 'md'], { cwd: d, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const csv = readFileSync(path.join(d, 'out', '2021年各镇（街道）政协联络工作情况汇总.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    const members = csv[0]?.split(',').indexOf('委员（人）') ?? -1;
    const total = csv.find((l) => l.startsWith('合计'))?.split(',')[members];
    const yanquan = csv.find((l) => l.startsWith('雁泉'))?.split(',')[members];
    expect(total).toBe(yanquan);
    for (const row of csv.filter((l) => l.startsWith('青石镇'))) expect(row.split(',')[members]).toBe('');
  });
});

describe('36: YAML messages name the cause', () => {
  it.each([
    ['a !!binary topic', BASE.replace('    topic: 党史学习教育专题学习', '    topic: !!binary aGVsbG8='), 'YAML_TAG', 12],
    ['!!float on a count', BASE.replace('    attendees: 11', '    attendees: !!float 18'), 'YAML_TAG', 16],
    ['a lone U+FEFF on a line', BASE.replace('studies:', '\uFEFF\nstudies:'), 'YAML_INVISIBLE_CHARACTER', 1],
    ['NUL bytes after the last line', `${BASE}\u0000\u0000\u0000`, 'YAML_INVISIBLE_CHARACTER', 1],
  ])('%s: said as what it is, not a mapping, an unknown tag or a missing quote', async (_name, text, code, column) => {
    const r = await checkText(text);
    expect(codes(r.diagnostics)).toEqual([code]);
    expect(r.diagnostics[0]?.column).toBe(column);
  });

  it('a key with a BOM before it is shown with the BOM visible, not as the key it is told to be', async () => {
    const file = writeYear(BASE.replace('    topic: 党史学习教育专题学习', '    \uFEFFtopic: 党史学习教育专题学习'));
    const r = await cli(['check', 'year.yaml'], path.dirname(file));
    expect(r.stdout).toContain('中没有“<U+FEFF>topic”这一项');
  });
});

describe('39: a read-only file system is said as such', () => {
  // Needs root to mount a read-only tmpfs; elsewhere (no root, no mount) it is skipped, said in its name.
  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  it.runIf(canMount)('--out on a read-only mount: OUTPUT_DIR_INVALID EROFS 只读, not ENOENT with “will be created” (runs as root only)', async () => {
    const ro = tmp();
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,ro', 'tmpfs', ro]);
    if (mounted.status !== 0) return; // a container without the right to mount
    try {
      const r = await cli(['build', path.join(ROOT, 'examples', 'qingshi-2021.yaml'), '--out', path.join(ro, 'sub')], ROOT);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('OUTPUT_DIR_INVALID');
      expect(r.stderr).toContain('只读的（EROFS）');
      expect(r.stderr).not.toContain('ENOENT');
    } finally {
      spawnSync('umount', [ro]);
    }
  });
});
