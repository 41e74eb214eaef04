// docs/diagnostics.md is the catalogue, and examples/invalid/README.md names every fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/diagnostics/catalogue.js';
import { catalogueMarkdown } from '../../src/diagnostics/catalogue-doc.js';

describe('documentation of diagnostics', () => {
  it('docs/diagnostics.md equals the generated table (run: npm run build && node scripts/diagnostics-doc.mjs)', () => {
    expect(readFileSync('docs/diagnostics.md', 'utf8')).toBe(catalogueMarkdown());
  });

  it('every catalogue entry has a Chinese title and message', () => {
    for (const [code, e] of Object.entries(CATALOGUE)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(e.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('examples/invalid/README.md lists every fixture', () => {
    const readme = readFileSync('examples/invalid/README.md', 'utf8');
    for (const f of readdirSync('examples/invalid').filter((x) => x.endsWith('.yaml'))) expect(readme).toContain(`\`${f}\``);
  });
});
