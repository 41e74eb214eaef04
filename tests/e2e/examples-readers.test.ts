/**
 * Every example in examples/*.yaml built as users build it
 * (`node bin/summary.js build <example> --out <tmp>`), then read back by the
 * independent readers (tests/readers/readers.ts): xmllint, python-docx, and
 * LibreOffice → PDF → poppler. A missing reader skips its test with a notice,
 * or fails it under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';
import { exampleNames } from '../support/example-data.js';
import { convertToPdf, pdfPages, pdfText, readWithPythonDocx, requireReader, validateOoxml, xmllintAll } from '../support/readers/readers.js';

const ROOT = process.cwd();

interface ExampleYaml {
  year: number;
  office: { name: string };
  members?: { total?: number };
  meetings?: { topic: string }[];
  inspections?: { subject: string }[];
  proposals?: { title: string }[];
}

interface Built {
  code: number | null;
  stdout: string;
  stderr: string;
  docx: string;
  data: ExampleYaml;
  golden: string;
}

const names = exampleNames();
const built = new Map<string, Built>();
const pdfs = new Map<string, Promise<string>>();
let dir: string;

const flat = (s: string) => s.replace(/\s+/g, '');

/** One LibreOffice conversion per example, shared by the tests that need it. */
function pdfOf(name: string): Promise<string> {
  let p = pdfs.get(name);
  if (!p) {
    const b = built.get(name)!;
    p = convertToPdf(b.docx, path.join(dir, name, 'pdf'));
    pdfs.set(name, p);
  }
  return p;
}

beforeAll(async () => {
  requireBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'examples-readers-'));
  for (const name of names) {
    const out = path.join(dir, name);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/summary.js'), 'build', `examples/${name}.yaml`, '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const docx = readdirSync(out, { withFileTypes: true }).find((e) => e.isFile() && e.name.endsWith('.docx'));
    built.set(name, {
      code: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
      docx: docx ? path.join(out, docx.name) : '',
      data: parse(readFileSync(`examples/${name}.yaml`, 'utf8'), { schema: 'core' }) as ExampleYaml,
      golden: readFileSync(`tests/golden/${name}.md`, 'utf8'),
    });
  }
});

afterAll(async () => {
  await Promise.allSettled([...pdfs.values()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('there are examples to read', () => {
  expect(names.length).toBeGreaterThanOrEqual(3);
});

describe.each(names)('%s', (name) => {
  it('builds with exit 0 and 已生成', () => {
    const b = built.get(name)!;
    expect(b.stderr).not.toMatch(/\n\s+at /);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('已生成');
    expect(path.basename(b.docx)).toBe(`${b.data.year}年${b.data.office.name}工作总结.docx`);
  });

  it('xmllint: every XML part is well-formed', async (ctx) => {
    if (!(await requireReader(['xmllint'], ctx))) return;
    const { errors, checked } = await xmllintAll(built.get(name)!.docx);
    expect(checked).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'docProps/core.xml', '[Content_Types].xml']));
    expect(errors).toEqual({});
  });

  it('ECMA-376 validator: every part of the report validates (transitional, as Word reads it)', async (ctx) => {
    if (!(await requireReader(['ooxml-validator'], ctx))) return;
    const v = await validateOoxml([built.get(name)!.docx]);
    expect(v.ok, v.report).toBe(true);
    expect(v.report).toMatch(/: valid\n?$/);
  });

  it('python-docx: title, Heading 1 headings as in the golden, paragraph count, fonts', async (ctx) => {
    if (!(await requireReader(['python-docx'], ctx))) return;
    const b = built.get(name)!;
    const r = await readWithPythonDocx(b.docx);
    const title = `${b.data.year}年${b.data.office.name}工作总结`;
    expect(r.title).toBe(title);
    // A title too long for one line is set on two or three (title-lines.ts), joined by line breaks.
    expect(r.paragraphs[0]!.text.replace(/\n/g, '')).toBe(title);
    const effective = (p: (typeof r.paragraphs)[number]) => p.runFonts?.eastAsia ?? p.styleFonts?.eastAsia;
    expect(effective(r.paragraphs[0]!)).toBe('方正小标宋简体');
    expect(r.paragraphs[0]!.styleSizePt).toBe(22);

    const goldenHeadings = b.golden.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3).trim());
    // A thin year has two chapters (seed 000's 燕泉街道), the others four or more.
    expect(goldenHeadings.length).toBeGreaterThanOrEqual(2);
    const headings = r.paragraphs.filter((p) => p.style?.startsWith('Heading 1'));
    expect(headings.map((h) => h.text)).toEqual(goldenHeadings);
    for (const h of headings) expect(h.outlineLevel).toBe(0);

    // The thin year (two chapters told as running text) is a page and a half; the others are longer.
    expect(r.paragraphs.length).toBeGreaterThanOrEqual(goldenHeadings.length > 2 ? 20 : 10);
    expect(r.paragraphs.length).toBeLessThanOrEqual(120);

    // Body text: every 公文正文 paragraph is in the configured body font; at least the opening and one per section.
    const body = r.paragraphs.filter((p) => p.style === '公文正文');
    expect(body.length).toBeGreaterThanOrEqual(goldenHeadings.length + 1);
    for (const p of body) expect(effective(p), p.text.slice(0, 20)).toBe('仿宋_GB2312');
    // The opening paragraph is the golden's first paragraph after the title.
    const opening = b.golden.split('\n\n')[1]!.trim();
    expect(r.paragraphs[1]!.text).toBe(opening);
  });

  it('LibreOffice: PDF with a sensible page count, every topic, subject, proposal title, key numbers and page numbers', async (ctx) => {
    if (!(await requireReader(['soffice', 'pdftotext', 'pdfinfo'], ctx))) return;
    const b = built.get(name)!;
    const pdf = await pdfOf(name);
    const pages = await pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    const text = await pdfText(pdf);
    // Text running across a page break has the page number (and \f) in between: leave those out of the search.
    const all = flat(text.split('\n').filter((l) => !/^\s*—\s*\d+\s*—\s*$/.test(l.replace(/\f/g, ''))).join('\n'));

    expect(all).toContain(flat(`${b.data.year}年${b.data.office.name}工作总结`));
    const records = [
      ...(b.data.meetings ?? []).map((m) => m.topic),
      ...(b.data.inspections ?? []).map((i) => i.subject),
      ...(b.data.proposals ?? []).map((p) => p.title),
    ];
    const missing = records.filter((t) => !all.includes(flat(t)));
    expect(missing).toEqual([]);

    // Key numbers of the opening: the members total, and each clause of “全年共……。”.
    const total = b.data.members?.total;
    if (total !== undefined) expect(all).toContain(`${total}名`);
    // A thin year (fenglin-2022) has no such sentence: numbers under 3 are told in the sections, not listed.
    const sentence = /全年共([^。]*)。/.exec(b.golden)?.[1];
    if (sentence !== undefined) for (const clause of sentence.split('，')) expect(all).toContain(flat(clause));

    // Page numbers “— 1 —”, “— 2 —”, each on its own page.
    const pageTexts = text.split('\f');
    expect(pageTexts[0]).toMatch(/—\s*1\s*—/);
    expect(pageTexts[1]).toMatch(/—\s*2\s*—/);
    for (let n = 1; n <= pages; n += 1) expect(pageTexts[n - 1], `page ${n}`).toMatch(new RegExp(`—\\s*${n}\\s*—`));
  });
});
