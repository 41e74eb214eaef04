/**
 * A new office's YAML, written from the schema itself (src/schema/year.ts):
 * every field in the schema's order, each under a one-line Chinese comment
 * made of its title and the first sentence of its description, so the file
 * and the schema cannot drift apart. Fields the caller gives values for are
 * written live; optional fields and sections are written commented out
 * (`# key: …` at the field's own indentation: removing “# ” makes it live);
 * lists are written empty (`[]`) with one commented-out record to copy.
 */
import * as z from 'zod';
import { stringify } from 'yaml';
import { WHEN_PATTERN } from '../schema/fields.js';
import { DATE_PATTERN } from '../schema/year.js';

type AnySchema = z.ZodType;

/** Values to write live, by dotted path (`office.name`), and the year for example dates. */
export interface SkeletonValues {
  year: number;
  live: Record<string, unknown>;
}

interface Meta {
  title?: string;
  description?: string;
  examples?: unknown[];
  pattern?: string;
}

const metaOf = (s: AnySchema): Meta => (z.globalRegistry.get(s) ?? {}) as Meta;

function unwrap(s: AnySchema): { inner: AnySchema; optional: boolean; meta: Meta } {
  let cur = s;
  let optional = false;
  let meta: Meta = metaOf(s);
  while (cur instanceof z.ZodOptional) {
    optional = true;
    cur = cur.unwrap() as AnySchema;
    meta = { ...metaOf(cur), ...meta };
  }
  return { inner: cur, optional, meta };
}

/** “标题：说明的第一句。” — the field's comment. */
export function fieldComment(meta: Meta): string {
  const first = firstSentence(meta.description ?? '');
  const date = meta.pattern === DATE_PATTERN.source ? '写成 2021-06-24（年-月-日）或 2021-06。' : '';
  const sentence = first && !first.startsWith('格式为') ? `${first}。` : '';
  return `${meta.title ?? ''}${sentence || date ? '：' : ''}${sentence}${date}`;
}

/**
 * The forms a field takes besides the one its example shows, in the year's terms: a record's date (2025-06,
 * 2025-06-下旬, 上半年 …), a number that may be words (全体委员; 多次, 若干), with 余/多 or in the office's
 * own unit. Said once in each object: the first count says it, the twenty after it do not repeat it.
 */
function formsNote(inner: AnySchema, meta: Meta, year: number): string {
  if (meta.pattern === WHEN_PATTERN.source) {
    return `写成 ${year}-06-24；只知道月份写 ${year}-06，知道上中下旬写 ${year}-06-下旬，也可写“年初”“上半年”“下半年”“年底”“一季度”等；不知道日期时不写这一项。`;
  }
  if (!(inner instanceof z.ZodUnion)) return '';
  const options = (inner.options as AnySchema[]).map((o) => unwrap(o).inner);
  if (!options.some((o) => o instanceof z.ZodNumber)) return '';
  const words = options.flatMap((o) => (o instanceof z.ZodEnum ? (o.options as string[]) : []));
  const object = options.find((o): o is z.ZodObject => o instanceof z.ZodObject);
  const keys = object ? Object.keys(object.shape as object) : [];
  const first = firstSentence(meta.description ?? '');
  const notes = [
    ...(words.length > 0 && !words.every((w) => first.includes(w)) ? [`也可写${words.map((w) => `“${w}”`).join('或')}`] : []),
    ...(keys.includes('approx') ? ['约数写成 { value: 20, approx: 余 }'] : []),
    ...(keys.includes('unit') ? ['本单位用别的单位时写成 { value: 12, unit: 篇 }'] : []),
  ];
  return notes.length > 0 ? `${notes.join('；')}。` : '';
}

/** Up to the first 。 outside quotation marks (“每条‘小标题。正文’” is one sentence), without the 。. */
function firstSentence(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') depth++;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if (c === '。' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/** A YAML scalar as it is written after `key: `. */
const scalar = (v: unknown): string => stringify(v, { lineWidth: 0 }).trimEnd();

/** An example value for a field that is written commented out, or required and not given. */
function exampleOf(s: AnySchema, meta: Meta, year: number, forLive: boolean): unknown {
  if (s instanceof z.ZodEnum) return (s.options as string[])[0];
  if (s instanceof z.ZodNumber) return 0;
  if (s instanceof z.ZodBoolean) return false;
  if (s instanceof z.ZodUnion) {
    const first = (s.options as AnySchema[])[0]!;
    return exampleOf(first, unwrap(first).meta, year, forLive);
  }
  if (meta.pattern === DATE_PATTERN.source || meta.pattern === WHEN_PATTERN.source) return `${year}-06-24`;
  // A required text nobody gave: a blank `summary check` reports (TEMPLATE_LEFTOVER), never a made-up value.
  // Text with no example in its description: the same blank, so a copied record left unfilled is reported too.
  return forLive ? `（请填写${meta.title ?? ''}）` : (meta.examples?.[0] ?? `（请填写${meta.title ?? ''}）`);
}

const pad = (n: number): string => ' '.repeat(n);
/** Comment out lines at `indent`: removing the “# ” there gives the live lines back. */
const commentOut = (lines: string[], indent: number): string[] => lines.map((l) => `${l.slice(0, indent)}# ${l.slice(indent)}`);

/** The lines of one object's fields at `indent`. `live` false: every field written as an example (for a commented block). */
export function objectLines(obj: z.ZodObject, indent: number, path: string, values: SkeletonValues, live: boolean): string[] {
  const out: string[] = [];
  const said = new Set<string>();
  // Keys sharing one schema (report.sections' four parts): in an example, the first is written out, the others named.
  const shown = new Map<AnySchema, { key: string; same: string[]; at: number }>();
  for (const [key, child] of Object.entries(obj.shape as Record<string, AnySchema>)) {
    const inner = unwrap(child).inner;
    const first = inner instanceof z.ZodObject ? shown.get(inner) : undefined;
    if (!live && first) {
      first.same.push(key);
      continue;
    }
    out.push(...fieldLines(key, child, indent, path ? `${path}.${key}` : key, values, live, said));
    if (inner instanceof z.ZodObject) shown.set(inner, { key, same: [], at: out.length });
  }
  for (const { key, same, at } of [...shown.values()].reverse()) {
    if (same.length > 0) out.splice(at, 0, `${pad(indent)}# ${same.join('、')} 的写法与 ${key} 相同。`);
  }
  return out;
}

function fieldLines(key: string, schema: AnySchema, indent: number, path: string, values: SkeletonValues, live: boolean, said: Set<string>): string[] {
  const { inner, optional, meta } = unwrap(schema);
  const forms = formsNote(inner, meta, values.year);
  const comment = `${pad(indent)}# ${fieldComment(meta)}${said.has(forms) ? '' : forms}`;
  said.add(forms);
  const given = Object.hasOwn(values.live, path) ? values.live[path] : undefined;

  if (inner instanceof z.ZodArray) {
    const element = inner.element as AnySchema;
    // A list whose schema gives an example (report.outline) is shown by it: a real outline, not one of each field.
    const example = meta.examples?.[0];
    if (!live && Array.isArray(example)) {
      // Inside a commented block (report): it can be taken alone, with the block's first line.
      const alone = path.includes('.') ? `只用这一项时，去掉“# ${path.split('.')[0]}:”和这一段各行的“# ”即可。` : '';
      return [`${comment}${alone}`, `${pad(indent)}${key}:`, ...example.flatMap((it) => exampleItemLines(element, it, indent + 2))];
    }
    const item = itemLines(element, indent + 2, path, values);
    if (!live) return [comment, `${pad(indent)}${key}:`, ...item];
    const note = element instanceof z.ZodObject ? '写第一条时删去 []，再去掉下面各行的“# ”；每条一项，可复制多条。' : '写第一条时删去 []，再去掉下面一行的“# ”。';
    return [`${comment}${note}`, `${pad(indent)}${key}: []`, ...commentOut(item, indent + 2)];
  }

  if (inner instanceof z.ZodObject) {
    const hasRequired = Object.values(inner.shape as Record<string, AnySchema>).some((c) => !(c instanceof z.ZodOptional));
    if (live && (!optional || hasRequired || given !== undefined)) {
      return [comment, `${pad(indent)}${key}:`, ...objectLines(inner, indent + 2, path, values, true)];
    }
    const block = [`${pad(indent)}${key}:`, ...objectLines(inner, indent + 2, path, values, false)];
    return live ? [`${comment}需要时去掉这一段各行的“# ”。`, ...commentOut(block, indent)] : [comment, ...block];
  }

  const value = given ?? exampleOf(inner, meta, values.year, live && !optional);
  const line = `${pad(indent)}${key}: ${scalar(value)}`;
  if (live && optional && given === undefined) return [comment, ...commentOut([line], indent)];
  return [comment, line];
}

/**
 * One record of the list at `key` (a top-level list such as `meetings`, or
 * `members.groups`), every field with an example, at indent 0: the record a
 * rolled-forward file offers to copy under an emptied list.
 */
export function recordLines(list: z.ZodType, key: string, year: number): string[] {
  const { inner } = unwrap(list);
  return inner instanceof z.ZodArray ? itemLines(inner.element as AnySchema, 0, key, { year, live: {} }) : [];
}

/** A list item or a value inside an example, on one line: `members.study`, `{ use: members.study, title: 抓学习强素质 }`. */
const flow = (v: unknown): string => stringify(v, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();

/**
 * One item of a schema's example list as `- field: …` lines at `indent`, each field under its comment (its
 * title; a list's comment also says what each of its items may be), in the schema's order.
 */
function exampleItemLines(element: AnySchema, item: unknown, indent: number): string[] {
  const { inner } = unwrap(element);
  if (!(inner instanceof z.ZodObject) || item === null || typeof item !== 'object') return [`${pad(indent)}- ${flow(item)}`];
  const lines: string[] = [];
  for (const [k, child] of Object.entries(inner.shape as Record<string, AnySchema>)) {
    const v = (item as Record<string, unknown>)[k];
    if (v === undefined) continue;
    const { inner: c, meta } = unwrap(child);
    const each = c instanceof z.ZodArray ? (metaOf(c.element as AnySchema).description ?? '') : '';
    lines.push(`${pad(indent + 2)}# ${fieldComment(meta)}${each}`);
    if (Array.isArray(v)) lines.push(`${pad(indent + 2)}${k}:`, ...v.map((x) => `${pad(indent + 4)}- ${flow(x)}`));
    else lines.push(`${pad(indent + 2)}${k}: ${scalar(v)}`);
  }
  const firstField = lines.findIndex((l) => !l.trimStart().startsWith('#'));
  return lines.map((l, i) => (i === firstField ? `${pad(indent)}- ${l.slice(indent + 2)}` : i < firstField ? `${pad(indent)}${l.slice(indent + 2)}` : l));
}

/** One record of a list, as `- field: …` lines at `indent`. */
function itemLines(element: AnySchema, indent: number, path: string, values: SkeletonValues): string[] {
  const { inner, meta } = unwrap(element);
  if (inner instanceof z.ZodObject) {
    const fields = objectLines(inner, indent + 2, `${path}[]`, values, false);
    const firstField = fields.findIndex((l) => !l.trimStart().startsWith('#'));
    // The record's first field line (after its comment) takes the “- ”; its comment stands at the dash.
    return fields.map((l, i) => (i === firstField ? `${pad(indent)}- ${l.slice(indent + 2)}` : i < firstField ? `${pad(indent)}${l.slice(indent + 2)}` : l));
  }
  return [`${pad(indent)}- ${scalar(exampleOf(inner, meta, values.year, false))}`];
}
