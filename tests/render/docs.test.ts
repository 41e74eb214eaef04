import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { fieldsReference } from '../../src/render/fields-doc.js';
import { expectGolden } from '../support/golden.js';

const DOC = join(import.meta.dirname, '..', '..', 'docs', 'templates.md');
const MARK = '<!-- generated from src/render/fields.ts';

it('docs/templates.md lists the fields and helpers the code has', () => {
  const text = readFileSync(DOC, 'utf8');
  const head = text.slice(0, text.indexOf(MARK) < 0 ? text.length : text.indexOf(MARK));
  const want = `${head}${fieldsReference()}`;
  expectGolden(DOC, want);
});
