/** An office's result as far as the prepare stage got: its names, numbers and data diagnostics. */
import type { Prepared } from './prepare.js';
import type { OfficeBuildResult } from './types.js';

export function resultOf(input: string, prepared: Prepared): OfficeBuildResult {
  const result: OfficeBuildResult = { input, status: prepared.status, diagnostics: prepared.diagnostics };
  if (prepared.office !== undefined) result.office = prepared.office;
  if (prepared.township !== undefined) result.township = prepared.township;
  if (prepared.year !== undefined) result.year = prepared.year;
  if (prepared.numbers) result.numbers = prepared.numbers;
  const value = prepared.value;
  if (value) {
    if (value.previousNumbers) result.previousNumbers = value.previousNumbers;
    result.emptySections = value.emptySections;
  }
  return result;
}

