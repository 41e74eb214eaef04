/**
 * Every value a year holds, and the form a person would look for it in the
 * report (issue 19: “every value the office wrote reaches the report, in the
 * form a person writes it”). The walker goes down the validated data beside
 * its schema, so each leaf knows its field: its description says whether the
 * report prints it (src/schema/fields.ts `notPrintedReason`), and its kind of
 * value says how it reads — a date 2021-03-06 as 3月6日, 2021-06-下旬 as
 * 6月下旬, an amount as 1.6万元, a count with its unit and 余. The forms come
 * from the renderer's own formatting functions (src/render/text.ts,
 * src/schema/when.ts); whether a form is there is read from the text, never
 * asked of the renderer.
 */
import { ledDocument } from '../../src/render/helpers/wording.js';
import * as z from 'zod';
import { TALLIES } from '../../src/schema/counts.js';
import { DATE_SCHEMAS, notPrintedReason, PRINTED_AS_MONTH, WHEN_SCHEMAS } from '../../src/schema/fields.js';
import { MONEY_UNITS } from '../../src/schema/choices.js';
import { parseWhen, whenText } from '../../src/schema/when.js';
import { formatCount, formatDate, formatMoney, formatNumber } from '../../src/render/text.js';
import { PHRASES, type PhraseKey } from '../../src/render/wording/phrases.js';

type AnySchema = z.ZodType;

export interface Leaf {
  /** Where it is in the data: ['studies', 2, 'date']. */
  path: (string | number)[];
  value: unknown;
  /** Its field's schema, unwrapped (the option of a union the value is). */
  schema: AnySchema;
  /** The object that holds it (a quantity's value beside its unit). */
  parent: Record<string, unknown> | undefined;
  /** Why the report does not print it, from its field's or an enclosing field's description; undefined when it does. */
  notPrinted: string | undefined;
}

export const pathText = (path: readonly (string | number)[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

const descriptionOf = (s: AnySchema): string | undefined => z.globalRegistry.get(s)?.description;

/** The schema without its optional wrappers, and the descriptions met on the way. */
function unwrapped(schema: AnySchema): { inner: AnySchema; descriptions: string[] } {
  const descriptions: string[] = [];
  let s = schema;
  for (;;) {
    const d = descriptionOf(s);
    if (d !== undefined) descriptions.push(d);
    if (!(s instanceof z.ZodOptional)) return { inner: s, descriptions };
    s = s.unwrap() as AnySchema;
  }
}

/** Every leaf of `value` (read as `schema` reads it), with its path and whether its field is printed. */
export function leavesOf(value: unknown, schema: AnySchema, path: (string | number)[] = [], parent?: Record<string, unknown>, exempt?: string): Leaf[] {
  const { inner, descriptions } = unwrapped(schema);
  const notPrinted = exempt ?? descriptions.map(notPrintedReason).find((r) => r !== undefined);
  if (inner instanceof z.ZodUnion) {
    const option = (inner.options as AnySchema[]).find((o) => o.safeParse(value).success);
    return option ? leavesOf(value, option, path, parent, notPrinted) : [{ path, value, schema: inner, parent, notPrinted }];
  }
  if (inner instanceof z.ZodObject && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const shape = inner.shape as Record<string, AnySchema>;
    const obj = value as Record<string, unknown>;
    return Object.entries(obj).flatMap(([k, v]) => (shape[k] ? leavesOf(v, shape[k], [...path, k], obj, notPrinted) : []));
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((v, i) => leavesOf(v, inner.element as AnySchema, [...path, i], parent, notPrinted));
  }
  return [{ path, value, schema: inner, parent, notPrinted }];
}

/** Every field of a schema with its description, for the test that each exemption gives its reason. */
export function fieldsOf(schema: AnySchema, path: string[] = []): { path: string; descriptions: string[] }[] {
  const { inner, descriptions } = unwrapped(schema);
  const here = { path: path.join('.'), descriptions };
  if (inner instanceof z.ZodObject) return [here, ...Object.entries(inner.shape as Record<string, AnySchema>).flatMap(([k, v]) => fieldsOf(v, [...path, k]))];
  if (inner instanceof z.ZodArray) return [here, ...fieldsOf(inner.element as AnySchema, [...path, '[]'])];
  if (inner instanceof z.ZodUnion) return [here, ...(inner.options as AnySchema[]).flatMap((o, i) => fieldsOf(o, [...path, `|${i}`]))];
  return [here];
}

/** The unit a count kept in `counts` is said in when the office gave none (counts.meetings → 次). */
const TALLY_UNITS = new Map(TALLIES.map((t) => [t.key, t.unit]));

/** 多次 as it is; 若干 with its unit (若干条): as the report writes an amount the office did not know. */
const amountWords = (words: string, unit: string): string => (words === '若干' ? `若干${unit}` : words);

/**
 * A measure (a number with its unit and 余/多, an amount of money): its parts
 * are one value to a reader (“200余份”, “1.6万元”), looked for together.
 */
function measureText(m: Record<string, unknown>, defaultUnit: string): string {
  const unit = typeof m['unit'] === 'string' ? m['unit'] : defaultUnit;
  const approx = typeof m['approx'] === 'string' ? m['approx'] : undefined;
  const v = m['value'];
  if (typeof v === 'string') return amountWords(v, unit);
  if (typeof v !== 'number') return '';
  if ((MONEY_UNITS as readonly string[]).includes(unit)) return formatMoney(v, unit);
  return formatCount(v, unit, approx);
}

const isMeasure = (o: Record<string, unknown> | undefined): o is Record<string, unknown> => o !== undefined && 'value' in o && ('unit' in o || 'approx' in o);

/**
 * What to look for in the report for a leaf: the texts any one of which shows
 * it there. A yes/no has no words of its own: `flip` (it is printed when
 * saying the other changes the report).
 */
export function printedForms(leaf: Leaf): string[] | 'flip' {
  const { value, schema, parent, path } = leaf;
  const key = path.at(-1);
  if (typeof value === 'boolean') return 'flip';
  if (typeof value === 'string' && DATE_SCHEMAS.has(schema)) {
    if (!WHEN_SCHEMAS.has(schema)) return [formatDate(value)];
    const when = parseWhen(value);
    // A field the report writes to the month (its description says so): 1月 for 2021-01-15, the rest as written.
    const month = (z.globalRegistry.get(schema)?.description ?? '').includes(PRINTED_AS_MONTH) && when?.precision === 'day' ? `${when.month}月` : undefined;
    return [month ?? whenText(value)];
  }
  const countKey = path[0] === 'counts' && typeof path[1] === 'string' ? path[1] : undefined;
  if (isMeasure(parent) && (key === 'value' || key === 'unit' || key === 'approx')) return [measureText(parent, TALLY_UNITS.get(countKey ?? '') ?? '')];
  if (countKey !== undefined && path.length === 2 && TALLY_UNITS.has(countKey)) {
    const unit = TALLY_UNITS.get(countKey)!;
    return [typeof value === 'number' ? formatCount(value, unit) : amountWords(String(value), unit)];
  }
  // A rule's action is said in turn with the words of its kind (建立了, then 制定了 …: src/render/wording/phrases.ts), never the same verb twice running.
  if (path[0] === 'mechanisms' && key === 'action' && typeof value === 'string') return [...(PHRASES[`rule.verbs.${value}` as PhraseKey] ?? [value])];
  // One honoured member named is the count 1 said (陈秀英委员被县政协评为……, not 陈秀英1名委员).
  if (path[1] === 'commendations' && key === 'count' && value === 1 && Array.isArray(parent?.['names']) && parent['names'].length === 1) return ['1', `${String(parent['names'][0])}委员`];
  if (typeof value === 'number') return [formatNumber(value)];
  // A study's document named with its lead (党史学习教育专题学习《……》) is said 结合党史学习教育，专题学习了《……》 (src/render/helpers/wording.ts).
  if (typeof value === 'string') return path[0] === 'studies' && ledDocument(value) ? [value, ledDocument(value)] : [value];
  return [String(value)];
}

/** Text as compared: no spaces or line breaks, no Markdown escapes. */
export const squeezed = (s: string): string => s.replace(/\\([\\`*_[\]<>|#])/g, '$1').replace(/<br>/g, '').replace(/\s+/g, '');

/** The office's words without the punctuation the report adds or takes off around them (。 at the end, 《》, “”). */
const trimmed = (s: string): string => squeezed(s).replace(/^[。；，、：“”《》「」]+|[。；，、：“”《》「」]+$/g, '');

/** Whether `form` is in `text` (both squeezed): a number not as part of a longer number (12 is not in 120). */
export function shows(text: string, form: string): boolean {
  const f = trimmed(form);
  if (f === '') return false;
  if (!/^[0-9]/.test(f) && !/[0-9]$/.test(f)) return text.includes(f);
  const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![0-9.])${escaped}(?![0-9]|\\.[0-9])`).test(text);
}
