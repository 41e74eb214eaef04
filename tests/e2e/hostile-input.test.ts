/**
 * Issue 10: hostile and broken input. Every reproduction of ../shared/repro
 * in this share of the issue, as a case with its exact code and position;
 * the cost cases scaled down, with the growth checked by ratio (four times the
 * input: a linear cost grows ×4, a quadratic one ×16; tests/support/growth.ts); and properties over biased generators.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBatchTable } from '../../src/batch/report-table.js';
import { reportFileName } from '../../src/office/file-name.js';
import { fullHandlebars } from '../../src/render/handlebars.js';
import { diagnostic } from '../../src/diagnostics/create.js';
import { formatText } from '../../src/diagnostics/format/text.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { readSource } from '../../src/load/read-source.js';
import { buildModel } from '../../src/model/build-model.js';
import { RenderBudget, TemplateBudgetError } from '../../src/render/budget.js';
import { RenderState } from '../../src/render/drafts.js';
import { COMPILE_OPTIONS, createEnvironment } from '../../src/render/environment.js';
import { parseTemplate } from '../../src/render/load-templates.js';
import { renderReport } from '../../src/render/render-report.js';
import { csvField } from '../../src/rollup/rollup-csv.js';
import { titleLines, TITLE_CAPACITY, cells } from '../../src/write/docx/title-lines.js';
import { inSystemFolder } from '../../src/write/output-file.js';
import { MAX_NAME_BYTES, safeFileName } from '../../src/write/safe-name.js';
import { deepTemplate, longName } from '../support/arbitraries.js';
import { at, BASE, checkText, codes } from '../support/check-helpers.js';
import { growth, GROWTH_BOUND } from '../support/growth.js';
import { loadExample } from '../support/example-data.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'summary-hostile-'));
  dirs.push(d);
  return d;
};

describe('cost of data input grows linearly (repro 01, 02, 03, 22)', () => {
  it('01: the default file name of a long office name: four times the name is not sixteen times the time', () => {
    const make = (n: number) => () => reportFileName(undefined, { year: 2021, office: `青石镇${'，'.repeat(n)}` }, 'docx');
    expect(growth(make, 200_000)).toBeLessThan(GROWTH_BOUND);
    expect(Buffer.byteLength(make(40_000)() as string)).toBeLessThanOrEqual(180);
  });

  it('01: a name with a long run of inner spaces is sanitised in linear time (no backtracking trim)', () => {
    const make = (n: number) => () => safeFileName(`a${' '.repeat(n)}b`);
    expect(growth(make, 200_000)).toBeLessThan(GROWTH_BOUND);
  });

  it('02: 政协 × n in a title: four times n is not sixteen times the time, and the title is left whole', () => {
    const make = (n: number) => () => titleLines('政协'.repeat(n));
    expect(growth(make, 50_000)).toBeLessThan(GROWTH_BOUND);
    expect(titleLines('政协'.repeat(2000))).toEqual(['政协'.repeat(2000)]);
  });

  it('22: a flow list of n items: four times n is not sixteen times the time, refused at item 1001', () => {
    const make = (n: number) => () => parseYaml(`sites: [${'a,'.repeat(n)}b]\n`, 'x.yaml');
    // 30,000: below that the JIT and the GC dominate and the ratio is noise.
    expect(growth(make, 30_000)).toBeLessThan(GROWTH_BOUND);
    const r = make(2000)() as ReturnType<typeof parseYaml>;
    expect(at(r.diagnostics)).toEqual([{ code: 'COLLECTION_TOO_LONG', line: 1, column: 9 + 2 * 1000 }]);
  });

  it('22: a file of more than 400,000 lexemes stops lexing where it crosses the limit (DATA_TOO_LARGE)', () => {
    const r = parseYaml(`sites: [${'a,'.repeat(300_000)}b]\n`, 'x.yaml');
    expect(codes(r.diagnostics)).toEqual(['DATA_TOO_LARGE']);
    expect(r.diagnostics[0]!.line).toBe(1);
    // Stopped inside the list, well before its end at column 600,009.
    expect(r.diagnostics[0]!.column).toBeGreaterThan(100_000);
    expect(r.diagnostics[0]!.column).toBeLessThan(600_000);
  });

  it('22: 1,001 lists of 1,000 items each stay within the list limit but not the node limit', () => {
    const list = `[${'a,'.repeat(999)}a]`;
    const text = Array.from({ length: 60 }, (_, i) => `k${i}: ${list}`).join('\n');
    expect(codes(parseYaml(text, 'x.yaml').diagnostics)).toEqual(['DATA_TOO_LARGE']);
  });

  it('03: 1,001 text.plans items in a block list are refused at the 1,001st item, not an internal error at build', async () => {
    const plans = Array.from({ length: 1001 }, (_, i) => `    - 打算${i}`).join('\n');
    const r = await checkText(BASE.replace('  plans:\n    - 坚持每季度组织一次委员集中学习', `  plans:\n${plans}`));
    const line = BASE.split('\n').findIndex((l) => l === '  plans:') + 2 + 1000;
    expect(at(r.diagnostics)).toEqual([{ code: 'COLLECTION_TOO_LONG', line, column: 7 }]);
  });
});

describe('limits per field (repro 01, 12, 15)', () => {
  it('01: an office name of 40,000 characters is TEXT_TOO_LONG at office.name', async () => {
    const r = await checkText(BASE.replace('  name: 青石镇政协联络工作委员会', `  name: 青石镇${'，'.repeat(40_000)}`));
    expect(at(r.diagnostics)).toEqual([{ code: 'TEXT_TOO_LONG', line: 3, column: 9 }]);
    expect(r.diagnostics[0]!.message).toContain('60');
  });

  it('12: required text of two U+200B is blank', async () => {
    const r = await checkText(BASE.replace('    topic: 党史学习教育专题学习', '    topic: "\u200B\u200B"'));
    expect(at(r.diagnostics)).toEqual([{ code: 'BLANK_TEXT', line: 20, column: 12 }]);
  });

  it('15: money 1e300 元, 200,000 万元 and a count of 2,000,000 are out of range, at the number', async () => {
    const money = await checkText(`${BASE}activities:\n  - date: 2021-05-01\n    kind: 捐助\n    title: 捐赠图书\n    amount: { value: 1e300, unit: 元 }\n`);
    expect(at(money.diagnostics)).toEqual([{ code: 'OUT_OF_RANGE', line: 34, column: 22 }]);
    const wan = await checkText(`${BASE}activities:\n  - date: 2021-05-01\n    kind: 捐助\n    title: 捐赠图书\n    amount: { value: 200000, unit: 万元 }\n`);
    expect(at(wan.diagnostics)).toEqual([{ code: 'OUT_OF_RANGE', line: 34, column: 22 }]);
    const count = await checkText(BASE.replace('    attendees: 11', '    attendees: 2000000'));
    expect(at(count.diagnostics)).toEqual([{ code: 'OUT_OF_RANGE', line: 13, column: 16 }]);
  });
});

describe('nothing the user wrote is silently changed (repro 16, 17, 21, counts)', () => {
  it('16: a file with CR-only line ends reads like the same file with LF', async () => {
    const r = await checkText(BASE.replace(/\n/g, '\r'));
    expect(r.diagnostics).toEqual([]);
  });

  it('17: a line break inside a record field is a warning at the field', async () => {
    const r = await checkText(BASE.replace('    topic: 党史学习教育专题学习', '    topic: "党史学习\\n教育专题学习"'));
    expect(at(r.diagnostics)).toEqual([{ code: 'LINE_BREAK_IN_SENTENCE', line: 20, column: 12 }]);
  });

  it('21: " #" after a Latin value with a Chinese comment is COMMENT_IN_TEXT at the #; an all-Latin comment is not', async () => {
    const r = await checkText(BASE.replace('    topic: 党史学习教育专题学习', '    topic: Zhao Lihua #及3名委员'));
    expect(at(r.diagnostics)).toEqual([{ code: 'COMMENT_IN_TEXT', line: 20, column: 23 }]);
    const plain = await checkText(BASE.replace('    topic: 党史学习教育专题学习', '    topic: Zhao Lihua # note'));
    expect(plain.diagnostics).toEqual([]);
  });

  it.each(['0x1F', '0o17', '0123', '+5'])('a count written %s is NUMBER_FORMAT at the number', async (n) => {
    const r = await checkText(BASE.replace('    attendees: 11', `    attendees: ${n}`));
    expect(at(r.diagnostics)).toEqual([{ code: 'NUMBER_FORMAT', line: 13, column: 16 }]);
  });

  it('ordinary numbers are not NUMBER_FORMAT: 0, 12, 3.5, -1 (the schema judges the range)', async () => {
    for (const n of ['0', '12']) expect(codes((await checkText(BASE.replace('    attendees: 11', `    attendees: ${n}`))).diagnostics)).toEqual([]);
  });
});

describe('misreported errors (repro 11, 18, encodings, English)', () => {
  it('11: an undefined alias is ALIAS_UNDEFINED at the alias', async () => {
    const r = await checkText(BASE.replace('    topic: 党史学习教育专题学习', '    topic: *nine'));
    expect(at(r.diagnostics)).toEqual([{ code: 'ALIAS_UNDEFINED', line: 20, column: 12 }]);
  });

  it('18: a bad indent and an unclosed [ give two errors, not nine follow-on UNQUOTED_COLON', async () => {
    const text = BASE.replace('    topic: 乡村振兴与农村人居环境整治', '   topic: 乡村振兴与农村人居环境整治').replace('    subject: 全镇重点项目建设', '    subject: [全镇重点项目建设');
    const r = await checkText(text);
    expect(codes(r.diagnostics)).toEqual(['YAML_SYNTAX', 'YAML_SYNTAX']);
    expect(r.diagnostics.map((d) => d.line)).toEqual([16, 25]);
    for (const d of r.diagnostics) expect(d.message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
  });

  it('UTF-32 (with or without a BOM) is ENCODING_UTF32, not UTF-16', async () => {
    const le = Buffer.alloc(BASE.length * 4 + 4);
    le.writeUInt32LE(0xfeff, 0);
    for (let i = 0; i < 50; i++) le.writeUInt32LE(BASE.charCodeAt(i), 4 + i * 4);
    expect(at((await checkText(le)).diagnostics)).toEqual([{ code: 'ENCODING_UTF32', line: 1, column: 1 }]);
    const bare = Buffer.alloc(200);
    for (let i = 0; i < 50; i++) bare.writeUInt32LE('year: 2021\n'.charCodeAt(i % 11), i * 4);
    expect(codes((await checkText(bare)).diagnostics)).toEqual(['ENCODING_UTF32']);
  });

  it('an unresolved tag is said in Chinese, at the tag (YAML_TAG since repro 36): no "Unresolved tag" from the yaml library', async () => {
    const r = await checkText(BASE.replace('    topic: 党史学习教育专题学习', '    topic: !foo 党史学习'));
    expect(codes(r.diagnostics)).toEqual(['YAML_TAG']);
    expect(r.diagnostics[0]!.message).toContain('!foo');
    expect(r.diagnostics[0]!.message).not.toContain('Unresolved');
  });
});

describe('inputs are regular files, read once (repro 09)', () => {
  it('a FIFO is refused at once, and a symlink to a device is refused without reading it', async () => {
    const d = tmp();
    execFileSync('mkfifo', [join(d, 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(d, 'zero.yaml'));
    mkdirSync(join(d, 'dir.yaml'));
    const t0 = performance.now();
    const fifo = await readSource(join(d, 'fifo.yaml'), 'fifo.yaml');
    const zero = await readSource(join(d, 'zero.yaml'), 'zero.yaml');
    const dir = await readSource(join(d, 'dir.yaml'), 'dir.yaml');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(fifo.diagnostics.map((x) => [x.code, x.message])).toEqual([['FILE_UNREADABLE', '无法读取文件：这不是一个普通文件（是命名管道）。']]);
    expect(zero.diagnostics.map((x) => [x.code, x.message])).toEqual([['FILE_UNREADABLE', '无法读取文件：这不是一个普通文件（是设备）。']]);
    expect(dir.diagnostics.map((x) => x.message)).toEqual(['无法读取文件：这是一个文件夹，不是文件。']);
  });

  it('a file over the limit is FILE_TOO_LARGE and is not read past it', async () => {
    const d = tmp();
    writeFileSync(join(d, 'big.yaml'), 'x'.repeat(5000));
    expect(codes((await readSource(join(d, 'big.yaml'), 'big.yaml', { maxBytes: 4096 })).diagnostics)).toEqual(['FILE_TOO_LARGE']);
  });
});

describe('leaks and strays (repro 13, 14, --out /proc, CSV)', () => {
  it('13: ESC, OSC and BEL from the data are escaped in the text output and the result table', () => {
    const evil = '\u001b]0;pwned\u0007\u001b[2J\u001b[31m红镇\u001b[0m\u202E';
    const d = diagnostic('COMMENT_IN_TEXT', { value: evil, comment: evil }, { file: `${evil}.yaml`, line: 1, column: 1 });
    const text = formatText({ diagnostics: [d], summary: { files: 1, errors: 0, warnings: 1 } } as never, { color: false });
    // eslint-disable-next-line no-control-regex -- the control characters are what is checked for
    expect(text).not.toMatch(/[\u001b\u0007\u202E]/);
    expect(text).toContain('\\x1B]0;pwned\\x07');
    const table = formatBatchTable([{ input: 'esc.yaml', office: evil, status: 'built', output: 'x.docx', diagnostics: [] }] as never);
    // eslint-disable-next-line no-control-regex -- the control characters are what is checked for
    expect(table).not.toMatch(/[\u001b\u0007\u202E]/);
  });

  it('14: U+202E, U+FFFE and zero-width characters are removed from file names; the data warns of U+202E', async () => {
    expect(safeFileName('2021年青石\u202Ecod.exe工作总结.docx')).toBe('2021年青石cod.exe工作总结.docx');
    expect(safeFileName('政协\uFFFE联络\u200B办.docx')).toBe('政协联络办.docx');
    const r = await checkText(BASE.replace('  name: 青石镇政协联络工作委员会', '  name: 青石\u202Ecod.exe'));
    expect(at(r.diagnostics)).toEqual([{ code: 'DIRECTION_CONTROL', line: 3, column: 9 }]);
  });

  it('output folders under /proc, /sys and /dev are refused before anything is created', () => {
    for (const dir of ['/proc/1/x', '/sys/x', '/dev/x', '/proc']) expect(inSystemFolder(dir)).toBe(true);
    expect(inSystemFolder(join(tmpdir(), 'out'))).toBe(false);
    const d = tmp();
    symlinkSync('/proc', join(d, 'p'));
    expect(inSystemFolder(join(d, 'p', 'x'))).toBe(true);
  });

  it.each(['\n=1+1', ' =1+1', '\u200B=1+1', '\u00A0@SUM(A1)', '\uFEFF+1', '  -1+1'])('roll-up CSV: %j is neutralised', (cell) => {
    const out = csvField(cell);
    expect(out.replace(/^"/, '').startsWith("'")).toBe(true);
  });
});

const dirsT: string[] = [];
afterEach(() => {
  for (const d of dirsT.splice(0)) rmSync(d, { recursive: true, force: true });
});
function withTemplates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'summary-tpl-'));
  dirsT.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const render = (files: Record<string, string>) => renderReport(buildModel(loadExample('qingshi-2021')), { templatesDir: withTemplates(files) });
const tplAt = (r: ReturnType<typeof render>) => r.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column }));

describe('user templates: cost bounded, bodies checked, nothing dropped (repro 04-07)', () => {
  it('04: 8,000 {{else if}} are refused at the 101st, in linear time', () => {
    const src = (n: number) => `{{#paragraph}}{{#if nextYear}}${'{{else if year}}'.repeat(n)}x{{/if}}{{/paragraph}}`;
    const r = parseTemplate('t.hbs', src(8000));
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['TEMPLATE_TOO_COMPLEX', 1, 30 + 16 * 100 + 1]]);
    expect(growth((n) => () => parseTemplate('t.hbs', `{{#paragraph}}${'甲{{year}}'.repeat(n)}{{/paragraph}}`), 900)).toBeLessThan(GROWTH_BOUND);
  });

  it('05: 3,000 nested subexpressions are refused at the 17th "(", not an internal error', () => {
    const r = parseTemplate('t.hbs', `{{#paragraph}}{{#if ${'(not '.repeat(3000)}year${')'.repeat(3000)}}}x{{/if}}{{/paragraph}}`);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['TEMPLATE_TOO_COMPLEX', 1, 20 + 5 * 16 + 1]]);
  });

  it('06: nine nested #each are refused at the fourth #each', () => {
    const r = render({ 'opening.hbs': `{{#paragraph}}${'{{#each @root.meetings.all}}'.repeat(9)}x${'{{/each}}'.repeat(9)}{{/paragraph}}` });
    expect(r.value).toBeUndefined();
    expect(tplAt(r)).toEqual([{ code: 'TEMPLATE_TOO_COMPLEX', line: 1, column: 15 + 28 * 3 }]);
  });

  it('06: at render, block bodies past the budget stop with the #each line and column', () => {
    const budget = new RenderBudget();
    const state = new RenderState();
    const env = createEnvironment(
      () => state,
      fullHandlebars(),
      () => budget,
    );
    const items = Array.from({ length: 100 }, (_, i) => i);
    const run = env.compile('{{#each items}}\n  {{#each @root.items}}{{#each @root.items}}x{{/each}}{{/each}}{{/each}}', COMPILE_OPTIONS);
    let err: unknown;
    try {
      run({ items });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TemplateBudgetError);
    expect((err as TemplateBudgetError).what).toBe('runs');
    expect((err as TemplateBudgetError).loc?.line).toBe(2);
  });

  it('07 tpl1: a misspelt field inside {{#with 1}} is found at load, with the with refused', () => {
    const r = render({ 'opening.hbs': '{{#paragraph}}{{#with 1}}{{nosuchfield}}{{/with}}开头{{/paragraph}}' });
    expect(tplAt(r)).toEqual([
      { code: 'TEMPLATE_UNSUPPORTED', line: 1, column: 23 },
      { code: 'TEMPLATE_UNKNOWN_FIELD', line: 1, column: 28 },
    ]);
  });

  it('07: #each over a subexpression is refused and its body still checked', () => {
    const r = render({ 'opening.hbs': '{{#paragraph}}{{#each (not year)}}{{topik}}{{/each}}{{/paragraph}}' });
    expect(tplAt(r).map((d) => d.code)).toEqual(['TEMPLATE_UNSUPPORTED', 'TEMPLATE_UNKNOWN_FIELD']);
  });

  it('07 tpl2: a partial that calls itself is TEMPLATE_PARTIAL_RECURSION at the call, not a stack overflow', () => {
    const r = render({ 'opening.hbs': '{{#paragraph}}{{> loop}}开头{{/paragraph}}', 'partials/loop.hbs': '{{#if year}}{{> loop}}{{/if}}' });
    expect(tplAt(r)).toEqual([{ code: 'TEMPLATE_PARTIAL_RECURSION', line: 1, column: 13 }]);
  });

  it('07 tpl3: text outside {{#paragraph}} is an error at the text, not dropped', () => {
    const r = render({ 'opening.hbs': '这是模板里的开头文字。{{office.name}}' });
    expect(r.value).toBeUndefined();
    expect(tplAt(r)).toEqual([
      { code: 'TEMPLATE_TEXT_OUTSIDE_BLOCK', line: 1, column: 1 },
      { code: 'TEMPLATE_TEXT_OUTSIDE_BLOCK', line: 1, column: 12 },
    ]);
  });
});

describe('properties over biased generators', () => {
  it('long names: file names stay within the byte cap and hold no hidden or reordering character', () => {
    fc.assert(
      fc.property(longName, (name) => {
        const s = safeFileName(`${name}.docx`);
        // A name with nothing usable is refused (undefined); counted by fc.pre, so refusing every name fails.
        fc.pre(s !== undefined);
        expect(Buffer.byteLength(s)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        // eslint-disable-next-line no-control-regex -- the control characters are what is checked for
        expect(s).not.toMatch(/[\u200B\u200E\u202E\u2066\uFEFF\uFFFE\u001b\u0007\u009b]/);
      }),
      { numRuns: 300 },
    );
  });

  it('many break points: titleLines keeps every character, and a split title has lines within the capacity', () => {
    fc.assert(
      fc.property(longName, (title) => {
        const lines = titleLines(title);
        expect(lines.join('')).toBe(title);
        if (lines.length > 1) for (const l of lines) expect(cells(l)).toBeLessThanOrEqual(TITLE_CAPACITY);
      }),
      { numRuns: 300 },
    );
  });

  it('deep templates: parsing ends in an AST or a positioned diagnostic, never a throw', () => {
    fc.assert(
      fc.property(deepTemplate, (src) => {
        const r = parseTemplate('t.hbs', src);
        if (r.ast) return;
        expect(r.diagnostics.length).toBeGreaterThan(0);
        for (const d of r.diagnostics) expect(d.line).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
