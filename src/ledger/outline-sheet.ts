/**
 * The 提纲 sheet ↔ report.outline and report.omit: one point a row, in the
 * outline's order. A chapter's columns (部分标题, 内置部分, 部分代号, 导语, 写法)
 * are filled on its first row; the rows below with them blank belong to it, so
 * a clerk reads the sheet as the report's outline. A row whose 部分标题,
 * 内置部分 or 部分代号 differs from the chapter above starts a new chapter
 * (a value repeated on every row, or a merged cell, is the same chapter).
 * 并入上一点 = 是 merges a row's point into the one above (use: [a, b]);
 * 不写 = 是 puts its point in report.omit. The reader gives the same
 * report.outline the YAML gives, with every value's cell in the locator; the
 * writer gives the rows that read back as it.
 */
import type ExcelJS from 'exceljs';
import { diagnostic } from '../diagnostics/create.js';
import type { DataPath } from '../load/positions.js';
import type { Column, OutlineSheet, TableSheet } from './layout.js';
import { cellAddress, type CellPlace } from './ledger-locator.js';
import { readTable, setAt, type SheetContext } from './read-sheets.js';

type Row = Record<string, unknown>;

const CHAPTER_KEYS = ['heading', 'section', 'key'] as const;
const CHAPTER_WORDS = ['intro', 'style'] as const;

interface OutlinePoint {
  use: string[];
  title?: unknown;
  text?: unknown;
}

interface Chapter {
  fields: Row;
  points: OutlinePoint[];
}

/** The sheet read as a table: its rows are records of a list no data has (their places are kept under it). */
const ROWS = '\u0000提纲行';
export const asTable = (layout: OutlineSheet): TableSheet => ({ type: 'table', name: layout.name, list: [ROWS], columns: layout.columns });

/** The rows that hold a report's outline and omitted points, by column key, in the format's values. */
export function outlineRows(report: unknown): Row[] {
  const r = (report ?? {}) as { outline?: Row[]; omit?: unknown[] };
  const rows: Row[] = [];
  for (const c of r.outline ?? []) {
    const head: Row = {};
    for (const k of [...CHAPTER_KEYS, ...CHAPTER_WORDS]) if (c[k] !== undefined) head[k] = c[k];
    const points = Array.isArray(c['points']) ? (c['points'] as unknown[]) : [];
    if (points.length === 0) rows.push(head);
    points.forEach((p, pi) => {
      const first = pi === 0 ? head : {};
      if (typeof p !== 'object' || p === null) return rows.push({ ...first, use: p });
      const { use, title, text } = p as Row;
      const uses = use === undefined ? [] : Array.isArray(use) ? use : [use];
      rows.push({ ...first, ...(uses.length > 0 && { use: uses[0] }), ...(title !== undefined && { title }), ...(text !== undefined && { text }) });
      for (const u of uses.slice(1)) rows.push({ use: u, merge: true });
      return undefined;
    });
  }
  for (const id of r.omit ?? []) rows.push({ use: id, omit: true });
  return rows;
}

/** The titles an outline gives its points: what a record's 写入要点 may name besides the program's points. */
export function outlineTitles(report: unknown): string[] {
  const titles = outlineRows(report).flatMap((row) => (typeof row['title'] === 'string' ? [row['title']] : []));
  return [...new Set(titles)];
}

const pointOf = (p: OutlinePoint): unknown =>
  p.use.length === 1 && p.title === undefined && p.text === undefined
    ? p.use[0]
    : { ...(p.use.length > 0 && { use: p.use.length === 1 ? p.use[0] : p.use }), ...(p.title !== undefined && { title: p.title }), ...(p.text !== undefined && { text: p.text }) };

export function readOutline(ws: ExcelJS.Worksheet, layout: OutlineSheet, ctx: SheetContext): void {
  const table: Row = {};
  readTable(ws, asTable(layout), { ...ctx, data: table });
  const rows = (table[ROWS] ?? []) as Row[];
  const header = new Map(layout.columns.map((c: Column) => [c.key[0]!, c.header]));
  const placeOf = (i: number, key: string): CellPlace => ctx.locator.place([ROWS, i, key])!;
  const at = (place: CellPlace) => ({ file: ctx.file, line: place.row, column: place.col, sheet: place.sheet, cell: cellAddress(place.row, place.col), ...(place.header !== undefined && { header: place.header }) });
  const given = (row: Row, keys: readonly string[]) => keys.filter((k) => row[k] !== undefined);
  const chapters: Chapter[] = [];
  const omit: unknown[] = [];
  let cur: Chapter | undefined;
  const set = (path: DataPath, place: CellPlace) => ctx.locator.set(path, place);

  rows.forEach((row, i) => {
    const point = given(row, ['use', 'title', 'text']);
    if (row['omit'] === true) {
      if (row['use'] === undefined) ctx.diagnostics.push(diagnostic('LEDGER_OUTLINE_ROW', { sheet: layout.name, problem: 'omitWithoutPoint', header: header.get('use')! }, at(placeOf(i, 'omit'))));
      else {
        set(['report', 'omit', omit.length], placeOf(i, 'use'));
        set(['report', 'omit'], placeOf(i, 'use'));
        omit.push(row['use']);
      }
      return;
    }
    const starts = CHAPTER_KEYS.some((k) => row[k] !== undefined && (cur === undefined || row[k] !== cur.fields[k]));
    if (starts) {
      cur = { fields: {}, points: [] };
      const ci = chapters.length;
      chapters.push(cur);
      set(['report', 'outline'], placeOf(i, given(row, CHAPTER_KEYS)[0]!));
      set(['report', 'outline', ci], placeOf(i, given(row, CHAPTER_KEYS)[0]!));
    }
    const words = given(row, CHAPTER_WORDS);
    if (cur === undefined) {
      if (point.length > 0 || words.length > 0) ctx.diagnostics.push(diagnostic('LEDGER_OUTLINE_NO_CHAPTER', { sheet: layout.name }, at(placeOf(i, [...point, ...words][0]!))));
      return;
    }
    const ci = chapters.indexOf(cur);
    for (const k of [...given(row, CHAPTER_KEYS), ...words]) {
      if (cur.fields[k] === undefined) {
        cur.fields[k] = row[k];
        set(['report', 'outline', ci, k], placeOf(i, k));
      } else if (cur.fields[k] !== row[k]) {
        ctx.diagnostics.push(diagnostic('LEDGER_OUTLINE_ROW', { sheet: layout.name, problem: 'conflict', header: header.get(k)! }, at(placeOf(i, k))));
      }
    }
    if (point.length === 0) return;
    const pi = cur.points.length;
    const prev = cur.points.at(-1);
    if (row['merge'] === true) {
      if (prev === undefined || starts) {
        ctx.diagnostics.push(diagnostic('LEDGER_OUTLINE_ROW', { sheet: layout.name, problem: 'mergeWithoutPrevious', header: header.get('merge')! }, at(placeOf(i, 'merge'))));
      } else {
        const base = ['report', 'outline', ci, 'points', pi - 1];
        if (row['use'] !== undefined) {
          set([...base, 'use', prev.use.length], placeOf(i, 'use'));
          prev.use.push(String(row['use']));
        }
        for (const k of ['title', 'text'] as const) {
          if (row[k] === undefined) continue;
          if (prev[k] === undefined) {
            prev[k] = row[k];
            set([...base, k], placeOf(i, k));
          } else ctx.diagnostics.push(diagnostic('LEDGER_OUTLINE_ROW', { sheet: layout.name, problem: 'conflict', header: header.get(k)! }, at(placeOf(i, k))));
        }
        return;
      }
    }
    const path = ['report', 'outline', ci, 'points', pi];
    set(['report', 'outline', ci, 'points'], placeOf(i, point[0]!));
    set(path, placeOf(i, point[0]!));
    for (const k of point) set([...path, k], placeOf(i, k));
    if (row['use'] !== undefined) set([...path, 'use', 0], placeOf(i, 'use'));
    cur.points.push({ use: row['use'] === undefined ? [] : [String(row['use'])], ...(row['title'] !== undefined && { title: row['title'] }), ...(row['text'] !== undefined && { text: row['text'] }) });
  });

  if (chapters.length > 0) setAt(ctx.data, ['report', 'outline'], chapters.map((c) => ({ ...c.fields, ...(c.points.length > 0 && { points: c.points.map(pointOf) }) })));
  if (omit.length > 0) setAt(ctx.data, ['report', 'omit'], omit);
}
