/**
 * Mutation fuzz of ledger workbooks through `check` (issue 22): the examples
 * as ledgers, changed at the zip level — names with “/”, “./” or “\”, a local
 * header naming another part than the central directory, parts reachable
 * only through the central directory or only through local headers, copies
 * under names equal once normalised, truncation, flipped bytes — and at the
 * cell level — a cell emptied (a blank drop-down), text from the data's worst
 * payloads, rows, cells and strings past the bounds. Every case ends in
 * diagnostics within a bounded time, nothing leaked (tests/support/fuzz.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerWorkbook, workbookBytes } from '../../src/ledger/write-workbook.js';
import { loadYear } from '../../src/office/read-year.js';
import { validateYear } from '../../src/validate/validate-year.js';
import { exampleNames, loadExample } from '../support/example-data.js';
import { countCase, expectSound, FUZZ_SEED, fuzzRuns } from '../support/fuzz.js';
import { craftZip, type CraftEntry } from '../support/zip-craft.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fuzz-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A sheet without its empty pre-formatted rows (a ledger ships thousands for the
 * year to fill): the same workbook to the reader, read in a fraction of the time,
 * so the fuzz spends its time on the mutations.
 */
const withoutEmptyRows = (xml: string): string => xml.replace(/<row [^>]*?(?:\/>|>(?:(?!<\/row>)[\s\S])*?<\/row>)/g, (row) => (/<(?:v|is|f)>/.test(row) ? row : ''));

/** Each example as a ledger, by its parts. */
let bases: Map<string, Uint8Array>[] = [];
beforeAll(async () => {
  const all = await Promise.all(exampleNames().map(async (n) => unzipSync(await workbookBytes(ledgerWorkbook(loadExample(n) as unknown as Record<string, unknown>)))));
  bases = all.map((parts) => new Map(Object.entries(parts).map(([name, data]) => [name, /^xl\/worksheets\//.test(name) ? strToU8(withoutEmptyRows(strFromU8(data))) : data])));
});

const PAYLOADS = ['x\n::error file=README.md::伪造', '\u001b[2J', '\u202Ecod', '\u2028', '&lt;w:p&gt;', 'undefined', '', '  ', '2021-13-45', '十八', '1e400', '#REF!', '党委会'];
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Op =
  | { kind: 'rename'; part: number; how: 'slash' | 'dotSlash' | 'backslash' }
  | { kind: 'copy' | 'hide' | 'onlyLocal' | 'localName'; part: number }
  | { kind: 'truncate' | 'flip'; at: number }
  | { kind: 'emptyCell' | 'cellText'; part: number; at: number; pick: number }
  | { kind: 'rows' | 'cells' | 'strings' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), part: fc.nat(), how: fc.constantFrom('slash' as const, 'dotSlash' as const, 'backslash' as const) }),
  fc.record({ kind: fc.constantFrom('copy' as const, 'hide' as const, 'onlyLocal' as const, 'localName' as const), part: fc.nat() }),
  fc.record({ kind: fc.constantFrom('truncate' as const, 'flip' as const), at: fc.nat() }),
  fc.record({ kind: fc.constantFrom('emptyCell' as const, 'emptyCell' as const, 'cellText' as const, 'cellText' as const), part: fc.nat(), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constantFrom('rows' as const, 'cells' as const, 'strings' as const) }),
);

const sheetsOf = (entries: CraftEntry[]) => entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));

/** One mutation of the entries (zip and cell level); byte-level ones are applied to the zip made from them. */
function mutate(entries: CraftEntry[], o: Op): CraftEntry[] {
  const out = entries.map((e) => ({ ...e }));
  const pick = <T>(list: T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];
  switch (o.kind) {
    case 'rename': {
      const e = pick(out, o.part);
      if (e) e.name = o.how === 'slash' ? `/${e.name}` : o.how === 'dotSlash' ? `./${e.name}` : e.name.replace(/\//g, '\\');
      break;
    }
    case 'copy': {
      const e = pick(out, o.part);
      if (e) out.push({ ...e, name: `/${e.name}` });
      break;
    }
    case 'hide':
    case 'onlyLocal': {
      const e = pick(sheetsOf(out), o.part);
      if (e) e[o.kind === 'hide' ? 'hidden' : 'onlyLocal'] = true;
      break;
    }
    case 'localName': {
      const e = pick(out, o.part);
      if (e) e.localName = 'docProps/other.xml';
      break;
    }
    case 'emptyCell':
    case 'cellText': {
      const e = pick(sheetsOf(out), o.part);
      if (!e) break;
      const xml = strFromU8(e.data);
      const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/g)];
      const c = cells[o.at % Math.max(cells.length, 1)];
      if (!c || c.index === undefined) break;
      const text = PAYLOADS[o.pick % PAYLOADS.length] as string;
      const repl = o.kind === 'emptyCell' ? '' : `<c r="${c[1]}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
      e.data = strToU8(xml.slice(0, c.index) + repl + xml.slice(c.index + c[0].length));
      break;
    }
    case 'rows':
    case 'cells':
    case 'strings': {
      const e = o.kind === 'strings' ? out.find((x) => x.name === 'xl/sharedStrings.xml') : sheetsOf(out)[1];
      if (!e) break;
      const xml = strFromU8(e.data);
      if (o.kind === 'strings') e.data = strToU8(xml.replace('</sst>', `${'<si><t>多</t></si>'.repeat(210_000)}</sst>`));
      else if (o.kind === 'rows') e.data = strToU8(xml.replace('</sheetData>', `${Array.from({ length: 5200 }, (_, i) => `<row r="${i + 100}"/>`).join('')}</sheetData>`));
      else e.data = strToU8(xml.replace('</sheetData>', `<row r="9999">${'<c/>'.repeat(210_000)}</row></sheetData>`));
      break;
    }
  }
  return out;
}

const mutant = fc.record({ base: fc.nat(), ops: fc.array(op, { minLength: 1, maxLength: 2 }) });

let n = 0;
const codesSeen = new Set<string>();

describe('ledger mutations through check', () => {
  it('starts from ledgers that pass check: the mutations, not the bases, make the errors', async () => {
    for (const parts of bases) {
      const file = path.join(dir, `base${n++}.xlsx`);
      writeFileSync(file, craftZip([...parts].map(([name, data]) => ({ name, data }))));
      const checked = validateYear(await loadYear(file));
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('end in diagnostics within a second or two, nothing leaked, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(mutant, async ({ base, ops }) => {
        const parts = bases[base % bases.length] as Map<string, Uint8Array>;
        let entries: CraftEntry[] = [...parts].map(([name, data]) => ({ name, data }));
        for (const o of ops) if (o.kind !== 'truncate' && o.kind !== 'flip') entries = mutate(entries, o);
        let bytes = craftZip(entries);
        for (const o of ops) {
          if (o.kind === 'truncate') bytes = bytes.subarray(0, o.at % bytes.length);
          if (o.kind === 'flip') {
            bytes = Uint8Array.from(bytes);
            const i = o.at % bytes.length;
            bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
          }
        }
        const file = path.join(dir, `l${n++ % 4}.xlsx`);
        writeFileSync(file, bytes);
        const started = performance.now();
        const checked = validateYear(await loadYear(file));
        // The worst case (a bound crossed at its end) is one bounded inflate: well under the 72 s of repro 25.
        expect(performance.now() - started, JSON.stringify(ops)).toBeLessThan(10_000);
        const input = entries.map((e) => strFromU8(e.data, true)).join('\n');
        if (checked.value === undefined) expect(checked.diagnostics.some((d) => d.severity === 'error'), JSON.stringify(ops)).toBe(true);
        expectSound(checked.diagnostics, input, new Map(), JSON.stringify(ops));
        for (const d of checked.diagnostics) codesSeen.add(d.code);
        countCase('ledger → check');
      }),
      { seed: FUZZ_SEED + 2, numRuns: fuzzRuns(200) },
    );
    // The mutations reach every stage: the zip checks, the bounds, the sheets and the schema.
    for (const code of ['LEDGER_UNREADABLE', 'LEDGER_TOO_LARGE', 'MISSING_FIELD']) expect([...codesSeen]).toContain(code);
  });
});
