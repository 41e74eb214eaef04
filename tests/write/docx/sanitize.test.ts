/** Reliability row 10: characters Office cannot read never reach the file. */
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../../src/write/docx/sanitize-text.js';
import { renderDocx } from '../../../src/write/docx/write-docx.js';
import type { ReportDocument } from '../../../src/document/model.js';
import { NASTY, NASTY_REMOVED } from '../../fixtures/sample-document.js';
import { parseXml } from '../../support/readers/xml-tree.js';

describe('sanitizeText', () => {
  it.each([
    ['plain 中文 text', 'plain 中文 text', 0],
    [NASTY, 'ABCDEFG', NASTY_REMOVED],
    ['a\tb\nc', 'a\tb\nc', 0],
    ['a\r\nb\rc', 'a\nb\nc', 0],
    ['emoji 😀 ok', 'emoji 😀 ok', 0],
    ['lone low \uDC00 and high \uD83D', 'lone low  and high ', 2],
  ])('%j → %j (%i removed)', (input, text, removed) => {
    expect(sanitizeText(input)).toEqual({ text, removed });
  });
});

/** Strings biased toward the dangerous characters (plain random strings rarely hit them). */
const nastyChar = fc.constantFrom('\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u0000', '\u0001', '\u000B', '\u001F', '\r', '\n', '\t', '&', '<', '>', '"', "'", '中', 'a', '😀');
const nastyString = fc.array(fc.oneof(nastyChar, fc.string({ maxLength: 3 })), { maxLength: 20 }).map((a) => a.join(''));

describe('renderDocx with hostile text', () => {
  it('always produces well-formed XML free of forbidden characters', async () => {
    await fc.assert(
      fc.asyncProperty(nastyString, nastyString, async (a, b) => {
        const doc: ReportDocument = {
          title: a,
          author: b,
          year: 2024,
          blocks: [
            { type: 'title', text: a },
            { type: 'heading', level: 1, text: b },
            { type: 'paragraph', text: `${a}${b}` },
            { type: 'table', title: a, header: [a, b], rows: [[b, a]], note: b },
            { type: 'signature', name: a, date: b },
          ],
        };
        const { buffer } = await renderDocx(doc);
        const files = unzipSync(new Uint8Array(buffer));
        for (const name of ['word/document.xml', 'docProps/core.xml']) {
          const bytes = files[name]!;
          const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          // eslint-disable-next-line no-control-regex -- these characters are what is being looked for
          expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
          expect(() => parseXml(xml)).not.toThrow();
        }
      }),
      { numRuns: 40 },
    );
  });
});
