/**
 * Read and validate a batch file. Never throws: every problem is a diagnostic
 * at its position, read with the same guarded reader and parser as the year
 * files (size limit, encoding, nesting depth, duplicate keys).
 */
import path from 'node:path';
import { appendAll } from '../util/append-all.js';
import { closest } from 'fastest-levenshtein';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Result } from '../result.js';
import { readSource } from '../load/read-source.js';
import { parseYaml } from '../load/parse-yaml.js';
import { locateIn, type SourceDoc } from '../load/positions.js';
import { BATCH_KEYS, BatchFileSchema, batchLabel, type BatchFile } from './batch-file-schema.js';
import { PATTERN_FIELDS } from '../office/file-name.js';
import { diagnostic as batchDiagnostic } from '../diagnostics/create.js';
import { expectedType } from '../diagnostics/expected-type.js';
import { readIssues, type ReadIssue } from '../validate/zod-issues.js';

export const BATCH_FILE_NAME = 'summary.batch.yaml';

export const isBatchFileName = (file: string): boolean => /\.batch\.ya?ml$/i.test(path.basename(file));

export interface LoadedBatchFile {
  data: BatchFile;
  /** Folder the file's relative paths are resolved against (as the user would write it). */
  dir: string;
}

/** `file` is read; `displayName` is how diagnostics name it. */
export async function loadBatchFile(file: string, displayName = file): Promise<Result<LoadedBatchFile>> {
  const read = await readSource(file, displayName);
  if (read.value === undefined) return { value: undefined, diagnostics: read.diagnostics };
  const parsed = parseYaml(read.value, displayName);
  if (parsed.value === undefined || !parsed.source) return { value: undefined, diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
  const diagnostics: Diagnostic[] = [...read.diagnostics, ...parsed.diagnostics];
  const result = BatchFileSchema.safeParse(parsed.value);
  if (!result.success) {
    appendAll(diagnostics, readIssues(result.error.issues, parsed.value).flatMap((issue) => issueDiagnostics(issue, parsed.source as SourceDoc)));
    return { value: undefined, diagnostics };
  }
  appendAll(diagnostics, patternDiagnostics(result.data, parsed.source));
  if (diagnostics.some((d) => d.severity === 'error')) return { value: undefined, diagnostics };
  return { value: { data: result.data, dir: path.dirname(file) }, diagnostics };
}

/** A batch file's schema problem, as the batch catalogue says it (zod's issues are read by src/validate/zod-issues.ts). */
function issueDiagnostics({ path, problem }: ReadIssue, src: SourceDoc): Diagnostic[] {
  const at = (p: (string | number)[], target: 'value' | 'key' = 'value') => locateIn(src, p, target);
  const label = batchLabel(path);
  switch (problem.kind) {
    case 'unknownKey':
      return [batchDiagnostic('UNKNOWN_KEY', { field: label, key: problem.key, suggestion: closest(problem.key, BATCH_KEYS), file: 'batch' }, at([...path, problem.key], 'key'))];
    case 'missing':
      return [batchDiagnostic('BATCH_FILE_INVALID', { problem: 'missing', label }, at(path.slice(0, -1)))];
    case 'wrongType':
      return [batchDiagnostic('BATCH_FILE_INVALID', { problem: 'wrongType', label, expected: expectedType(problem.expected) }, at(path))];
    case 'union':
      return [batchDiagnostic('BATCH_FILE_INVALID', { problem: 'officeShape', label }, at(path))];
    case 'choice':
      return [batchDiagnostic('BATCH_FILE_INVALID', { problem: 'choice', label, allowed: problem.allowed.join('、') }, at(path))];
    case 'tooSmall':
      return [batchDiagnostic('BATCH_FILE_INVALID', { problem: problem.origin === 'array' ? 'noOffices' : 'tooSmall', label }, at(path))];
    case 'tooBig':
      return [batchDiagnostic('BATCH_FILE_INVALID', { problem: 'tooBig', label }, at(path))];
    default:
      return [batchDiagnostic('BATCH_FILE_INVALID', { problem: 'blank', label }, at(path))];
  }
}

/** `{name}` fields that the pattern uses but that do not exist. */
export function unknownPatternFields(pattern: string): string[] {
  const known = new Set<string>(PATTERN_FIELDS);
  return [...pattern.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '').filter((f) => !known.has(f));
}

function patternDiagnostics(data: BatchFile, src: SourceDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (pattern: string | undefined, p: (string | number)[]) => {
    if (pattern === undefined) return;
    for (const field of unknownPatternFields(pattern)) {
      out.push(batchDiagnostic('BATCH_PATTERN_FIELD', { field, allowed: PATTERN_FIELDS.map((f) => `{${f}}`).join('、') }, locateIn(src, p)));
    }
  };
  check(data.fileName, ['fileName']);
  data.offices.forEach((o, i) => {
    if (typeof o !== 'string') check(o.fileName, ['offices', i, 'fileName']);
  });
  return out;
}
