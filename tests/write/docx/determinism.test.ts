/** The same ReportDocument gives the same bytes; the date comes from opts, SOURCE_DATE_EPOCH or the document. */
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedTime, parseDocumentDate } from '../../../src/write/docx/fixed-time.js';
import { renderDocx } from '../../../src/write/docx/write-docx.js';
import { sampleDocument } from '../../fixtures/sample-document.js';

const coreDates = (buf: Buffer) => {
  const core = new TextDecoder().decode(unzipSync(new Uint8Array(buf))['docProps/core.xml']);
  return [...core.matchAll(/<dcterms:(created|modified)[^>]*>([^<]*)</g)].map((m) => m[2]);
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('determinism', () => {
  it('gives byte-identical output across renders, clock moving on', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', undefined);
    vi.useFakeTimers({ now: new Date('2030-01-01T10:00:00Z') });
    const a = await renderDocx(sampleDocument);
    vi.setSystemTime(new Date('2031-06-15T23:59:59Z'));
    const b = await renderDocx(sampleDocument);
    expect(Buffer.compare(a.buffer, b.buffer)).toBe(0);
    // No SOURCE_DATE_EPOCH and no opts.date: the signature's date.
    expect(coreDates(a.buffer)).toEqual(['2024-12-20T00:00:00Z', '2024-12-20T00:00:00Z']);
  });

  it('writes fixed zip entry times and [Content_Types].xml first', async () => {
    const { buffer } = await renderDocx(sampleDocument, { date: new Date('2024-12-20T00:00:00Z') });
    // Local file headers: signature PK\3\4, mod time at +10, mod date at +12, name at +30.
    const entries: { name: string; time: number; date: number }[] = [];
    for (let i = buffer.indexOf('PK\u0003\u0004'); i >= 0; i = buffer.indexOf('PK\u0003\u0004', i + 4)) {
      const nameLen = buffer.readUInt16LE(i + 26);
      entries.push({
        name: buffer.subarray(i + 30, i + 30 + nameLen).toString('utf8'),
        time: buffer.readUInt16LE(i + 10),
        date: buffer.readUInt16LE(i + 12),
      });
    }
    expect(entries[0]?.name).toBe('[Content_Types].xml');
    const dosDate = ((2024 - 1980) << 9) | (12 << 5) | 20;
    for (const e of entries) expect(e).toMatchObject({ time: 0, date: dosDate });
  });

  it('honours SOURCE_DATE_EPOCH, and opts.date over it', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const fromEnv = await renderDocx(sampleDocument);
    expect(coreDates(fromEnv.buffer)[0]).toBe('2023-11-14T22:13:20Z');
    const again = await renderDocx(sampleDocument);
    expect(Buffer.compare(fromEnv.buffer, again.buffer)).toBe(0);
    const explicit = await renderDocx(sampleDocument, { date: new Date('2025-01-02T03:04:05Z') });
    expect(coreDates(explicit.buffer)[0]).toBe('2025-01-02T03:04:05Z');
  });

  it('falls back to 31 December of the report year without a signature', () => {
    const doc = { ...sampleDocument, blocks: sampleDocument.blocks.filter((b) => b.type !== 'signature') };
    expect(fixedTime(doc, undefined, {}).toISOString()).toBe('2024-12-31T00:00:00.000Z');
  });

  it.each([
    ['2024年12月20日', '2024-12-20'],
    ['2024-1-5', '2024-01-05'],
    ['2023年2月29日', undefined],
    ['十二月', undefined],
  ])('parses the document date %s', (text, iso) => {
    expect(parseDocumentDate(text)?.toISOString().slice(0, 10)).toBe(iso);
  });
});
