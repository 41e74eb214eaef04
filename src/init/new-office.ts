/**
 * `summary init`: the text of a new office's year, as one file or as a
 * folder of files (the loader merges a folder's files at the top level, see
 * src/load/load-year.ts). Built from the schema by skeleton.ts; what is
 * filled in comes from the options, and what nobody gave is a blank that
 * `summary check` reports, never a made-up value.
 */
import * as z from 'zod';
import { KINDS } from '../schema/kinds/index.js';
import { YearSchema } from '../schema/year.js';
import { objectLines, type SkeletonValues } from './skeleton.js';

export interface NewOfficeOptions {
  year: number;
  name?: string;
  township?: string;
  superior?: string;
  /** The `$schema=` target of the modeline, relative to the file or a URL. */
  schemaRef: string;
}

/** The files of a folder office: which top-level keys go in which file. */
export const FOLDER_FILES: Record<string, readonly string[]> = {
  'office.yaml': ['year', 'office', 'members'],
  // Every kind kept at the top of the year, and counts with them: on its own, a file of nothing but comments would be an empty file (EMPTY_FILE).
  'records.yaml': [...KINDS.filter((k) => k.path.length === 1).map((k) => k.path[0]!), 'counts'],
  'text.yaml': ['text', 'report'],
};

/** `青石镇` → 镇, `雁泉街道` → 街道, `柏禾乡` → 乡. */
function townshipKind(township: string | undefined): '镇' | '乡' | '街道' | undefined {
  if (!township) return undefined;
  if (township.endsWith('街道')) return '街道';
  if (township.endsWith('乡')) return '乡';
  if (township.endsWith('镇')) return '镇';
  return undefined;
}

/** What the options give, and what follows from them (镇 → 镇党委; 联络工作委员会 → 镇政协联工委). */
export function liveValues(o: NewOfficeOptions): SkeletonValues {
  const kind = townshipKind(o.township);
  const unit = o.name === undefined ? undefined : /联络工作委员会|联工委/.test(o.name) ? '政协联工委' : /联络办/.test(o.name) ? '政协联络办' : undefined;
  const live: Record<string, unknown> = {
    year: o.year,
    'office.date': `${o.year}-12-31`,
    'members.total': 0,
  };
  if (o.name !== undefined) live['office.name'] = o.name;
  if (o.township !== undefined) live['office.township'] = o.township;
  if (o.superior !== undefined) live['office.superior'] = o.superior;
  if (kind) live['office.partyCommittee'] = kind === '街道' ? '街道党工委' : `${kind}党委`;
  if (kind && unit) live['office.shortName'] = `${kind}${unit}`;
  return { year: o.year, live };
}

/** The Chinese titles of the required fields left blank for the office to fill. */
export function blanksLeft(o: NewOfficeOptions): string[] {
  const live = liveValues(o).live;
  const office = YearSchema.shape.office;
  return Object.entries(office.shape as Record<string, z.ZodType>)
    .filter(([key, s]) => !(s instanceof z.ZodOptional) && !Object.hasOwn(live, `office.${key}`))
    .map(([, s]) => String(z.globalRegistry.get(s)?.title ?? ''));
}

function header(o: NewOfficeOptions, modeline: boolean): string[] {
  return [
    ...(modeline ? [`# yaml-language-server: $schema=${o.schemaRef}`] : []),
    `# ${o.name ?? '本单位'} ${o.year} 年的工作记录（summary init 生成）。`,
    '# 每一项上面的注释说明该写什么。以“# ”开头的行不起作用：去掉“# ”才算写上。',
    '# 写好后运行 summary check 检查，summary build 生成年终工作总结。',
    '',
    '',
  ];
}

/** Lines of the given top-level keys, in the schema's order, a blank line between sections. */
function sectionsText(keys: readonly string[], values: SkeletonValues): string {
  const shape = YearSchema.shape as Record<string, z.ZodType>;
  const only = z.strictObject(Object.fromEntries(Object.keys(shape).filter((k) => keys.includes(k)).map((k) => [k, shape[k]!])));
  const lines = objectLines(only, 0, '', values, true);
  // A blank line before each top-level section's comment.
  return lines.map((l, i) => (i > 0 && l.startsWith('# ') && !(lines[i - 1] ?? '').startsWith('#') ? `\n${l}` : l)).join('\n');
}

/** One file holding the whole year. */
export function newOfficeText(o: NewOfficeOptions): string {
  const values = liveValues(o);
  return `${header(o, true).join('\n')}${sectionsText(Object.keys(YearSchema.shape), values)}\n`;
}

/**
 * A folder office: file name → text. The modeline is left out: each file
 * holds only part of the year, and an editor checking one file against the
 * whole year's schema would mark the other files' required keys as missing.
 */
export function newOfficeFolder(o: NewOfficeOptions): Map<string, string> {
  const values = liveValues(o);
  const files = new Map<string, string>();
  for (const [file, keys] of Object.entries(FOLDER_FILES)) {
    const head = file === 'office.yaml' ? header(o, false).join('\n') : '';
    files.set(file, `${head}${sectionsText(keys, values)}\n`);
  }
  return files;
}
