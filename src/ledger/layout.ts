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
import { OutlineChapterSchema } from '../schema/report.js';
import { SECTION_KEYS, SECTION_TITLES } from '../schema/sections.js';
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
  /**
   * A column that names a point of the report (./points.ts): `ids` the program's points only (提纲's 要点),
   * `places` those and the outline's own titles too (a record's 写入要点). Shown as 委员学习（members.study）,
   * read back to the id (./point-cells.ts).
   */
  points?: 'ids' | 'places';
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

/**
 * The office's outline (提纲, report.outline and report.omit): one point a row, its chapter's columns on the
 * chapter's first row (./outline-sheet.ts reads and writes it). Columns by key: the chapter's (heading …
 * style) and the point's (use … omit).
 */
export interface OutlineSheet {
  type: 'outline';
  name: string;
  columns: Column[];
}

export type SheetLayout = TableSheet | FieldSheet | OutlineSheet;

export const INSTRUCTIONS_SHEET = '说明';
/** Field sheets' columns, by 1-based number. */
export const FIELD_COLUMNS = { path: 1, label: 2, value: 3, approx: 4, description: 5 } as const;
/** Table sheets: row 1 holds the field keys (hidden), row 2 the headers, records from row 3. */
export const TABLE_ROWS = { keys: 1, header: 2, firstRecord: 3 } as const;
/** Separator of the key row's nested keys: quantity.value. */
export const KEY_SEPARATOR = '.';

type AnySchema = z.ZodType;

/** The sections' titles as a ledger shows a section's key: 民主监督 for supervision. */
const SECTION_LABELS: ReadonlyMap<string, string> = new Map(SECTION_KEYS.map((k) => [k, SECTION_TITLES[k]]));

const unwrap = (s: AnySchema): { schema: AnySchema; optional: boolean } => {
  let cur = s;
  let optional = false;
  while (cur instanceof z.ZodOptional) {
    optional = true;
    cur = cur.unwrap() as AnySchema;
  }
  return { schema: cur, optional };
};

/**
 * A schema's description in the ledger's words: a yes/no is chosen (是/否), not written true; a section is
 * named by its title, a setting by its row. The schema's text speaks of YAML; a clerk reads the cell's help.
 */
const LEDGER_WORDS: readonly [RegExp, string][] = [
  [/为 ?true ?时/g, '选“是”时'],
  [/写 true 或 false/g, '选“是”或“否”'],
  [/\b(?:leadership|members|supervision|liaison)（([^）]+)）/g, '$1'],
  [/report\.sections\.<部分>\.subheadings 中/g, '各部分的“用（一）（二）小标题”一行里'],
  [/report\.order/g, '“部分顺序”'],
];
const inLedgerWords = (text: string): string => LEDGER_WORDS.reduce((t, [from, to]) => t.replace(from, to), text);

const meta = (s: AnySchema): { title?: string; description?: string } => {
  const m = (z.globalRegistry.get(s) ?? {}) as { title?: string; description?: string };
  return m.description === undefined ? m : { ...m, description: inLedgerWords(m.description) };
};

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

/** The value a choice cell's text stands for: the key of a Chinese name (民主监督 → supervision), else the text as written; a list item by item. */
export function choiceValue(labels: ReadonlyMap<string, string> | undefined, text: unknown): unknown {
  if (labels && Array.isArray(text)) return text.map((t) => choiceValue(labels, t));
  if (!labels || typeof text !== 'string') return text;
  for (const [value, name] of labels) if (name === text) return value;
  return text;
}

/** What a cell shows for a value: a key by its Chinese name (supervision → 民主监督), a list item by item. */
export function shownValue(labels: ReadonlyMap<string, string> | undefined, value: unknown): unknown {
  if (!labels) return value;
  if (Array.isArray(value)) return value.map((v) => shownValue(labels, v));
  return typeof value === 'string' ? (labels.get(value) ?? value) : value;
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
    const column: Column = { key: [...prefix, key], header, ...kind, required: !optional && !parentOptional, description: meta(child).description ?? meta(schema).description ?? '' };
    return [prefix.length === 0 ? placeColumn(column) : column];
  });
}

/**
 * A record's own place in a ledger's words: 写入要点 a drop-down of the points (./point-cells.ts), 所属部分 by
 * the sections' Chinese titles; the column's help says so, where the schema's speaks of YAML keys.
 */
function placeColumn(column: Column): Column {
  if (column.key[0] === 'point') return { ...column, points: 'places', description: '这条记录写在报告的哪一点：从下拉列表中选，或填“提纲”表里本单位自己那一点的小标题（一字不差）。不填时写在这一类记录默认的要点。只决定写在哪里，本身不写进报告。' };
  if (column.key[0] === 'section' && column.kind === 'text') {
    return { ...column, labels: SECTION_LABELS, description: '写入报告的哪一部分：加强领导、队伍建设、民主监督、联络联谊，或“提纲”表里本单位自己的部分的代号。不填时写在这一类记录默认的部分。只决定写在哪里，本身不写进报告。' };
  }
  return column;
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


/**
 * One section's settings (report.sections.<key>), a plain row each, so that a ledger turns a section off by
 * choosing 是 under 不写, not by typing YAML into a cell (issue 21). 不写 comes first: the section's own
 * place (a message about the section points at it). 补充要点 is one point a line, “小标题。正文”.
 */
const SECTION_ROWS = [
  ['omit', '不写'],
  ['heading', '标题'],
  ['intro', '导语'],
  ['subheadings', '用（一）（二）小标题'],
  ['points', '补充要点'],
] as const;

function sectionRows(key: (typeof SECTION_KEYS)[number]): FieldRow[] {
  return SECTION_ROWS.map(([field, label]) => {
    const row = fieldRow(['report', 'sections', key, field], `${SECTION_TITLES[key]}·${label}`);
    return field === 'points' ? { ...row, kind: 'lines' as const, description: '本单位想加入这一部分的要点，一行一条，写成“小标题。正文”，接在生成的要点之后。' } : row;
  });
}

/** The keys of `report` the 提纲 sheet holds, not 报告设置. */
export const OUTLINE_KEYS: ReadonlySet<string> = new Set(['outline', 'omit']);

/** 报告设置: the report's plain settings; the sections' own rows in place of a YAML cell; the outline on its own sheet. */
function reportSheet(): FieldSheet {
  const rows = fieldsOf(['report']).flatMap((row): FieldRow[] => {
    const key = String(row.path[1]);
    if (key === 'sections') return SECTION_KEYS.flatMap(sectionRows);
    if (key === 'order') return [{ ...row, labels: SECTION_LABELS, description: '报告各部分的顺序，一行一个：加强领导、队伍建设、民主监督、联络联谊，以及自设部分的代号。不填时按默认顺序。' }];
    return OUTLINE_KEYS.has(key) ? [] : [row];
  });
  return { type: 'fields', name: titleOfSchema(schemaAt(['report'])) ?? '报告设置', rows };
}

/** A column of the 提纲 sheet from the outline's schema: its kind, drop-down and description; the header as given. */
function outlineColumn(key: string, header: string, schema: AnySchema, description?: string): Column {
  const kind = kindOf(schema) ?? { kind: 'yaml' as const };
  return { key: [key], header, ...kind, required: false, description: description ?? meta(schema).description ?? meta(unwrap(schema).schema).description ?? '' };
}

export const OUTLINE_SHEET_NAME = '提纲';

function outlineSheet(): OutlineSheet {
  const chapter = (OutlineChapterSchema as unknown as z.ZodObject).shape as Record<string, AnySchema>;
  const point = schemaAt(['report', 'outline', 0, 'points', 0]) as AnySchema;
  const pointField = (key: string) => schemaAt(['report', 'outline', 0, 'points', 0, key]) ?? point;
  const yesNo = z.boolean();
  return {
    type: 'outline',
    name: OUTLINE_SHEET_NAME,
    columns: [
      outlineColumn('heading', '部分标题', chapter['heading']!, '这一部分的标题，不带序号。只在这一部分的第一行填；下面几行空着，就都属于这一部分。'),
      outlineColumn('section', '内置部分', chapter['section']!, '这一部分是内置的哪一部分（加强领导、队伍建设、民主监督、联络联谊）；选了时部分标题、要点可以不填，用这一部分默认的。'),
      outlineColumn('key', '部分代号', chapter['key']!, '本单位自己的部分的代号，小写英文字母开头，如 service；记录的“所属部分”可以填它。通常不用填。'),
      outlineColumn('intro', '导语', chapter['intro']!),
      outlineColumn('style', '写法', chapter['style']!),
      { ...outlineColumn('use', '要点', pointField('use'), '程序写的一点，从下拉列表中选；不选而填小标题和正文时是本单位自己的一点。'), kind: 'text', points: 'ids' },
      outlineColumn('merge', '并入上一点', yesNo, '选“是”时这一行的要点和上一行的合成一点，小标题、正文写在上一行。'),
      outlineColumn('title', '小标题', pointField('title'), '这一点的小标题，不带“一是”和句号；不填时由程序按内容拟定。'),
      outlineColumn('text', '正文', pointField('text'), '本单位自己写的这一点的正文；选了“要点”时接在程序写的正文之后。'),
      outlineColumn('omit', '不写', yesNo, '选“是”时这一行的要点不写进报告（它的记录仍计入数字和统计表）；这样的行不属于任何部分。'),
    ],
  };
}

const underCounts = (kind: AnyKind): boolean => kind.path[0] === 'counts';

/** The whole ledger, in the order of its tabs: the office, the kinds, the numbers (and the lists kept with them), the office's words. */
export const LEDGER: readonly SheetLayout[] = [
  officeSheet(),
  ...KINDS.filter((k) => !underCounts(k)).map(table),
  countsSheet(),
  ...KINDS.filter(underCounts).map(table),
  namedFields(['text']),
  reportSheet(),
  outlineSheet(),
];

/** Top-level keys of the format, to prove in a test that the ledger holds every one. */
export const LEDGER_TOP_KEYS = Object.keys((YearSchema as z.ZodObject).shape);

/** A sheet's tab name is at most 31 characters and free of : \ / ? * [ ] (Excel's rule). */
export const validSheetName = (name: string): boolean => name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name);
