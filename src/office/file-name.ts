/**
 * The one file namer: a single build, a batch office and `--name` all come
 * through `reportFileName`, so an office gets the same file name alone or
 * among forty. A name is a pattern: `{year}`, `{office}`, `{short}`,
 * `{township}` are filled from the data, the extension always follows the
 * format (`--name 总结 --format md` writes 总结.md, never Markdown in a .docx).
 *
 * File names stay within NAME_BUDGET_BYTES (output-file.ts allows 200 and
 * needs room for nothing else): when they would not, the filled-in fields
 * give way, longest first, and the words of the pattern (年, 工作总结) stay.
 * Cutting is one pass over each field, so a 40,000-character office name
 * costs what its length costs.
 */
import { cutToBytes } from '../write/safe-name.js';
import { extensionOf, stripFormatExtension, type OutputFormat } from '../write/formats.js';

export const DEFAULT_PATTERN = '{year}年{office}工作总结';
export const PATTERN_FIELDS = ['year', 'office', 'short', 'township'] as const;
export type PatternField = (typeof PATTERN_FIELDS)[number];
export type NameFields = { year: number; office: string; short?: string; township?: string };

const NAME_BUDGET_BYTES = 180;
const FIELD = /\{(year|office|short|township)\}/g;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export const stemOf = stripFormatExtension;

export function reportFileName(pattern: string | undefined, fields: NameFields, format: OutputFormat): string {
  const values: Record<PatternField, string> = {
    year: String(fields.year),
    office: fields.office,
    // Valid data always has both; the full name is the honest fallback.
    short: fields.short ?? fields.office,
    township: fields.township ?? fields.office,
  };
  const stem = stemOf(pattern ?? DEFAULT_PATTERN);
  const used = [...stem.matchAll(FIELD)].map((m) => m[1] as PatternField);
  const fixed = bytes(stem.replace(FIELD, '')) + bytes(extensionOf(format));
  let over = fixed + used.reduce((n, k) => n + bytes(values[k]), 0) - NAME_BUDGET_BYTES;
  // Longest field first; the year is never cut.
  for (const key of [...new Set(used)].filter((k) => k !== 'year').sort((a, b) => bytes(values[b]) - bytes(values[a]))) {
    if (over <= 0) break;
    const times = used.filter((k) => k === key).length;
    const size = bytes(values[key]);
    const keep = Math.max(0, size - Math.ceil(over / times));
    values[key] = cutToBytes(values[key], keep);
    over -= (size - bytes(values[key])) * times;
  }
  return `${stem.replace(FIELD, (_m, k: PatternField) => values[k])}${extensionOf(format)}`;
}

export const patternUses = (pattern: string | undefined, field: PatternField): boolean => (pattern ?? DEFAULT_PATTERN).includes(`{${field}}`);
