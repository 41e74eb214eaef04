/**
 * The kinds of record as docs/data-format.md lists them, generated from the
 * kinds' table (./kinds/) so the documentation cannot drift from the format:
 * each kind's key and title, its fields, the numbers it feeds, where the
 * report writes it and its ledger sheet. A test holds the file to it.
 */
import * as z from 'zod';
import { NOT_PRINTED, notPrintedReason } from './fields.js';
import type { AnyKind, Placement } from './kind.js';
import { KINDS } from './kinds/index.js';
import { SECTION_TITLES, isSectionKey } from './sections.js';

export const FORMAT_DOC_BEGIN = '<!-- generated from src/schema/kinds/ by src/schema/format-doc.ts: do not edit by hand -->';
export const FORMAT_DOC_END = '<!-- end of generated list -->';

const titleOf = (s: z.ZodType): string => {
  const own = z.globalRegistry.get(s)?.title;
  return typeof own === 'string' ? own : s instanceof z.ZodOptional ? titleOf(s.unwrap() as z.ZodType) : '';
};

function fieldLine(key: string, schema: z.ZodType): string {
  const optional = schema instanceof z.ZodOptional;
  let inner = schema;
  while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  const unprinted = notPrintedReason(z.globalRegistry.get(inner)?.description ?? z.globalRegistry.get(schema)?.description);
  const notes = [
    ...(optional ? [] : ['必填']),
    ...(inner instanceof z.ZodEnum ? [`从中选：${(inner.options as string[]).join('、')}`] : []),
    ...(unprinted !== undefined ? [`${NOT_PRINTED}${unprinted}`] : []),
  ];
  return `\`${key}\` ${titleOf(schema)}${notes.length > 0 ? `（${notes.join('，')}）` : ''}`;
}

const placeText = (p: Placement | undefined): string =>
  p ? `${isSectionKey(p.section) ? SECTION_TITLES[p.section] : p.section}${p.point ? `·${p.point}` : ''}` : '每条的 `section` 写明的部分';

function placesOf(kind: AnyKind): string {
  const groups = Object.values(kind.groups?.of ?? {});
  const own = 'section' in kind.schema.shape && kind.placement ? '（每条可用 `section` 另定）' : '';
  const rows = kind.statistics === 'rows' ? '；每条是统计表的一行' : '';
  if (groups.length === 0 || groups.every((g) => g.placement === undefined)) return `${placeText(kind.placement)}${own}${rows}`;
  return groups.map((g) => `${g.values.join('、')} → ${placeText(g.placement ?? kind.placement)}`).join('；');
}

function kindSection(kind: AnyKind): string[] {
  const fields = Object.entries(kind.schema.shape as Record<string, z.ZodType>).map(([k, v]) => fieldLine(k, v));
  const numbers = kind.tallies.map((t) => `${t.keep ? `\`counts.${t.key}\` ` : ''}${t.title}（${t.unit}，${t.records}）`);
  return [
    `#### ${kind.title}（\`${kind.path.join('.')}\`）`,
    '',
    kind.description,
    '',
    `- 每条：${fields.join('；')}`,
    ...(numbers.length > 0 ? [`- 计入：${numbers.join('；')}`] : []),
    `- 写在：${placesOf(kind)}${'point' in kind.schema.shape ? '（每条可用 `point` 写到别的要点，见“本单位自己的提纲”）' : ''}`,
    `- 工作台账：“${kind.title}”表`,
    '',
  ];
}

/** The generated part of docs/data-format.md, between its markers. */
export function kindsReference(): string {
  return [FORMAT_DOC_BEGIN, '', ...KINDS.flatMap(kindSection), FORMAT_DOC_END].join('\n');
}
