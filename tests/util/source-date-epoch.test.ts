// SOURCE_DATE_EPOCH, read in one place for the .docx properties and the roll-up's date.
import { describe, expect, it } from 'vitest';
import { sourceDateEpoch } from '../../src/util/source-date-epoch.js';

describe('sourceDateEpoch', () => {
  it('reads whole seconds since 1970, spaces around them allowed', () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: ' 1640995200 ' })?.toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '0' })?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  it('is undefined when unset, blank, not a whole number, or beyond what a date holds', () => {
    for (const v of [undefined, '', ' ', '-1', '1.5', '1e9', 'yesterday', '99999999999999999999']) expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: v }), String(v)).toBeUndefined();
  });
});
