/**
 * The kinds' table walked (src/schema/kinds/): for every kind — and for every
 * choice of a kind whose records go to different places by their choice
 * (a 党政联席会 as well as a 座谈会) — a year with one record of it, every
 * field filled, and:
 * - the schema and the rules accept it;
 * - the ledger round-trips it (workbook written, read back, the same data);
 * - every number the kind feeds agrees between `check`'s count rule and the
 *   report's statistics table: the table's number, kept in `counts`, passes
 *   check, and one more is COUNT_MISMATCH naming the table's number;
 * - every value of the record reaches the report's Markdown, except fields
 *   whose schema description says why not (“不写进报告：……”), each looked
 *   for as tests/render/every-value.test.ts looks for it (tests/support/leaves.ts).
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { stringify } from 'yaml';
import { buildModel } from '../../src/model/build-model.js';
import { KEY_NUMBER_COLUMNS } from '../../src/model/key-numbers.js';
import { renderReport } from '../../src/render/render-report.js';
import { ledgerWorkbook, workbookBytes } from '../../src/ledger/write-workbook.js';
import { parseWorkbook, readWorkbook } from '../../src/ledger/load-ledger.js';
import { DATE_SCHEMAS } from '../../src/schema/fields.js';
import type { AnyKind } from '../../src/schema/kind.js';
import { KINDS } from '../../src/schema/kinds/index.js';
import { SECTION_TITLES, YearSchema, type SectionKey, type YearData } from '../../src/schema/year.js';
import { toMarkdown } from '../../src/write/markdown.js';
import type { ReportDocument } from '../../src/document/model.js';
import { checkText, codes } from '../support/check-helpers.js';
import { leavesOf, pathText, printedForms, shows, squeezed } from '../support/leaves.js';

const BASE = {
  year: 2021,
  office: { name: '青石镇政协联络工作委员会', shortName: '镇政协联工委', township: '青石镇', superior: '县政协', partyCommittee: '镇党委', date: '2021-12-20' },
  text: { shortcomings: ['调查研究还不够深入'], plans: ['坚持每季度组织一次委员集中学习'] },
};

type AnySchema = z.ZodType;
const unwrap = (s: AnySchema): AnySchema => (s instanceof z.ZodOptional ? unwrap(s.unwrap() as AnySchema) : s);
const meta = (s: AnySchema): { title?: string; description?: string } => ({ ...(z.globalRegistry.get(unwrap(s)) ?? {}), ...(z.globalRegistry.get(s) ?? {}) }) as never;

/** Numbers a record is filled with: distinct, and unlike any other number a small report prints. */
function numbers(): () => number {
  const values = [17, 19, 23, 29, 31, 37, 41, 43];
  let i = 0;
  return () => values[i++ % values.length]!;
}

/** A record of `kind` with every field given; `choice` for the kind's group field, `section` its default place. */
function fullRecord(kind: AnyKind, choice: string | undefined): Record<string, unknown> {
  const next = numbers();
  const sample = (key: string, schema: AnySchema): unknown => {
    const s = unwrap(schema);
    if (DATE_SCHEMAS.has(s)) return '2021-06-24';
    // A number or the words for it (participants, 若干): the number.
    if (s instanceof z.ZodUnion) return sample(key, (s.options as AnySchema[])[0]!);
    if (s instanceof z.ZodEnum) return key === kind.groups?.field && choice !== undefined ? choice : (s.options as string[])[0];
    if (s instanceof z.ZodNumber) return next();
    if (s instanceof z.ZodBoolean) return true;
    if (s instanceof z.ZodArray) return [`甲${meta(s).title ?? key}`, `乙${meta(s).title ?? key}`];
    if (s instanceof z.ZodObject) return Object.fromEntries(Object.entries(s.shape as Record<string, AnySchema>).map(([k, v]) => [k, sample(k, v)]));
    if (key === 'section') return kind.placement?.section ?? 'leadership';
    if (key === 'unit') return '人次';
    return `测试${meta(schema).title ?? key}`;
  };
  // `point` moves a record and `frequency` makes it a practice counted in no number: cases of their own (tests/render/every-value.test.ts).
  const skipped = new Set(['point', 'frequency']);
  return Object.fromEntries(Object.entries(kind.schema.shape as Record<string, AnySchema>).filter(([k]) => !skipped.has(k)).map(([k, v]) => [k, sample(k, v)]));
}

/** A year holding one record at the kind's path. */
function yearWith(kind: AnyKind, record: Record<string, unknown>): Record<string, unknown> {
  const year: Record<string, unknown> = structuredClone(BASE);
  const [head, tail] = kind.path;
  if (tail === undefined) year[head!] = [record];
  else year[head!] = { ...(head === 'members' ? { total: 26 } : {}), [tail]: [record] };
  return year;
}

/** Cases: one per kind, or one per choice where the kind's records go to places by their choice (the first of them round-trips the ledger). */
const CASES = KINDS.flatMap((kind) => {
  const field = kind.groups?.field;
  const choices = field ? ((unwrap(kind.schema.shape[field] as AnySchema) as z.ZodEnum).options as string[]) : [undefined];
  return choices.map((choice, i) => ({ name: choice ? `${kind.key}（${choice}）` : kind.key, kind, record: fullRecord(kind, choice), ledger: i === 0 }));
});

const render = (data: YearData): ReportDocument => {
  const r = renderReport(buildModel(data));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value!;
};

/** The statistics table's number of a row (项目), or 0 where the table leaves the row out. */
function tableNumber(doc: ReportDocument, title: string): number {
  const table = doc.blocks.find((b) => b.type === 'table');
  const row = table?.type === 'table' ? table.rows.find((r) => r[1] === title) : undefined;
  return row ? Number(row[2]) : 0;
}

describe('the kinds table', () => {
  it('has one kind per list, each with its sheet, and a template for every point a kind feeds', async () => {
    expect(new Set(KINDS.map((k) => k.key)).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => k.title)).size).toBe(KINDS.length);
    const { listTemplates, builtinTemplatesDir } = await import('../../src/render/load-templates.js');
    const templates = listTemplates(builtinTemplatesDir());
    // Every point a kind or a group feeds has its template.
    for (const kind of KINDS) {
      for (const p of [kind.placement, ...Object.values(kind.groups?.of ?? {}).map((g) => g.placement)]) {
        if (p?.point !== undefined) expect(templates.has(`points/${p.point}`), `${kind.key} → ${p.point}`).toBe(true);
      }
    }
  });

  it('every key number but the members is a number a kind feeds, with the same unit', () => {
    const tallies = new Map(KINDS.flatMap((k) => k.tallies.map((t) => [t.key, t] as const)));
    for (const { key, unit } of KEY_NUMBER_COLUMNS.filter((c) => c.key !== 'members')) expect(tallies.get(key)?.unit, key).toBe(unit);
  });

  it('what a choice’s note says it is counted in and where it is written is what the table does (the notes are prose beside the table)', () => {
    const claims: string[] = [];
    for (const kind of KINDS) {
      for (const [field, schema] of Object.entries(kind.schema.shape as Record<string, AnySchema>)) {
        const s = unwrap(schema);
        const notes = (z.globalRegistry.get(s) as { enumDescriptions?: string[] } | undefined)?.enumDescriptions;
        if (!(s instanceof z.ZodEnum) || !notes) continue;
        (s.options as string[]).forEach((value, i) => {
          const note = notes[i] ?? '';
          const record = { ...fullRecord(kind, undefined), [field]: value };
          for (const m of note.matchAll(/计入“([^”]+)”/g)) {
            claims.push(m[0]);
            expect(kind.tallies.some((t) => t.title === m[1] && t.counts(record)), `${kind.key} ${value}: ${m[0]}`).toBe(true);
          }
          for (const m of note.matchAll(/写进(\S+?)部分/g)) {
            claims.push(m[0]);
            const section = kind.placementOf(record)?.section;
            expect(section && SECTION_TITLES[section as SectionKey], `${kind.key} ${value}: ${m[0]}`).toBe(m[1]);
          }
        });
      }
    }
    expect(claims.length).toBeGreaterThan(5);
  });

  for (const { name, kind, record, ledger } of CASES) {
    describe(name, () => {
      const raw = yearWith(kind, record);

      it('the schema and the rules accept a record with every field', async () => {
        const parsed = YearSchema.safeParse(raw);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        const { diagnostics } = await checkText(stringify(raw));
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      });

      // A workbook takes about a second to write and read: once per kind, not per choice.
      it.runIf(ledger)('round-trips through the ledger', async () => {
        const data = YearSchema.parse(raw);
        const bytes = await workbookBytes(ledgerWorkbook(data as unknown as Record<string, unknown>));
        const wb = await parseWorkbook(bytes, 'x.xlsx');
        const read = readWorkbook(wb.value!, 'x.xlsx');
        expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(YearSchema.parse(read.value!.raw)).toEqual(data);
      });

      it("every number it feeds agrees between check's count rule and the report's table", async () => {
        // The statistics table is the office's choice (off by default): asked for here, to read its numbers.
        const doc = render(YearSchema.parse({ ...raw, report: { statistics: true } }));
        for (const tally of kind.tallies) {
          const shown = tableNumber(doc, tally.title);
          if (!tally.keep) continue;
          const kept = (n: number) => stringify({ ...raw, counts: { [tally.key]: n } });
          const agreeing = await checkText(kept(shown));
          expect(codes(agreeing.diagnostics), `${tally.key} = ${shown}`).not.toContain('COUNT_MISMATCH');
          if (shown === 0) continue;
          const off = await checkText(kept(shown + 1));
          const mismatch = off.diagnostics.find((d) => d.code === 'COUNT_MISMATCH');
          expect(mismatch?.message, `${tally.key} = ${shown + 1}`).toContain(`合计 ${shown}`);
        }
      });

      it('every value of the record reaches the report, or its field says why not', () => {
        const data = YearSchema.parse(raw);
        const md = toMarkdown(render(data));
        const missing: string[] = [];
        const text = squeezed(md);
        for (const leaf of leavesOf(record, kind.schema)) {
          if (leaf.notPrinted !== undefined) continue;
          const forms = printedForms(leaf);
          if (forms === 'flip') {
            // A yes/no is printed when saying no changes the report.
            const flipped = structuredClone(raw);
            const list = kind.path.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, flipped) as unknown as Record<string, unknown>[];
            (list[0] as Record<string, unknown>)[leaf.path[0]!] = !leaf.value;
            if (toMarkdown(render(YearSchema.parse(flipped))) === md) missing.push(pathText(leaf.path));
            continue;
          }
          if (!forms.some((f) => shows(text, f))) missing.push(`${pathText(leaf.path)}=${String(leaf.value)}`);
        }
        expect(missing, name).toEqual([]);
      });
    });
  }
});
