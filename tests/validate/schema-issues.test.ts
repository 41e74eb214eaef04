// How schema issues read (src/validate/schema-issues.ts): a real date in a
// loose form is told how to write it, a date that does not exist is said to be one.
import { describe, expect, it } from 'vitest';
import { at, BASE, checkText } from '../support/check-helpers.js';

describe('a real date in a loose form', () => {
  it('2021-12-1 is told how to write it (2021-12-01), not that the date does not exist', async () => {
    const { diagnostics } = await checkText(BASE.replace(/date: 2021-12-\d\d/, 'date: 2021-12-1'));
    expect(at(diagnostics)).toEqual([{ code: 'INVALID_DATE', line: 8, column: 9 }]);
    expect(diagnostics[0]?.message).toContain('写法不对');
    expect(diagnostics[0]?.hint).toBe('写成“2021-12-01”。');
  });

  it('2021-02-29 is still a date that does not exist', async () => {
    const { diagnostics } = await checkText(BASE.replace(/date: 2021-12-\d\d/, 'date: 2021-02-29'));
    expect(at(diagnostics)).toEqual([{ code: 'INVALID_DATE', line: 8, column: 9 }]);
    expect(diagnostics[0]?.message).toContain('不是一个有效日期');
  });
});
