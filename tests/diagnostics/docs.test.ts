// examples/invalid/README.md names every fixture. (docs/diagnostics.md and the catalogue: catalogue.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('documentation of the invalid examples', () => {
  it('examples/invalid/README.md lists every fixture', () => {
    const readme = readFileSync('examples/invalid/README.md', 'utf8');
    for (const f of readdirSync('examples/invalid').filter((x) => x.endsWith('.yaml'))) expect(readme).toContain(`\`${f}\``);
  });
});
