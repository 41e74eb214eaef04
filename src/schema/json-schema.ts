/**
 * The JSON Schema of the data format, generated from the zod schema (the one
 * source of truth). Editors use the committed copy, schema/summary.schema.json,
 * through the `# yaml-language-server: $schema=…` line; a test holds it equal.
 *
 * Beyond what zod writes, every list of records gets a `defaultSnippets`
 * entry (yaml-language-server and VS Code offer it as “新会议” …): a new
 * record with its required fields, built from the record's own schema.
 */
import * as z from 'zod';
import { YearSchema } from './year.js';

type JsonSchema = Record<string, unknown> & {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  examples?: unknown[];
  anyOf?: JsonSchema[];
};

export function yearJsonSchema(): Record<string, unknown> {
  // draft-7: the draft editors' YAML plugins know best.
  const schema = z.toJSONSchema(YearSchema, { target: 'draft-7', io: 'input' }) as JsonSchema;
  addRecordSnippets(schema);
  return schema;
}

export const yearJsonSchemaText = (): string => `${JSON.stringify(yearJsonSchema(), null, 2)}\n`;

/** Walk the schema; on each array of objects, offer a new record as a snippet. */
function addRecordSnippets(node: JsonSchema): void {
  for (const child of children(node)) addRecordSnippets(child);
  const item = node.items;
  if (node.type !== 'array' || item?.type !== 'object' || !item.properties) return;
  const body = newRecordBody(item);
  node.defaultSnippets = [{ label: `新${item.title ?? '记录'}`, description: item.description ?? '', body: [body] }];
}

function children(node: JsonSchema): JsonSchema[] {
  return [...Object.values(node.properties ?? {}), ...(node.items ? [node.items] : []), ...(node.anyOf ?? [])];
}

/**
 * The required fields of a record, each a tab stop: `${1:2021-06-24}` for a
 * date, the first choice of a list of words, the field's title for text. A
 * leading `^` makes a number unquoted (the snippet syntax of VS Code's JSON
 * support, which yaml-language-server shares).
 */
function newRecordBody(item: JsonSchema): Record<string, unknown> {
  let stop = 0;
  const placeholder = (p: JsonSchema): unknown => {
    stop += 1;
    if (p.enum && p.enum.length > 0) return `\${${stop}:${String(p.enum[0])}}`;
    if (p.type === 'integer' || p.type === 'number') return `^\${${stop}:${typeof p['minimum'] === 'number' ? p['minimum'] : 0}}`;
    if (p.type === 'array') return [`\${${stop}:${p.items?.title ?? p.title ?? ''}}`];
    const example = p.pattern !== undefined ? p.examples?.[0] : undefined;
    return `\${${stop}:${String(example ?? p.title ?? '')}}`;
  };
  const body: Record<string, unknown> = {};
  for (const key of item.required ?? []) {
    const p = item.properties?.[key];
    if (p) body[key] = placeholder(p);
  }
  return body;
}
