/**
 * Issue 22: the second round's template reproductions (29, 30, 31, 32, 38),
 * each with an input made here, the code and the place it reports, and the
 * time and memory bound where the defect was a cost; and the render budget
 * held to the data's own limits with the built-in templates.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { clause, sentence } from '../../src/render/text.js';
import { MAX_DATA_CHARS } from '../../src/load/load-year.js';
import { cli } from '../support/cli-helpers.js';
import { loadExample } from '../support/example-data.js';
import { growth, GROWTH_BOUND } from '../support/growth.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const EXAMPLE = path.join(ROOT, 'examples', 'qingshi-2021.yaml');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = (): string => {
  const d = mkdtempSync(path.join(tmpdir(), 'summary-tpl2-'));
  dirs.push(d);
  return d;
};
/** A template folder holding these files; returns it. */
function templates(files: Record<string, string>): string {
  const d = tmp();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    writeFileSync(path.join(d, name), text);
  }
  return d;
}
const build = (tpl: string, extra: string[] = []) => cli(['build', EXAMPLE, '--templates', tpl, '--out', path.join(tpl, 'out'), '--format', 'txt', ...extra], ROOT);

describe('29: a block whose body is one number field', () => {
  it.each([
    ['{{#points}}{{#point "标题"}}{{nextYear}}{{/point}}{{/points}}', '2022'],
    ['{{#paragraph}}\n  {{year}}\n{{/paragraph}}', '2021。'],
  ])('%s writes the number', async (opening, words) => {
    const tpl = templates({ 'opening.hbs': opening });
    const r = await build(tpl);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(tpl, 'out', '2021年青石镇政协联络工作委员会工作总结.txt'), 'utf8');
    expect(text).toContain(words);
  });
});

describe('38: helpers are held to what they take, at load, at the tag', () => {
  it.each([
    ['{{#paragraph}}开头{{date}}{{/paragraph}}', '1:17', '辅助函数“date”缺少参数'],
    ['{{#paragraph}}经费{{money year}}{{/paragraph}}', '1:17', '数字没有给单位'],
    ['{{#paragraph}}{{ordinal -3 "nosuchstyle"}}领导到位{{/paragraph}}', '1:15', '应为不小于 1 的整数'],
    ['{{#paragraph}}{{ordinal 2 "nosuchstyle"}}领导到位{{/paragraph}}', '1:15', '只能是 shi、dun、paren、arabic、arabicParen'],
    ['{{#paragraph}}\n\n  共{{len}}项\n{{/paragraph}}', '3:4', '辅助函数“len”缺少参数'],
    ['{{#paragraph}}{{date "2021-13-45"}}{{/paragraph}}', '1:15', '“2021-13-45”不是日期'],
    ['{{#paragraph}}{{join year}}{{/paragraph}}', '1:15', '应为列表，这里给的是字段“year”'],
    ['{{#paragraph}}{{sentence meetings.all}}{{/paragraph}}', '1:15', '应为文字'],
    ['{{#paragraph}}{{num 1 2}}{{/paragraph}}', '1:15', '的参数多了'],
    ['{{#points style="sideways"}}{{#point "标题"}}x{{/point}}{{/points}}', '1:1', '选项“style”只能是 paragraphs、inline、numbered'],
    ['{{#list sepp="，"}}{{#item}}x{{/item}}{{/list}}', '1:1', '没有选项“sepp”'],
  ])('%s: TEMPLATE_HELPER_ARGS at %s', async (opening, place, words) => {
    const tpl = templates({ 'opening.hbs': opening });
    const r = await build(tpl);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`opening.hbs:${place} 错误 TEMPLATE_HELPER_ARGS`);
    expect(r.stderr).toContain(words);
    expect(existsSync(path.join(tpl, 'out'))).toBe(false);
  });

  it('the built-in templates pass the same check', async () => {
    const r = await cli(['build', EXAMPLE, '--templates', path.join(ROOT, 'templates'), '--out', path.join(tmp(), 'out'), '--format', 'txt'], ROOT);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('30: templates named by data stay in the data; their links stay in their folder', () => {
  /** A data repository with a batch file whose templates folder holds what `make` puts there. */
  function repo(templatesLine: string, make: (tplDir: string) => void): string {
    const d = tmp();
    writeFileSync(path.join(d, 'qingshi.yaml'), readFileSync(EXAMPLE));
    writeFileSync(path.join(d, 'summary.batch.yaml'), `${templatesLine}\noffices:\n  - qingshi.yaml\n`);
    mkdirSync(path.join(d, '模板', 'partials'), { recursive: true });
    make(path.join(d, '模板'));
    return d;
  }
  const run = (d: string, extra: string[] = []) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'summary.js'), 'build', 'summary.batch.yaml', '--out', 'out', '--format', 'txt', ...extra], { cwd: d, encoding: 'utf8' });

  it.runIf(existsSync(path.join(ROOT, 'dist', 'batch', 'worker.js')))('a partial linked to /etc/passwd, an opening linked to /etc/hostname: INPUT_OUTSIDE, nothing of them read', () => {
    for (const [file, target, uses] of [
      ['partials/pw.hbs', '/etc/passwd', '{{#paragraph}}{{> pw}}{{/paragraph}}'],
      ['opening.hbs', '/etc/hostname', undefined],
    ] as const) {
      const d = repo('templates: 模板', (t) => {
        symlinkSync(target, path.join(t, file));
        if (uses) writeFileSync(path.join(t, 'opening.hbs'), uses);
      });
      const r = run(d);
      expect(r.status).toBe(2);
      expect(r.stdout).toContain(`INPUT_OUTSIDE 模板/${file}`);
      expect(r.stdout + r.stderr).not.toMatch(/root:x:|TEMPLATE_TEXT_OUTSIDE_BLOCK/);
      expect(existsSync(path.join(d, 'out', '2021年青石镇政协联络工作委员会工作总结.txt'))).toBe(false);
    }
  });

  it.runIf(existsSync(path.join(ROOT, 'dist', 'batch', 'worker.js')))('a batch file’s templates: ../outside or /etc is INPUT_OUTSIDE unless --allow-outside', () => {
    for (const line of ['templates: ../outside', 'templates: /etc']) {
      const d = repo(line, () => undefined);
      mkdirSync(path.join(d, '..', 'outside'), { recursive: true });
      const r = run(d);
      expect(r.status, line).toBe(2);
      expect(r.stderr + r.stdout).toContain('INPUT_OUTSIDE');
      expect(existsSync(path.join(d, 'out', '2021年青石镇政协联络工作委员会工作总结.txt'))).toBe(false);
    }
  });
});

/** The example with `n` highlights of `length` characters each: every documented limit holds. */
function bigYear(n: number, length: number, char = '重'): string {
  const data = loadExample('qingshi-2021') as unknown as { text: { highlights?: string[] } };
  data.text.highlights = Array.from({ length: n }, (_, i) => `${String(i).padStart(4, '0')}${char.repeat(length - 4)}`);
  const file = path.join(tmp(), 'big.yaml');
  writeFileSync(file, stringify(data, { lineWidth: 0 }));
  return file;
}

describe('31: the render budget admits what the data’s limits admit, and stops a block as it grows', () => {
  it('1,000 highlights of 2,000 characters pass check and build with the built-in templates', async () => {
    const file = bigYear(1000, 2000, 'a');
    const checked = await cli(['check', file], ROOT);
    expect(checked.code, checked.stdout.slice(0, 500)).toBe(0);
    const built = await cli(['build', file, '--out', path.join(tmp(), 'out'), '--format', 'md'], ROOT);
    expect(built.code, built.stderr.slice(0, 500)).toBe(0);
  });

  it('data at the year’s text bound spread over meetings renders with the built-in templates within the budget', () => {
    const data = loadExample('qingshi-2021');
    const per = Math.floor(MAX_DATA_CHARS / 1000) - 40;
    const meetings = Array.from({ length: 1000 }, (_, i) => ({ date: '2021-05-10', kind: '座谈会' as const, topic: `${i}${'议'.repeat(per)}`, outcome: '形成建议' }));
    const rendered = renderReport(buildModel({ ...data, meetings } as typeof data));
    expect(rendered.diagnostics.map((d) => d.code)).toEqual([]);
  });

  it.runIf(existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')))('a paragraph of 1,000 {{join …}} stops at the tag within seconds and a 200 MB heap, said as output too large', () => {
    const file = bigYear(1000, 2000, 'a');
    const tpl = templates({ 'opening.hbs': `{{#paragraph}}${'{{join text.highlights 1000}}'.repeat(1000)}{{/paragraph}}` });
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--max-old-space-size=200', path.join(ROOT, 'bin', 'summary.js'), 'build', file, '--templates', tpl, '--out', path.join(tpl, 'out')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr.slice(0, 500)).toBe(2);
    expect(r.stderr).toMatch(/opening\.hbs:1:\d+ 错误 TEMPLATE_OUTPUT_TOO_LARGE/);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('32: trimming a sentence is linear', () => {
  // One long run of soft ends with a hard character after it: a `/[，、…]+$/` is retried from every start and costs the run's square.
  const text = (n: number) => `起${'，、；：,;:. '.repeat(n)}尾`;
  const cost = (n: number) => {
    const t = performance.now();
    sentence(text(n));
    clause(text(n));
    return performance.now() - t;
  };

  it('four times the run is not sixteen times the time, and 2 MB of it takes well under a second', () => {
    expect(growth((n) => () => cost(n), 4000)).toBeLessThan(GROWTH_BOUND);
    expect(cost(200_000)).toBeLessThan(1000);
    expect(sentence(`起${'，、'.repeat(3)}`)).toBe('起。');
  });

  it('{{sentence (join …)}} over 1,000 highlights of 2,000 “.”, the last ending in “x”, builds in seconds', async () => {
    const data = loadExample('qingshi-2021') as unknown as { text: { highlights?: string[] } };
    data.text.highlights = [...Array.from({ length: 999 }, () => '.'.repeat(2000)), `${'.'.repeat(1999)}x`];
    const file = path.join(tmp(), 'd1000.yaml');
    writeFileSync(file, stringify(data, { lineWidth: 0 }));
    const tpl = templates({ 'opening.hbs': '{{#paragraph}}{{sentence (join text.highlights 1000)}}{{/paragraph}}' });
    const started = performance.now();
    const r = await cli(['build', file, '--templates', tpl, '--out', path.join(tpl, 'out'), '--format', 'txt'], ROOT);
    expect(r.code, r.stderr.slice(0, 300)).toBe(0);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
