// The county roll-up: totals equal the sum of offices' numbers; a missing number is “—”,
// not 0, and the note says who lacked it; completeness and failures are listed.
import { describe, expect, it } from 'vitest';
import type { OfficeBuildResult } from '../../src/office/types.js';
import type { Block } from '../../src/document/model.js';
import { KEY_NUMBER_COLUMNS, type KeyNumbers } from '../../src/model/key-numbers.js';
import { rollupDocument } from '../../src/rollup/rollup-document.js';
import { rollupCsv, parseCsv, BOM } from '../../src/rollup/rollup-csv.js';
import { totals } from '../../src/rollup/totals.js';

const numbers = (n: Partial<KeyNumbers>): KeyNumbers => ({
  members: undefined, meetings: undefined, studies: undefined, inspections: undefined, proposals: undefined,
  proposalsAdopted: undefined, opinions: undefined, visits: undefined, activities: undefined, ...n,
});

const results: OfficeBuildResult[] = [
  { input: 'a.yaml', status: 'built', office: '青石镇政协联工委', year: 2021, diagnostics: [], emptySections: [], numbers: numbers({ members: 26, meetings: 7, studies: 5, visits: 42, proposals: 3 }) },
  { input: 'b.yaml', status: 'built', office: '燕泉街道政协联络办', year: 2021, diagnostics: [], emptySections: ['supervision', 'liaison'], numbers: numbers({ members: 18, meetings: 4, studies: 3, proposals: 0 }) },
  { input: 'c.yaml', status: 'built', office: '白河镇, "联络办"', year: 2021, diagnostics: [], emptySections: [], numbers: numbers({ members: 12, meetings: 2, visits: 9 }) },
  {
    input: 'd.yaml', status: 'invalid', diagnostics: [{ code: 'TAB_AS_INDENT', severity: 'error', message: '用了制表符缩进', file: 'd.yaml', line: 3, column: 1 }],
  },
];

/** A broken office whose name could be read, and an office of another year. */
const named: OfficeBuildResult = { input: '/tmp/x/longtan-2021.yaml', status: 'invalid', office: '龙潭镇政协联络办', township: '龙潭镇', year: 2021, diagnostics: [{ code: 'WRONG_TYPE', severity: 'error', message: '应为数字', file: '/tmp/x/longtan-2021.yaml', line: 9, column: 3 }] };
const otherYear: OfficeBuildResult = { input: 'baihe.yaml', status: 'built', office: '柏禾乡政协联络办公室', township: '柏禾乡', year: 2022, diagnostics: [], emptySections: [], numbers: numbers({ members: 18, meetings: 11 }) };

const table = (blocks: Block[]) => blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
const texts = (blocks: Block[]) => blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

describe('rollupDocument', () => {
  const doc = rollupDocument(results, { year: 2021, county: '青山县' });

  it('titles as a county office reports, with the county, never a placeholder, and heads its parts so', () => {
    expect(doc.title).toBe('关于2021年度青山县各镇（街道）政协联络工作情况的报告');
    expect(rollupDocument(results, { year: 2021 }).title).toBe('关于2021年度各镇（街道）政协联络工作情况的报告');
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => ('text' in b ? b.text : ''))).toEqual(['一、基本情况', '二、需要说明的情况']);
    expect(JSON.stringify(rollupDocument(results, { year: 2021 }))).not.toMatch(/××|xx/i);
  });

  it('has one table, as its attachment: a row per office with numbers and a total row equal to the sum', () => {
    const t = table(doc.blocks);
    expect(doc.blocks.filter((b) => b.type === 'table')).toHaveLength(1);
    expect(doc.blocks.map((b) => b.type).slice(-2)).toEqual(['attachment', 'table']);
    expect(doc.blocks.find((b) => b.type === 'attachmentNote')).toEqual({ type: 'attachmentNote', titles: ['2021年各镇（街道）政协联络工作主要数据表'] });
    // Units live in the note: ten narrow columns on A4 portrait cannot also hold “（人次）”.
    expect(t?.header).toEqual(['单位', ...KEY_NUMBER_COLUMNS.map((c) => c.label)]);
    expect(t?.note).toContain('数量单位：委员（人）、会议（次）、');
    expect(t?.rows).toHaveLength(4);
    const total = t?.rows.at(-1) ?? [];
    expect(total[0]).toBe('合计');
    for (const [i, { key }] of KEY_NUMBER_COLUMNS.entries()) {
      const values = results.flatMap((r) => (r.numbers?.[key] === undefined ? [] : [r.numbers[key] as number]));
      expect(total[i + 1]).toBe(values.length === 0 ? '—' : String(values.reduce((a, b) => a + b, 0)));
    }
  });

  it('shows a missing number as “—”, not 0, and says how many offices lacked it', () => {
    const t = table(doc.blocks);
    const visits = KEY_NUMBER_COLUMNS.findIndex((c) => c.key === 'visits') + 1;
    expect(t?.rows[1]?.[visits]).toBe('—');
    expect(t?.note).toContain('走访委员1个（燕泉街道政协联络办）');
    expect(t?.note).toContain('不按0计');
    expect(totals(results).proposals).toEqual({ total: 3, missing: ['白河镇, "联络办"'] });
  });

  it('opens with the county totals and lists empty sections and failed files', () => {
    const all = texts(doc.blocks);
    expect(all).toContain('共有4个镇（街道）政协联络机构报送年终工作总结，其中3个计入汇总，1个未计入（见第二部分）。');
    expect(all).toContain('委员56人');
    expect(all).toContain('燕泉街道政协联络办：民主监督、联络联谊2个部分没有记录。');
    // The failed file in plain words: no code, path or line for the superior to puzzle over; named
    // by its file only because no name could be read, and said so.
    expect(all).toContain('d（按文件名；文件中未能读出单位名称）：数据未通过检查，未计入汇总。');
    expect(all).not.toMatch(/TAB_AS_INDENT|d\.yaml|:3:1/);
  });

  it('names a broken office by the name in its file, and lists an office of another year as such, out of the totals', () => {
    const d = rollupDocument([...results.slice(0, 3), named, otherYear], { year: 2021, county: '青山县' });
    const all = texts(d.blocks);
    expect(all).toContain('龙潭镇：数据未通过检查，未计入汇总。');
    expect(all).not.toMatch(/longtan|WRONG_TYPE|\/tmp/);
    expect(all).toContain('柏禾乡：报送的是2022年的记录，未计入2021年汇总。');
    expect(all).toContain('共有5个镇（街道）政协联络机构报送年终工作总结，其中3个计入汇总，2个未计入（见第二部分）。');
    // 柏禾乡's 18 members are not in the county's 56.
    expect(all).toContain('委员56人');
    expect(table(d.blocks)?.rows.map((r) => r[0])).not.toContain('柏禾乡');
  });

  it('compares with last year only where every office has both years', () => {
    const previous = new Map([
      ['青石镇政协联工委', numbers({ members: 24, meetings: 6 })],
      ['燕泉街道政协联络办', numbers({ members: 18, meetings: 5 })],
      ['白河镇, "联络办"', numbers({ members: 12 })],
    ]);
    const all = texts(rollupDocument(results, { year: 2021, previous }).blocks);
    expect(all).toContain('委员56人（比上年增加2人）');
    expect(all).toContain('会议13次，');
    expect(all).not.toContain('会议13次（');
  });
});

describe('rollupCsv', () => {
  const csv = rollupCsv([...results, named, otherYear], 2021);

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('parses back: quoting holds commas and quotes, totals equal the sum', () => {
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(1 + results.length + 2 + 1);
    expect(rows[0]?.slice(0, 3)).toEqual(['单位', '计入汇总', '说明']);
    expect(rows[3]?.[0]).toBe('白河镇, "联络办"');
    const members = rows[0]?.indexOf('委员（人）') ?? -1;
    expect(rows.at(-1)?.[0]).toBe('合计');
    expect(rows.at(-1)?.[members]).toBe('56');
    expect(rows[4]?.[members]).toBe('');
    expect(csv).toContain('"白河镇, ""联络办"""');
  });

  it('names every office with a Chinese reason, and carries no file path and no code', () => {
    const rows = parseCsv(csv);
    expect(rows[4]?.slice(0, 3)).toEqual(['d（按文件名；文件中未能读出单位名称）', '否', '数据未通过检查，未计入汇总']);
    expect(rows[5]?.slice(0, 3)).toEqual(['龙潭镇政协联络办', '否', '数据未通过检查，未计入汇总']);
    expect(rows[6]?.slice(0, 3)).toEqual(['柏禾乡政协联络办公室', '否', '报送的是2022年的记录，未计入2021年汇总']);
    const members = rows[0]?.indexOf('委员（人）') ?? -1;
    expect(rows[6]?.[members]).toBe('');
    expect(csv).not.toMatch(/\.ya?ml|\/tmp|[A-Z]{2,}_[A-Z_]+|:\d+:\d+/);
  });
});

describe('office names in the roll-up table', () => {
  it('uses the township where it is unique, the full name where two offices share one', async () => {
    const { shortNames } = await import('../../src/rollup/totals.js');
    const base = { status: 'built' as const, diagnostics: [] };
    const offices = [
      { ...base, input: 'a.yaml', office: '青石镇政协联络工作委员会', township: '青石镇' },
      { ...base, input: 'b.yaml', office: '白沙镇政协联络办', township: '白沙镇' },
      { ...base, input: 'c.yaml', office: '白沙镇政协联工委', township: '白沙镇' },
      { ...base, input: 'd.yaml' },
    ];
    const short = shortNames(offices);
    expect(offices.map(short)).toEqual(['青石镇', '白沙镇政协联络办', '白沙镇政协联工委', 'd']);
  });
});

describe('CSV cells', () => {
  it('a text that begins like a spreadsheet formula is shown, not run; numbers stay numbers', async () => {
    const { csvField } = await import('../../src/rollup/rollup-csv.js');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12')).toBe('-12');
    expect(csvField('青石镇')).toBe('青石镇');
  });
});
