// sectionFeeds (src/validate/rules/section-feeds.ts), read off the kinds'
// placements: every section has sources, and the minimal year of the rule
// fixtures feeds each one (so the sections cases see only what they plant).
import { describe, expect, it } from 'vitest';
import { SECTION_KEYS } from '../../../src/schema/year.js';
import { feedLabels, sectionHasContent } from '../../../src/validate/rules/section-feeds.js';
import { BASE, checkText } from '../../support/check-helpers.js';

describe('section feeds', () => {
  it('covers every section, and the minimal year has content for each', async () => {
    for (const key of SECTION_KEYS) expect(feedLabels(key).length, key).toBeGreaterThan(0);
    const { loaded } = await checkText(BASE);
    for (const key of SECTION_KEYS) expect(sectionHasContent(loaded.data!, key), key).toBe(true);
  });

  it('a year without inspections has none for supervision', async () => {
    const { loaded } = await checkText(BASE.replace(/inspections:\n(?: {2}.*\n)+/, ''));
    expect(sectionHasContent(loaded.data!, 'supervision')).toBe(false);
  });
});
