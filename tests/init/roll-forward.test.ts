// The pieces of rolling a year forward: dates one year on, the next file's name, a folder office's files.
import { describe, expect, it } from 'vitest';
import { YearSchema } from '../../src/schema/year.js';
import { FOLDER_FILES } from '../../src/init/new-office.js';
import { nextName, yearInName } from '../../src/init/run-init.js';
import { shiftYear } from '../../src/init/roll-forward.js';

describe('shiftYear', () => {
  it.each([
    ['2021-12-20', 1, '2022-12-20'],
    ['2022-01-10', 1, '2023-01-10'],
    ['2021-06', 1, '2022-06'],
    ['2020-02-29', 1, '2021-02-28'],
    ['2020-02-29', 4, '2024-02-29'],
  ])('%s + %i year → %s', (from, years, to) => expect(shiftYear(from, years)).toBe(to));
});

describe('yearInName (init without --year)', () => {
  it.each([
    ['青石镇2022', 2022],
    ['out/2024.yaml', 2024],
    ['2021-2022.yaml', undefined],
    ['x12022.yaml', undefined],
    ['青石镇.yaml', undefined],
    [undefined, undefined],
  ] as const)('%s → %s', (file, year) => expect(yearInName(file)).toBe(year));
});

describe('nextName', () => {
  it.each([
    ['qingshi-2021.yaml', 2021, 2022, 'qingshi-2022.yaml'],
    ['2021.yaml', 2021, 2022, '2022.yaml'],
    ['office.yml', 2021, 2022, 'office-2022.yml'],
    ['a12021b.yaml', 2021, 2022, 'a12021b-2022.yaml'],
    ['baihe', 2022, 2023, 'baihe-2023'],
  ])('%s (%i → %i) → %s', (from, a, b, to) => expect(nextName(from, a, b)).toBe(to));
});

describe('FOLDER_FILES', () => {
  it('puts every top-level key of the schema in exactly one file', () => {
    const keys = Object.values(FOLDER_FILES).flat();
    expect([...keys].sort()).toEqual(Object.keys(YearSchema.shape).sort());
  });
});
