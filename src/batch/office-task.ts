/**
 * What a worker does for one office: a planning pass (validate and model, to
 * learn the office's name and year before any file is written) or the real build.
 * Kept apart from the thread glue (./worker.ts) so tests can call it directly.
 */
import { stat } from 'node:fs/promises';
import { buildOffice } from '../build/build-office.js';
import type { BuildOptions, OfficeBuildResult } from '../build/types.js';
import { readOfficeFields, type OfficeFields } from './office-fields.js';

export interface OfficeTask {
  op: 'plan' | 'build';
  /** Passed to buildOffice as is (the name the user sees). */
  input: string;
  /** The same path, absolute, for reading the office fields. */
  path: string;
  options: BuildOptions;
  /** Whether the plan needs `{short}`/`{township}` from the data. */
  wantFields?: boolean;
}

export interface OfficeTaskResult {
  result: OfficeBuildResult;
  fields?: OfficeFields;
}

export async function runOfficeTask(task: OfficeTask): Promise<OfficeTaskResult> {
  const options: BuildOptions = task.op === 'plan' ? { ...task.options, planOnly: true } : task.options;
  const result = await buildOffice(task.input, options);
  if (task.op !== 'plan' || !task.wantFields || result.status === 'invalid') return { result };
  const info = await stat(task.path).catch(() => undefined);
  return { result, fields: await readOfficeFields(task.path, info?.isDirectory() ?? false) };
}
