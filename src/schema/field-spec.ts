/**
 * The shape of what templates may read, with a Chinese label for each field:
 * render/fields.ts assembles the model's tree from these, templates are
 * checked against it when they load (render/check-template.ts), and
 * docs/templates.md lists it. A record's fields are read off its zod schema
 * (`specOfSchema`), so a field added to a kind reaches templates and docs at once.
 */
import * as z from 'zod';

export type FieldSpec =
  | { kind: 'string' | 'number' | 'boolean'; label: string }
  | { kind: 'object'; label: string; fields: Record<string, FieldSpec> }
  | { kind: 'list'; label: string; item: FieldSpec };

export const str = (label: string): FieldSpec => ({ kind: 'string', label });
export const num = (label: string): FieldSpec => ({ kind: 'number', label });
export const bool = (label: string): FieldSpec => ({ kind: 'boolean', label });
export const obj = (label: string, fields: Record<string, FieldSpec>): FieldSpec => ({ kind: 'object', label, fields });
export const listOf = (label: string, item: FieldSpec): FieldSpec => ({ kind: 'list', label, item });

const titleOf = (s: z.ZodType): string | undefined => {
  let cur: z.ZodType = s;
  for (;;) {
    const title = z.globalRegistry.get(cur)?.title;
    if (typeof title === 'string') return title;
    if (!(cur instanceof z.ZodOptional)) return undefined;
    cur = cur.unwrap() as z.ZodType;
  }
};

/** The template's view of a value of this schema: text, number, yes/no, an object or a list. */
export function specOfSchema(schema: z.ZodType, label = titleOf(schema) ?? ''): FieldSpec {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodNumber) return num(label);
  if (s instanceof z.ZodBoolean) return bool(label);
  if (s instanceof z.ZodArray) return listOf(label, specOfSchema(s.element as z.ZodType));
  if (s instanceof z.ZodObject) {
    const fields = Object.fromEntries(Object.entries(s.shape as Record<string, z.ZodType>).map(([k, v]) => [k, specOfSchema(v)]));
    return obj(label, fields);
  }
  return str(label);
}

/**
 * Stands, in a kind's `viewFields`, for one record of that kind (a view that
 * lists the kind's own records, such as `studies.groups[].items`): the field
 * tree puts the record's fields there (render/fields.ts).
 */
export const THIS_RECORD: FieldSpec = { kind: 'object', label: '一条记录', fields: {} };
