// GitHub workflow-command escaping (src/diagnostics/format/github.ts): what the
// CLI table's github cases cannot show, since their data holds no % , : or newline.
import { expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/diagnostics/format/github.js';

it('GitHub escaping: % CR LF in data, and also : , in properties', () => {
  expect(escapeData('100%\r\nx')).toBe('100%25%0D%0Ax');
  expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
});
