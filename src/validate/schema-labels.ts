/**
 * Chinese names of fields, taken from the schema's own `.meta({ title })`, so a
 * message says “会议第3条·日期” rather than `meetings[2].date`.
 */
import * as z from 'zod';
import { YearSchema } from '../schema/year.js';
import type { DataPath } from '../load/positions.js';

type AnySchema = z.ZodType;

function unwrap(s: AnySchema): AnySchema {
  let cur: AnySchema = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) {
    cur = cur.unwrap() as AnySchema;
  }
  return cur;
}

/** The schema of a child: an object's field, an array's element, or a union branch's field. */
export function childSchema(s: AnySchema, seg: string | number): AnySchema | undefined {
  const u = unwrap(s);
  if (u instanceof z.ZodObject) return (u.shape as Record<string, AnySchema>)[String(seg)];
  if (u instanceof z.ZodArray) return u.element as AnySchema;
  if (u instanceof z.ZodUnion) {
    for (const option of u.options as AnySchema[]) {
      const c = childSchema(option, seg);
      if (c) return c;
    }
  }
  return undefined;
}

export function schemaAt(path: DataPath, root: AnySchema = YearSchema): AnySchema | undefined {
  let s: AnySchema | undefined = root;
  for (const seg of path) {
    if (!s) return undefined;
    s = childSchema(s, seg);
  }
  return s;
}

/**
 * A choice whose values are keys (a section's `supervision`) is shown in a
 * ledger by the Chinese name the schema gives each value (its
 * enumDescriptions: 民主监督): value → name. None for a choice of Chinese words,
 * which are shown as they are.
 */
export function choiceNames(s: AnySchema | undefined): ReadonlyMap<string, string> | undefined {
  const schema = s && unwrap(s);
  if (!(schema instanceof z.ZodEnum)) return undefined;
  const values = schema.options as string[];
  const names = (z.globalRegistry.get(schema) as { enumDescriptions?: string[] } | undefined)?.enumDescriptions;
  if (!values.every((v) => /^[\x20-\x7e]+$/.test(v)) || !names || names.length !== values.length || new Set(names).size !== names.length) return undefined;
  return new Map(values.map((v, i) => [v, names[i]!]));
}

export function titleOfSchema(s: AnySchema | undefined): string | undefined {
  if (!s) return undefined;
  const own = z.globalRegistry.get(s)?.title;
  return typeof own === 'string' ? own : (z.globalRegistry.get(unwrap(s))?.title as string | undefined);
}

/** Keys an object schema accepts, with their Chinese titles (for suggestions). */
export function knownKeys(path: DataPath): { key: string; title?: string }[] {
  const s = schemaAt(path);
  const u = s ? unwrap(s) : undefined;
  const objects: AnySchema[] = [];
  if (u instanceof z.ZodObject) objects.push(u);
  if (u instanceof z.ZodUnion) objects.push(...(u.options as AnySchema[]).filter((o) => unwrap(o) instanceof z.ZodObject));
  return objects.flatMap((o) =>
    Object.entries((unwrap(o) as z.ZodObject).shape as Record<string, AnySchema>).map(([key, child]) => ({ key, title: titleOfSchema(child) })),
  );
}

/** “会议第3条·日期”: the field's Chinese name, quoted, for messages. */
export function fieldName(path: DataPath): string {
  if (path.length === 0) return '“年度工作记录”';
  const parts: string[] = [];
  let s: AnySchema | undefined = YearSchema;
  for (const seg of path) {
    s = s ? childSchema(s, seg) : undefined;
    if (typeof seg === 'number') {
      const prev = parts.pop() ?? '';
      parts.push(`${prev}第${seg + 1}条`);
    } else {
      parts.push(titleOfSchema(s) ?? String(seg));
    }
  }
  return `“${parts.join('·')}”`;
}
