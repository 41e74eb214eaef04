/**
 * Checked-in expected files (goldens). A golden that is missing or differs
 * fails the test; only UPDATE_GOLDENS=1 rewrites it, after a deliberate change
 * whose diff is then read before committing. CI never sets the flag, so a new
 * example cannot pass its first run by writing its own expectation.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export const UPDATING_GOLDENS = process.env.UPDATE_GOLDENS === '1';

export function expectGolden(file: string, actual: string): void {
  if (UPDATING_GOLDENS) {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    expect.fail(`golden file ${file} is missing: run with UPDATE_GOLDENS=1 to write it, then review it`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
