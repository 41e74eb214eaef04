// The new office's file is written from the schema: every field is there under its own title, and each record to copy is a valid record.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { newOfficeText } from '../../src/init/new-office.js';
import { recordLines } from '../../src/init/skeleton.js';
import { YearSchema } from '../../src/schema/year.js';
import { checkInputs } from '../../src/check/check-inputs.js';
import { prepareOffice } from '../../src/office/prepare.js';
import { renderReport } from '../../src/render/render-report.js';
import { toMarkdown } from '../../src/write/markdown.js';

const text = newOfficeText({ year: 2024, name: '青石镇政协联络工作委员会', township: '青石镇', superior: '县政协', schemaRef: 'x.json' });

type Any = z.ZodType;
const peel = (s: Any): Any => (s instanceof z.ZodOptional ? peel(s.unwrap() as Any) : s);

/** Every field of the schema: its key and its title, walking objects and lists of objects. */
function fields(s: Any): { key: string; title: string }[] {
  const u = peel(s);
  if (u instanceof z.ZodArray) return fields(u.element as Any);
  if (!(u instanceof z.ZodObject)) return [];
  return Object.entries(u.shape as Record<string, Any>).flatMap(([key, child]) => {
    const title = String(z.globalRegistry.get(child)?.title ?? z.globalRegistry.get(peel(child))?.title ?? '');
    return [{ key, title }, ...fields(child)];
  });
}

describe('newOfficeText', () => {
  it('has every field of the schema, live or commented out, under a comment with its title', () => {
    const all = fields(YearSchema);
    expect(all.length).toBeGreaterThan(100);
    const lines = text.split('\n');
    for (const { key, title } of all) {
      const at = lines.findIndex((l, i) => new RegExp(`^\\s*(?:# )?\\s*(?:- )?${key}:`).test(l) && (lines[i - 1] ?? '').includes(`# ${title}`));
      // Keys sharing one schema with the key before them are named instead (“members、supervision、liaison 的写法与 leadership 相同”).
      const named = lines.some((l) => new RegExp(`# (?:[a-z]+、)*${key}(?:、[a-z]+)* 的写法与 [a-z]+ 相同。`).test(l));
      expect(at > -1 || named, `${key}（${title}）`).toBe(true);
    }
  });

  it('is valid YAML whose live part is the year the options give', () => {
    const data = parse(text) as { year: number; office: { name: string } };
    expect(data.year).toBe(2024);
    expect(YearSchema.safeParse(data).success).toBe(true);
  });

  it.each(['meetings', 'studies', 'inspections', 'proposals', 'activities', 'mechanisms', 'support', 'campaigns', 'trainings'] as const)(
    'the %s record to copy is a valid record once uncommented',
    (list) => {
      const lines = recordLines(YearSchema.shape[list], list, 2024);
      const parsed = YearSchema.shape[list].safeParse(parse(lines.join('\n')));
      expect(parsed.error?.issues ?? []).toEqual([]);
      const commented = text.split('\n').filter((l) => l.startsWith('  # '));
      expect(commented.join('\n')).toContain(lines.map((l) => `  # ${l}`).join('\n'));
    },
  );
});

/** `text` with the lines from `start` (a commented line) up to the next line at that indent or less uncommented. */
function uncommentBlock(source: string, start: RegExp): string {
  const lines = source.split('\n');
  const from = lines.findIndex((l) => start.test(l));
  expect(from, String(start)).toBeGreaterThan(-1);
  const depth = (l: string) => l.replace(/^#/, '').search(/\S/);
  let to = from + 1;
  while (to < lines.length && lines[to]!.startsWith('#') && depth(lines[to]!) > depth(lines[from]!)) to++;
  return lines.map((l, i) => (i >= from && i < to ? l.replace(/^# ?/, '') : l)).join('\n');
}

describe('the skeleton offers partial dates, words for numbers and the outline (issue 19)', () => {
  it('its comments show the date forms in the year, 全体委员, 多次/若干, 余 and the office’s own unit', () => {
    for (const words of ['只知道月份写 2024-06', '2024-06-下旬', '“上半年”', '“年底”', '不知道日期时不写这一项', '也可写“全体委员”或“部分委员”', '也可写“多次”或“若干”', '{ value: 20, approx: 余 }', '{ value: 12, unit: 篇 }']) {
      expect(text, words).toContain(words);
    }
    // Said once in each object: the first count says it, the counts after it do not.
    expect(text.split('\n').filter((l) => l.includes('{ value: 12, unit: 篇 }'))).toHaveLength(1);
  });

  it('the records to copy are dated in the year, so uncommented they pass check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'init-skeleton-'));
    const lines = text.split('\n');
    // The studies' record, uncommented where it stands (its [] removed), a partial date and 全体委员 as a clerk changes them.
    const at = lines.findIndex((l) => l === 'studies: []');
    // The record as offered (its date as written), and a copy the way a clerk changes it: a part of a month, 全体委员.
    const record = recordLines(YearSchema.shape.studies, 'studies', 2024);
    const changed = record.map((l) => l.replace(/^(\s*-? ?date:) .*/, '$1 2024-06-下旬').replace(/^(\s*participants:) 0$/, '$1 全体委员'));
    expect(changed).not.toEqual(record);
    const edited = [...lines.slice(0, at), 'studies:', ...[...record, ...changed].map((l) => `  ${l}`), ...lines.slice(at + 1)].join('\n').replaceAll('（请填写成效）', '加深了理解');
    writeFileSync(path.join(dir, '2024.yaml'), edited);
    const checked = await checkInputs([path.join(dir, '2024.yaml')], { cwd: dir, jobs: 1 });
    expect(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it('the commented outline, uncommented with “report:” and its own text filled in, passes check and is the report’s outline', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'init-skeleton-'));
    let edited = uncommentBlock(text, /^# report:$/);
    // Only report: and the outline, as the comment says: the rest of the block commented again.
    edited = edited.replace(/^report:\n([\s\S]*?)(?=^ {2}outline:)/m, (_m, rest: string) => `report:\n${rest.replace(/^ {2}/gm, '#   ').replace(/^# {3}$/gm, '#')}`);
    edited = edited.replace(/^( {2}omit:[\s\S]*)$/m, (tail) => tail.replace(/^ {2}(?!omit:| {2}- liaison)/gm, '#   '));
    edited = edited.replace('（请填写这一点的正文）', '组织委员参与重点项目建设服务');
    writeFileSync(path.join(dir, '2024.yaml'), edited);
    const data = parse(edited) as { report: { outline: unknown[]; omit: string[] } };
    expect(data.report.outline).toHaveLength(3);
    expect(data.report.omit).toEqual(['liaison.service']);
    const checked = await checkInputs([path.join(dir, '2024.yaml')], { cwd: dir, jobs: 1 });
    expect(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([]);
    const prepared = await prepareOffice(path.join(dir, '2024.yaml'), { cwd: dir });
    const report = toMarkdown(renderReport(prepared.value!.model).value!);
    expect(report).toContain('加强学习，提升委员履职能力');
    expect(report).toContain('服务中心工作');
  });
});
