// docs/data-format.md lists the kinds of record the format has (generated from src/schema/kinds/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FORMAT_DOC_BEGIN, FORMAT_DOC_END, kindsReference } from '../../src/schema/format-doc.js';
import { expectGolden } from '../support/golden.js';

const DOC = join(import.meta.dirname, '..', '..', 'docs', 'data-format.md');

it('docs/data-format.md lists every kind of record as the table declares it', () => {
  const text = readFileSync(DOC, 'utf8');
  const placeholder = text.indexOf('@@GENERATED@@');
  const begin = placeholder >= 0 ? placeholder : text.indexOf(FORMAT_DOC_BEGIN);
  const end = placeholder >= 0 ? placeholder + '@@GENERATED@@'.length : text.indexOf(FORMAT_DOC_END) + FORMAT_DOC_END.length;
  expect(begin).toBeGreaterThan(0);
  expectGolden(DOC, `${text.slice(0, begin)}${kindsReference()}${text.slice(end)}`);
});
