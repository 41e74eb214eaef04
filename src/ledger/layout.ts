/**
 * The ledger's layout (工作台账): which sheet holds which part of the year,
 * and what each column is. A kind of record is a table sheet named by its
 * title (src/schema/kinds/), in the kinds' order; every header, choice list
 * and column kind is read from the schema, so the workbook the writer makes,
 * the reader's mapping and the YAML format never drift apart.
 *
 * Two shapes of sheet:
 * - a table: one record a row (会议, 学习 …), a hidden first row of field keys
 *   and a row of Chinese headers;
 * - a field list: one field a row (单位与委员, 数字, 文字, 报告设置), a hidden
 *   first column of data paths, then 项目, 值 (and 约数 for counts), 说明.
 */
import * as z from 'zod';
import type { DataPath } from '../load/positions.js';
import type { AnyKind } from '../schema/kind.js';
import { KINDS } from '../schema/kinds/index.js';
import { COUNT_FIELDS, DATE_SCHEMAS, YearSchema } from '../schema/year.js';
import { choiceNames, schemaAt, titleOfSchema } from '../validate/schema-labels.js';

/**
 * How a cell holds a value. `lines` is a list of text, one item a line in the
 * cell; `yaml` is a nested part of the format no table can hold (report
 * sections), kept as YAML text so that nothing is lost.
 */
export type CellKind = 'text' | 'date' | 'int' | 'number' | 'choice' | 'boolean' | 'lines' | 'yaml';

export interface Column {
  /** Path inside one record: ['date'], or ['quantity', 'value'] for a nested field. */
  key: string[];
  header: string;
  kind: CellKind;
  /** What the drop-down offers: the values, or their Chinese names where the values are keys (see `labels`). */
  choices?: readonly string[];
  /** A choice whose values are English keys (所属部分: supervision) is shown by its Chinese name (民主监督): value → name. */
  labels?: ReadonlyMap<string, string>;
  required: boolean;
  description: string;
}

export interface TableSheet {
  type: 'table';
  name: string;
  /** The list in the data: ['meetings'], ['members', 'groups']. */
  list: DataPath;
  columns: Column[];
}

export interface FieldRow extends Omit<Column, 'key'> {
  path: DataPath;
  /** Counts only: the 约数 (余/多) beside the number, at path + ['approx']. */
  approx?: boolean;
}

export interface FieldSheet {
  type: 'fields';
  name: string;
  rows: FieldRow[];
}

export type SheetLayout = TableSheet | FieldSheet;

export const INSTRUCTIONS_SHEET = '说明';
/** Field sheets' columns, by 1-based number. */
export const FIELD_COLUMNS = { path: 1, label: 2, value: 3, approx: 4, description: 5 } as const;
/** Table sheets: row 1 holds the field keys (hidden), row 2 the headers, records from row 3. */
export const TABLE_ROWS = { keys: 1, header: 2, firstRecord: 3 } as const;
/** Separator of the key row's nested keys: quantity.value. */
export const KEY_SEPARATOR = '.';

type AnySchema = z.ZodType;

const unwrap = (s: AnySchema): { schema: AnySchema; optional: boolean } => {
  let cur = s;
  let optional = false;
  while (cur instanceof z.ZodOptional) {
    optional = true;
    cur = cur.unwrap() as AnySchema;
  }
  return { schema: cur, optional };
};

const meta = (s: AnySchema): { title?: string; description?: string } => (z.globalRegistry.get(s) ?? {}) as { title?: string; description?: string };

/** The cell kind of one leaf schema, or undefined for an object (flattened by the caller). */
function kindOf(s: AnySchema): { kind: CellKind; choices?: readonly string[]; labels?: ReadonlyMap<string, string> } | undefined {
  const { schema } = unwrap(s);
  if (DATE_SCHEMAS.has(schema)) return { kind: 'date' };
  if (schema instanceof z.ZodEnum) return choiceOf(schema);
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (schema instanceof z.ZodNumber) return { kind: schema.isInt ? 'int' : 'number' };
  if (schema instanceof z.ZodString) return { kind: 'text' };
  if (schema instanceof z.ZodArray) return unwrap(schema.element as AnySchema).schema instanceof z.ZodString ? { kind: 'lines' } : { kind: 'yaml' };
  if (schema instanceof z.ZodObject) return undefined;
  return { kind: 'yaml' };
}

/** A choice's drop-down: its values, or the Chinese names of values that are keys (schema-labels.ts choiceNames), read back to the key. */
function choiceOf(schema: z.ZodEnum): { kind: 'choice'; choices: readonly string[]; labels?: ReadonlyMap<string, string> } {
  const labels = choiceNames(schema);
  return labels ? { kind: 'choice', choices: [...labels.values()], labels } : { kind: 'choice', choices: schema.options as string[] };
}

/** The value a choice cell's text stands for: the key of a Chinese name (民主监督 → supervision), else the text as written. */
export function choiceValue(labels: ReadonlyMap<string, string> | undefined, text: unknown): unknown {
  if (!labels || typeof text !== 'string') return text;
  for (const [value, name] of labels) if (name === text) return value;
  return text;
}

/** Columns of a record schema; a nested object (quantity, amount) becomes one column per field. */
function columnsOf(record: AnySchema, prefix: string[] = [], parentTitle = '', parentOptional = false): Column[] {
  const shape = (unwrap(record).schema as z.ZodObject).shape as Record<string, AnySchema>;
  return Object.entries(shape).flatMap(([key, child]) => {
    const { schema, optional } = unwrap(child);
    const title = titleOfSchema(child) ?? key;
    const kind = kindOf(child);
    if (!kind) return columnsOf(schema, [...prefix, key], title, parentOptional || optional);
    // 数量 + 数值 reads as 数量; 数量 + 单位 as 数量单位; 金额 already names its parent.
    const header = !parentTitle || title.startsWith(parentTitle) ? title : title === '数值' ? parentTitle : `${parentTitle}${title}`;
    return [{ key: [...prefix, key], header, ...kind, required: !optional && !parentOptional, description: meta(child).description ?? meta(schema).description ?? '' }];
  });
}

/** A kind of record: one record a row. */
const table = (kind: AnyKind): TableSheet => ({ type: 'table', name: kind.title, list: [...kind.path], columns: columnsOf(kind.schema) });

function fieldRow(path: DataPath, label?: string): FieldRow {
  const schema = schemaAt(path) as AnySchema;
  const kind = kindOf(schema) ?? { kind: 'yaml' as const };
  const { optional } = unwrap(schema);
  return { path, header: label ?? titleOfSchema(schema) ?? String(path.at(-1)), ...kind, required: !optional, description: meta(schema).description ?? meta(unwrap(schema).schema).description ?? '' };
}

const fieldsOf = (parent: DataPath): FieldRow[] => {
  const shape = (unwrap(schemaAt(parent) as AnySchema).schema as z.ZodObject).shape as Record<string, AnySchema>;
  return Object.keys(shape).map((key) => fieldRow([...parent, key]));
};

const OFFICE_SHEET = '单位与委员';

function officeSheet(): FieldSheet {
  const byLevel = fieldsOf(['members', 'byLevel']);
  return {
    type: 'fields',
    name: OFFICE_SHEET,
    rows: [fieldRow(['year']), ...fieldsOf(['office']), fieldRow(['members', 'total']), ...byLevel, fieldRow(['members', 'liaisonContacts'])],
  };
}

function countsSheet(): FieldSheet {
  const rows = Object.entries(COUNT_FIELDS).map(([key, f]): FieldRow => ({
    path: ['counts', key],
    header: f.title,
    kind: 'int',
    required: false,
    description: `${f.description}单位：${f.unit}。`,
    approx: true,
  }));
  return { type: 'fields', name: titleOfSchema(schemaAt(['counts'])) ?? '数字', rows };
}

const namedFields = (parent: DataPath): FieldSheet => ({ type: 'fields', name: titleOfSchema(schemaAt(parent)) ?? String(parent[0]), rows: fieldsOf(parent) });

const underCounts = (kind: AnyKind): boolean => kind.path[0] === 'counts';

/** The whole ledger, in the order of its tabs: the office, the kinds, the numbers (and the lists kept with them), the office's words. */
export const LEDGER: readonly SheetLayout[] = [
  officeSheet(),
  ...KINDS.filter((k) => !underCounts(k)).map(table),
  countsSheet(),
  ...KINDS.filter(underCounts).map(table),
  namedFields(['text']),
  namedFields(['report']),
];

/** Top-level keys of the format, to prove in a test that the ledger holds every one. */
export const LEDGER_TOP_KEYS = Object.keys((YearSchema as z.ZodObject).shape);

/** A sheet's tab name is at most 31 characters and free of : \ / ? * [ ] (Excel's rule). */
export const validSheetName = (name: string): boolean => name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name);
