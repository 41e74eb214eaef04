// docs/diagnostics.md is the catalogue, and examples/invalid/README.md names every fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, diagnostic, type DiagnosticCode } from '../../src/diagnostics/catalogue.js';
import { catalogueMarkdown } from '../../src/diagnostics/catalogue-doc.js';

describe('documentation of diagnostics', () => {
  it('docs/diagnostics.md equals the generated table (run: npm run build && node scripts/diagnostics-doc.mjs)', () => {
    expect(readFileSync('docs/diagnostics.md', 'utf8')).toBe(catalogueMarkdown());
  });

  it('every catalogue entry has a Chinese title and message, and a Chinese hint when it has one', () => {
    // Every parameter a message or hint asks for reads as a stand-in, so each builds as a user would see it.
    const params = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `«${key}»` : undefined) });
    const han = /[\u4e00-\u9fff]/;
    for (const [code, e] of Object.entries(CATALOGUE)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(e.title, code).toMatch(han);
      const d = diagnostic(code as DiagnosticCode, params as never, { file: 'a.yaml', line: 1, column: 1 });
      expect(d.message, code).toMatch(han);
      expect(d.message, code).not.toMatch(/undefined|\[object |NaN/);
      if (d.hint !== undefined) {
        expect(d.hint, code).toMatch(han);
        expect(d.hint, code).not.toMatch(/undefined|\[object |NaN/);
      }
    }
  });

  it('examples/invalid/README.md lists every fixture', () => {
    const readme = readFileSync('examples/invalid/README.md', 'utf8');
    for (const f of readdirSync('examples/invalid').filter((x) => x.endsWith('.yaml'))) expect(readme).toContain(`\`${f}\``);
  });
});
