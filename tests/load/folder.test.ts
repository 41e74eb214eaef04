// One office kept in several files of a folder, and how `check` groups files into offices.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/check/check-inputs.js';
import { BASE, codes, loadChecked, tempDir, writeFiles } from '../support/check-helpers.js';
import { showFrom } from '../../src/cli/display-paths.js';

const [head, rest] = [BASE.slice(0, BASE.indexOf('meetings:')), BASE.slice(BASE.indexOf('meetings:'))];

describe('a folder as one office', () => {
  it('merges the files at the top level', async () => {
    const dir = writeFiles({ 'office.yaml': head, 'records.yaml': rest });
    const loaded = await loadChecked('.', { cwd: dir });
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.files).toEqual(['office.yaml', 'records.yaml']);
    expect(loaded.data?.meetings).toHaveLength(2);
  });

  it('positions point into the file the key came from', async () => {
    const dir = writeFiles({ 'office.yaml': head, 'records.yaml': rest.replace('    attendees: 11', '    attendees: "11"') });
    const loaded = await loadChecked('.', { cwd: dir });
    expect(loaded.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['WRONG_TYPE', 'records.yaml', 5]]);
  });

  it('a top-level key in two files is an error naming the other file:line', async () => {
    const dir = writeFiles({ 'a.yaml': head, 'b.yaml': `${rest}year: 2021\n` });
    const loaded = await loadChecked('.', { cwd: dir });
    expect(loaded.data).toBeUndefined();
    expect(codes(loaded.diagnostics)).toEqual(['KEY_IN_TWO_FILES']);
    expect(loaded.diagnostics[0]!.file).toBe('b.yaml');
    expect(loaded.diagnostics[0]!.message).toContain('a.yaml:1');
  });

  it('a missing input is a diagnostic, not an exception', async () => {
    const loaded = await loadChecked('no-such.yaml', { cwd: tempDir() });
    expect(codes(loaded.diagnostics)).toEqual(['FILE_NOT_FOUND']);
  });
});

describe('check: the folder rule', () => {
  it('each file of a plain folder is one office; a subfolder with office.yaml is one merged office', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '青石镇.yaml'), BASE);
    writeFileSync(path.join(dir, '白沙镇.yml'), BASE.replace(/青石/g, '白沙'));
    mkdirSync(path.join(dir, '东岭乡'));
    writeFileSync(path.join(dir, '东岭乡', 'office.yaml'), head);
    writeFileSync(path.join(dir, '东岭乡', 'records.yaml'), rest);
    const report = await checkInputs(['.'], { cwd: dir });
    expect(report.value.results.map((o) => showFrom(dir)(o.input)).sort()).toEqual(['东岭乡', '白沙镇.yml', '青石镇.yaml'].sort());
    expect(report.diagnostics).toEqual([]);
    expect(report.value.summary.files).toBe(4);
  });

  it('globs and --ignore select files; a pattern matching nothing is reported', async () => {
    const dir = writeFiles({ 'a.yaml': BASE, 'b.yaml': BASE, 'c.txt': 'x' });
    const report = await checkInputs(['*.yaml', 'nothing/*.yaml'], { cwd: dir, ignore: ['b.yaml'] });
    expect(report.value.results.map((o) => showFrom(dir)(o.input))).toEqual(['a.yaml']);
    expect(codes(report.value.inputDiagnostics.filter((d) => d.severity === 'error'))).toEqual(['FILE_NOT_FOUND']);
  });

  it('one broken office does not change the result of another', async () => {
    const dir = writeFiles({ 'good.yaml': BASE, 'bad.yaml': `${BASE}\tx: 1\n` });
    const report = await checkInputs(['.'], { cwd: dir });
    const good = report.value.results.find((o) => showFrom(dir)(o.input) === 'good.yaml')!;
    expect(good.diagnostics).toEqual([]);
    expect(good.numbers).toBeDefined();
  });
});
