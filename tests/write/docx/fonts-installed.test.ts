/** missingFonts: what fontconfig lacks of the configured fonts, asked once; nothing claimed without fc-list. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { missingFonts, resolveFonts } from '../../../src/write/docx/fonts.js';

const installed = (() => {
  try {
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }).split('\n')[0]?.split(',')[0]?.trim();
  } catch {
    return undefined;
  }
})();

describe('missingFonts', () => {
  it('names a font that is not installed and not one that is', async (ctx) => {
    // Without fontconfig there is nothing to compare with; CI installs it, so there a skip would hide a failure.
    if (!installed) {
      if (process.env.CI === 'true') throw new Error('fc-list lists no font, and CI must run this test');
      ctx.skip('fc-list lists no font');
    }
    const fonts = resolveFonts({ title: 'No Such Font 九七〇四', body: installed });
    const missing = await missingFonts(fonts);
    expect(missing).toContain('No Such Font 九七〇四');
    expect(missing).not.toContain(installed);
  });
});
