// Every invalid example gives exactly the diagnostics its README promises, at the exact node.
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/check/check-inputs.js';

type Expected = { code: string; line: number; column: number }[];

const FIXTURES: [string, Expected][] = [
  ['alias-bomb.yaml', [{ code: 'ALIAS_LIMIT', line: 3, column: 8 }]],
  ['bad-choice.yaml', [{ code: 'INVALID_CHOICE', line: 16, column: 11 }]],
  ['bad-date.yaml', [{ code: 'INVALID_DATE', line: 11, column: 11 }]],
  ['blank-text.yaml', [{ code: 'BLANK_TEXT', line: 21, column: 12 }]],
  ['by-level.yaml', [{ code: 'LEVELS_NOT_TOTAL', line: 12, column: 3 }]],
  ['comment-in-text.yaml', [{ code: 'COMMENT_IN_TEXT', line: 17, column: 16 }]],
  ['control-char.yaml', [{ code: 'INVISIBLE_CHARACTER', line: 17, column: 12 }]],
  ['count-words.yaml', [{ code: 'NUMBER_AS_TEXT', line: 32, column: 11 }]],
  ['counts-disagree.yaml', [{ code: 'COUNT_MISMATCH', line: 32, column: 11 }]],
  ['date-outside-year.yaml', [{ code: 'DATE_OUTSIDE_YEAR', line: 19, column: 11 }]],
  ['deep-nesting.yaml', [{ code: 'NESTING_TOO_DEEP', line: 3, column: 43 }]],
  ['doubled-word.yaml', [{ code: 'TEXT_WORD_DOUBLED', line: 18, column: 7 }]],
  ['duplicate-key.yaml', [{ code: 'DUPLICATE_KEY', line: 7, column: 3 }]],
  ['duplicate-record.yaml', [{ code: 'DUPLICATE_RECORD', line: 18, column: 5 }]],
  ['empty-section.yaml', [{ code: 'SECTION_WITHOUT_CONTENT', line: 2, column: 1 }]],
  ['gbk.yaml', [{ code: 'ENCODING_NOT_UTF8', line: 4, column: 1 }]],
  ['missing-field.yaml', [{ code: 'MISSING_FIELD', line: 3, column: 1 }]],
  ['mobile-number.yaml', [{ code: 'PERSONAL_NUMBER', line: 17, column: 12 }]],
  ['halfwidth-punctuation.yaml', [{ code: 'HALFWIDTH_PUNCTUATION', line: 28, column: 7 }]],
  ['multiple-docs.yaml', [{ code: 'MULTIPLE_DOCS', line: 31, column: 1 }]],
  ['signed-early.yaml', [{ code: 'SIGNED_BEFORE_LAST_RECORD', line: 9, column: 9 }]],
  ['tab-indent.yaml', [{ code: 'TAB_AS_INDENT', line: 6, column: 1 }]],
  ['template-blank.yaml', [{ code: 'TEMPLATE_LEFTOVER', line: 13, column: 12 }]],
  ['typo-key.yaml', [{ code: 'UNKNOWN_KEY', line: 14, column: 5 }]],
  ['unquoted-colon.yaml', [{ code: 'UNQUOTED_COLON', line: 17, column: 12 }]],
  ['utf16.yaml', [{ code: 'ENCODING_UTF16', line: 1, column: 1 }]],
  ['wrong-type.yaml', [{ code: 'WRONG_TYPE', line: 14, column: 16 }]],
  ['yaml-syntax.yaml', [{ code: 'YAML_SYNTAX', line: 21, column: 12 }]],
];

describe('examples/invalid', () => {
  it.each(FIXTURES)('%s gives exactly the planted diagnostics', async (file, expected) => {
    const report = await checkInputs([`examples/invalid/${file}`], { cwd: process.cwd() });
    const got = report.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column }));
    expect(got).toEqual(expected);
    // The library names the file by the path it resolved; the CLI shows it relative (tests/cli).
    for (const d of report.diagnostics) expect(d.file).toBe(path.resolve(`examples/invalid/${file}`));
  });

  it('the table covers every fixture in the folder', () => {
    const files = readdirSync('examples/invalid').filter((f) => f.endsWith('.yaml'));
    expect(FIXTURES.map(([f]) => f).sort()).toEqual(files.sort());
  });

  it('checking the whole folder reports every file and goes on past the broken ones', async () => {
    const report = await checkInputs(['examples/invalid'], { cwd: process.cwd() });
    expect(report.value.results).toHaveLength(FIXTURES.length);
    expect(report.value.summary.errors + report.value.summary.warnings).toBe(FIXTURES.reduce((n, [, e]) => n + e.length, 0));
  });
});
