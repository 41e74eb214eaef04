/**
 * The batch file (`summary.batch.yaml`): which offices a county builds in one
 * command and what they share. Strict like the year schema (src/schema/year.ts):
 * an unknown key is an error, nothing is coerced, every field has a Chinese
 * label in `.meta()` so diagnostics can name it.
 *
 * Paths in the file are relative to the batch file's own folder, so the batch
 * works the same from whatever folder the command is run in.
 */
import * as z from 'zod';
import { FONT_ROLE_NAMES, FONT_ROLES, type FontRole } from '../write/fonts.js';
import { DEFAULT_FORMAT, describeFormats, OUTPUT_FORMAT_NAMES, type OutputFormat } from '../write/formats.js';
import { labelled, year } from '../schema/fields.js';

const text = (title: string, description: string) =>
  labelled(z.string().refine((s) => s.trim().length > 0, { message: 'blank' }), title, description);


/** One key per role of the fonts table (src/write/fonts.ts). */
const FontsSchema = labelled(
  z.strictObject(
    Object.fromEntries(FONT_ROLE_NAMES.map((role) => [role, text(FONT_ROLES[role].label, `${FONT_ROLES[role].use}所用字体，默认“${FONT_ROLES[role].default}”。`).optional()])) as Record<
      FontRole,
      z.ZodOptional<ReturnType<typeof text>>
    >,
  ),
  '字体',
  '替换 GB/T 9704 默认字体。',
);

const fileName = () =>
  text(
    '文件名模板',
    '报告文件名，可用 {year}（年份）、{office}（单位全称）、{short}（文中简称）、{township}（所在镇街道），如“{year}年{office}工作总结.docx”。',
  );

export const BatchOfficeSchema = labelled(
  z.union([
    text('单位文件', '一个单位的年度记录文件，或存放该单位各 YAML 文件的文件夹。'),
    z.strictObject({
      path: text('单位文件', '一个单位的年度记录文件，或存放该单位各 YAML 文件的文件夹。'),
      fileName: fileName().optional(),
      templates: text('模板文件夹', '只用于这个单位的模板文件夹。').optional(),
      fonts: FontsSchema.optional(),
      previous: text('上年记录', '这个单位上一年的记录文件或文件夹，用于“比上年”的比较。').optional(),
    }),
  ]),
  '单位',
  '一个单位：写文件路径，或写 { path, fileName, templates, fonts, previous }。',
);

export const BatchFileSchema = labelled(
  z.strictObject({
    year: year('年份', '这一批报告的年份；每个单位的记录必须是这一年的。').optional(),
    county: text('县（区）名称', '汇总表标题中的县（区）名称，如“青山县”。').optional(),
    superior: text('上级政协', '收集这一批报告的上级政协，如“县政协”，写在汇总表的落款。').optional(),
    output: text('输出文件夹', '报告写入的文件夹，默认为批量文件所在文件夹下的“输出”。').optional(),
    fileName: fileName().optional(),
    format: labelled(z.enum(OUTPUT_FORMAT_NAMES as [OutputFormat, ...OutputFormat[]]), '输出格式', `${describeFormats()}；默认 ${DEFAULT_FORMAT}。`).optional(),
    templates: text('模板文件夹', '各单位共用的模板文件夹。').optional(),
    fonts: FontsSchema.optional(),
    rollup: labelled(z.boolean(), '生成汇总表', '是否同时生成全县汇总（.docx 和 .csv），默认生成。').optional(),
    offices: labelled(z.array(BatchOfficeSchema).min(1), '单位列表', '这一批要生成报告的单位。'),
  }),
  '批量文件',
  '一次生成多个单位的年终工作总结：列出各单位及共用的设置。',
);

export type BatchFile = z.infer<typeof BatchFileSchema>;
export type BatchOfficeEntry = z.infer<typeof BatchOfficeSchema>;

/** Chinese label of a key, for diagnostics; falls back to the key itself. */
export function batchLabel(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  return key ? (LABELS[key] ?? key) : '批量文件';
}

const LABELS: Record<string, string> = {
  year: '年份',
  county: '县（区）名称',
  superior: '上级政协',
  output: '输出文件夹',
  fileName: '文件名模板',
  format: '输出格式',
  templates: '模板文件夹',
  fonts: '字体',
  rollup: '生成汇总表',
  offices: '单位列表',
  path: '单位文件',
  previous: '上年记录',
  ...Object.fromEntries(FONT_ROLE_NAMES.map((role) => [role, FONT_ROLES[role].label])),
};

/** Every key the batch file knows, for “did you mean” hints. */
export const BATCH_KEYS = Object.keys(LABELS);
