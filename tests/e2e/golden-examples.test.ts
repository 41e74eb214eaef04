/**
 * Golden text: every example's report as Markdown, checked in under
 * tests/golden/<example>.md. Run with UPDATE_GOLDEN=1 to rewrite them after a
 * deliberate change, then read the diff as an office reader would.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { toMarkdown } from '../../src/write/markdown.js';
import { exampleNames, loadExample } from '../support/example-data.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden');

describe('golden reports', () => {
  for (const name of exampleNames()) {
    it(`${name} renders as checked in`, () => {
      const result = renderReport(buildModel(loadExample(name)));
      expect(result.diagnostics).toEqual([]);
      expect(result.value).toBeDefined();
      const md = toMarkdown(result.value!);
      const file = join(GOLDEN, `${name}.md`);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, md);
      expect(md).toBe(readFileSync(file, 'utf8'));
    });
  }
});

describe('the loader reads the examples as these tests do', () => {
  for (const name of exampleNames()) {
    it(name, async () => {
      const { loadChecked } = await import('../support/check-helpers.js');
      const loaded = await loadChecked(join(import.meta.dirname, '..', '..', 'examples', `${name}.yaml`));
      expect(loaded.data).toEqual(loadExample(name));
    });
  }
});
