/**
 * Golden text: every example's report as Markdown, checked in under
 * tests/golden/<example>.md. A missing or differing golden fails; run with
 * UPDATE_GOLDENS=1 to rewrite them after a deliberate change, then read the
 * diff as an office reader would.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import { renderReport } from '../../src/render/render-report.js';
import { toMarkdown } from '../../src/write/markdown.js';
import { exampleNames, loadExample } from '../support/example-data.js';
import { expectGolden } from '../support/golden.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden');

describe('golden reports', () => {
  for (const name of exampleNames()) {
    it(`${name} renders as checked in`, () => {
      const result = renderReport(buildModel(loadExample(name)));
      expect(result.diagnostics).toEqual([]);
      expect(result.value).toBeDefined();
      const md = toMarkdown(result.value!);
      expectGolden(join(GOLDEN, `${name}.md`), md);
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
