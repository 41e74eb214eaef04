// The new office's file is written from the schema: every field is there under its own title, and each record to copy is a valid record.
import { parse } from 'yaml';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { newOfficeText } from '../../src/init/new-office.js';
import { recordLines } from '../../src/init/skeleton.js';
import { YearSchema } from '../../src/schema/year.js';

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
