/**
 * A table of fixture cases for one validate rule, after markdownlint-cli2's
 * test tables: each case is a small year under tests/fixtures/validate/<rule>/
 * (the minimal valid year of check-helpers with one thing planted, said in the
 * file's first line) and every diagnostic the whole validate stage gives it,
 * by code, line and column — so a rule that stops firing, fires twice, fires
 * at the wrong node or fires on a clean year fails its case.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYear } from '../../src/office/read-year.js';
import { validateYear } from '../../src/validate/validate-year.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { showDiagnostics, showFrom } from '../../src/cli/display-paths.js';

export interface Expected {
  code: string;
  line: number;
  column: number;
  /** Words the message must hold (the facts of this case: the field, the numbers). */
  message?: string[];
  /** The value's path in the data, when the case is about which node is named. */
  path?: (string | number)[];
}

export interface RuleCase {
  /** The fixture's name, without .yaml. */
  file: string;
  expected: Expected[];
}

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'validate');

/** Every diagnostic of one fixture through load and validate, as the CLI sees them. */
export async function diagnosticsOf(rule: string, file: string): Promise<Diagnostic[]> {
  const loaded = await loadYear(path.join(FIXTURES, rule, `${file}.yaml`));
  // Named as the CLI shows them from the rule's folder: the fixture's file name.
  return showDiagnostics(validateYear(loaded).diagnostics, showFrom(path.join(FIXTURES, rule)));
}

export function ruleCases(rule: string, cases: RuleCase[]): void {
  if (!cases.some((c) => c.expected.length === 0)) throw new Error(`the cases of ${rule} need at least one clean year`);
  describe(`${rule}: fixture cases`, () => {
    it.each(cases.map((c) => [c.file, c] as const))('%s.yaml', async (_file, c) => {
      const found = await diagnosticsOf(rule, c.file);
      expect(found.map((d) => ({ code: d.code, line: d.line, column: d.column }))).toEqual(c.expected.map(({ code, line, column }) => ({ code, line, column })));
      c.expected.forEach((e, i) => {
        for (const words of e.message ?? []) expect(found[i]?.message, `${e.code} message`).toContain(words);
        if (e.path) expect(found[i]?.path, `${e.code} path`).toEqual(e.path);
      });
    });
  });
}
