/**
 * The hand-written WordprocessingML writer (src/write/docx) against the
 * docx-library writer it replaced (kept for this comparison in
 * tests/support/legacy-docx, run with docx 9.15): every part of every
 * document, parsed and compared as XML trees, not bytes.
 *
 * Documents: every example, a --previous build, the examples' roll-up (with
 * a failed office and last year's numbers), the sample document with other
 * fonts, and generated years (tests/support/arbitraries.ts, nasty strings
 * included).
 *
 * The differences kept are listed below, each with its reason; everything
 * else must be equal.
 */
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../src/document/model.js';
import { buildModel } from '../../../src/model/build-model.js';
import { prepareOffice } from '../../../src/office/prepare.js';
import { renderOffice } from '../../../src/office/render.js';
import { resultOf } from '../../../src/office/result.js';
import type { OfficeBuildResult } from '../../../src/office/types.js';
import { renderReport } from '../../../src/render/render-report.js';
import { rollupDocument } from '../../../src/rollup/rollup-document.js';
import { YearSchema } from '../../../src/schema/year.js';
import { renderDocx } from '../../../src/write/docx/write-docx.js';
import { sampleDocument } from '../../fixtures/sample-document.js';
import { yearRecord } from '../../support/arbitraries.js';
import { EXAMPLES_DIR, exampleNames } from '../../support/example-data.js';
import { renderDocx as legacyRenderDocx } from '../../support/legacy-docx/write-docx.js';
import { findAll, parseXml, type XmlElement } from '../../support/readers/xml-tree.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

// ---------------------------------------------------------------- the differences kept, and why

/** Parts the docx library wrote that the document never used. */
const DROPPED_PARTS = new Set([
  // No list, footnote or endnote is ever written: numbering and notes parts were docx's boilerplate.
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/endnotes.xml',
  // An empty custom-properties part.
  'docProps/custom.xml',
  // Empty relationship parts of parts that refer to nothing.
  'word/_rels/endnotes.xml.rels',
  'word/_rels/fontTable.xml.rels',
  'word/_rels/footer1.xml.rels',
  'word/_rels/footer2.xml.rels',
  'word/_rels/footnotes.xml.rels',
]);

/** docx's default styles that no paragraph, run or style of ours refers to (the notes' styles went with the notes). */
const DROPPED_STYLES = new Set([
  'Heading5', 'Heading6', 'Strong', 'ListParagraph', 'Caption', 'Bibliography',
  ...Array.from({ length: 9 }, (_, i) => `TOC${i + 1}`),
  'Hyperlink', 'FootnoteReference', 'FootnoteText', 'FootnoteTextChar', 'EndnoteReference', 'EndnoteText', 'EndnoteTextChar', 'LineNumber',
]);

/**
 * Namespace declarations and mc:Ignorable: the new writer declares only the
 * namespaces a part uses (element and attribute names, prefixes included, are
 * still compared).
 */
const isDeclaration = (name: string) => name === 'xmlns' || name.startsWith('xmlns:') || name === 'mc:Ignorable';

function normalise(el: XmlElement, part: string, legacy: boolean): XmlElement {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(el.attrs)) {
    if (isDeclaration(k)) continue;
    // CT_OnOff / xsd:boolean: docx spelt w:default as "true" on one style and "1" on another; the new writer always "1".
    attrs[k] = k === 'w:default' && v === 'true' ? '1' : v;
  }
  let children = el.children.map((c) => normalise(c, part, legacy));
  if (legacy) {
    // Table cells said “not bold” on every run (<w:b w:val="false"/>): the cell style is not bold, so nothing is said.
    children = children.filter((c) => !(c.name === 'w:rPr' && c.children.every((p) => (p.name === 'w:b' || p.name === 'w:bCs') && p.attrs['w:val'] === 'false')));
    // Footer runs carried <w:lang> each: the page-number style already carries zh-CN (as body runs never had their own).
    if (part.startsWith('word/footer') && el.name === 'w:r') children = children.filter((c) => c.name !== 'w:rPr');
    if (el.name === 'w:styles') children = children.filter((c) => !(c.name === 'w:style' && DROPPED_STYLES.has(c.attrs['w:styleId'] ?? '')));
  }
  return { name: el.name, attrs, children, text: el.text };
}

// ---------------------------------------------------------------- comparing packages

interface Package {
  parts: Record<string, string>;
}

function unzip(buffer: Buffer): Package {
  const files = unzipSync(new Uint8Array(buffer));
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) parts[name] = new TextDecoder().decode(data);
  return { parts };
}

const xml = (p: Package, name: string) => parseXml(p.parts[name] ?? '<missing/>');

/** Relationships as Type → Target pairs (ids are arbitrary labels), and an id → target map. */
function relationships(p: Package, name: string): { pairs: string[]; target: Map<string, string> } {
  const rels = findAll(xml(p, name), 'Relationship');
  const target = new Map(rels.map((r) => [r.attrs.Id ?? '', r.attrs.Target ?? '']));
  return { pairs: rels.map((r) => `${r.attrs.Type} → ${r.attrs.Target}`).sort(), target };
}

/** The main document with each r:id replaced by the part it names, so renumbered ids compare equal. */
function resolveIds(el: XmlElement, target: Map<string, string>): XmlElement {
  const attrs = { ...el.attrs };
  if (attrs['r:id'] !== undefined) attrs['r:id'] = target.get(attrs['r:id']) ?? `unknown ${attrs['r:id']}`;
  return { ...el, attrs, children: el.children.map((c) => resolveIds(c, target)) };
}

/** Content types as part → type, Defaults as extension → type. */
function contentTypes(p: Package): Record<string, string> {
  const types = xml(p, '[Content_Types].xml');
  const out: Record<string, string> = {};
  for (const o of findAll(types, 'Override')) out[o.attrs.PartName ?? ''] = o.attrs.ContentType ?? '';
  for (const d of findAll(types, 'Default')) out[`*.${d.attrs.Extension}`] = d.attrs.ContentType ?? '';
  return out;
}

/** The differences between the two writers' packages for one document, beyond those listed above. */
function compare(oldPkg: Package, newPkg: Package): void {
  const oldNames = Object.keys(oldPkg.parts).filter((n) => !DROPPED_PARTS.has(n)).sort();
  expect(Object.keys(newPkg.parts).sort()).toEqual(oldNames);

  // Package relationships and content types: the same, less the dropped parts' (and the image types: no image is ever written).
  expect(relationships(newPkg, '_rels/.rels').pairs).toEqual(relationships(oldPkg, '_rels/.rels').pairs.filter((r) => !r.includes('custom-properties')));
  const droppedTarget = (r: string) => /numbering|footnotes|endnotes/.test(r);
  const oldDocRels = relationships(oldPkg, 'word/_rels/document.xml.rels');
  const newDocRels = relationships(newPkg, 'word/_rels/document.xml.rels');
  expect(newDocRels.pairs).toEqual(oldDocRels.pairs.filter((r) => !droppedTarget(r)));
  const oldTypes = contentTypes(oldPkg);
  const expectedTypes = Object.fromEntries(
    Object.entries(oldTypes).filter(([k]) => !DROPPED_PARTS.has(k.slice(1)) && !['*.png', '*.jpeg', '*.jpg', '*.bmp', '*.gif', '*.svg', '*.odttf'].includes(k)),
  );
  expect(contentTypes(newPkg)).toEqual(expectedTypes);

  for (const name of oldNames) {
    if (name.endsWith('.rels') || name === '[Content_Types].xml') continue;
    if (name === 'word/theme/theme1.xml') {
      // The theme is trimmed to what DrawingML's schema requires (nothing takes a font or colour from it):
      // its colour scheme is compared; its format scheme and the fonts of scripts other than Chinese are not.
      const scheme = (p: Package) => normalise(findAll(xml(p, name), 'a:clrScheme')[0]!, name, false);
      expect(scheme(newPkg), name).toEqual(scheme(oldPkg));
      continue;
    }
    let before = normalise(xml(oldPkg, name), name, true);
    let after = normalise(xml(newPkg, name), name, false);
    if (name === 'word/document.xml') {
      before = resolveIds(before, oldDocRels.target);
      after = resolveIds(after, newDocRels.target);
    }
    expect(after, name).toEqual(before);
  }
}

async function both(doc: ReportDocument, opts = {}): Promise<{ removed: [number, number] }> {
  const [oldOut, newOut] = [await legacyRenderDocx(doc, opts), await renderDocx(doc, opts)];
  compare(unzip(oldOut.buffer), unzip(newOut.buffer));
  return { removed: [oldOut.removedCharacters, newOut.removedCharacters] };
}

// ---------------------------------------------------------------- the documents

async function prepared(file: string, previous?: string): Promise<{ doc: ReportDocument; result: OfficeBuildResult }> {
  const input = path.resolve(ROOT, file);
  const p = await prepareOffice(input, { cwd: ROOT, ...(previous !== undefined && { previous: path.resolve(ROOT, previous) }) });
  const result = resultOf(input, p);
  if (!p.value) return { doc: undefined as unknown as ReportDocument, result };
  const rendered = renderOffice(p.value);
  expect(rendered.value, file).toBeDefined();
  return { doc: rendered.value!.document, result: { ...result, status: 'built' } };
}

let examples: { name: string; doc: ReportDocument; result: OfficeBuildResult }[];

beforeAll(async () => {
  examples = [];
  for (const name of exampleNames()) examples.push({ name, ...(await prepared(path.join(EXAMPLES_DIR, `${name}.yaml`))) });
});

describe('the new writer writes the same WordprocessingML as the docx-library writer', () => {
  it('for every example', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const { name, doc } of examples) {
      const { removed } = await both(doc);
      expect(removed[1], name).toBe(removed[0]);
    }
  });

  it('for a --previous build', async () => {
    const { doc } = await prepared('tests/fixtures/previous/qingshi-2022.yaml', 'examples/qingshi-2021.yaml');
    expect(doc.blocks.some((b) => b.type === 'table' && b.header.some((h) => h.includes('上年')))).toBe(true);
    await both(doc);
  });

  it('for the roll-up (a failed office, last year compared, another font set)', async () => {
    const failed = resultOf(path.join(ROOT, 'examples/invalid/missing-field.yaml'), await prepareOffice(path.join(ROOT, 'examples/invalid/missing-field.yaml'), { cwd: ROOT }));
    expect(failed.status).toBe('invalid');
    const results = [...examples.map((e) => e.result), failed];
    const previous = new Map(examples.flatMap((e) => (e.result.office && e.result.numbers ? [[e.result.office, e.result.numbers] as const] : [])));
    const doc = rollupDocument(results, { year: 2021, county: '青石县', previous, superior: '青石县政协办公室', date: new Date(Date.UTC(2022, 0, 10)) });
    expect(doc.blocks.some((b) => b.type === 'table')).toBe(true);
    await both(doc);
    await both(doc, { fonts: { title: '宋体', body: '仿宋', heading2: '楷体' }, date: new Date(Date.UTC(2022, 0, 10)) });
  });

  it('for the sample document (line breaks, markup and removed characters, several attachments)', async () => {
    const { removed } = await both(sampleDocument);
    // The legacy writer counted the author's removed characters twice (creator and lastModifiedBy); the sample's author is clean.
    expect(removed[1]).toBe(removed[0]);
    const two = { ...sampleDocument, blocks: [...sampleDocument.blocks, { type: 'attachmentNote' as const, titles: ['统计表', '名单'] }, { type: 'pageBreak' as const }] };
    await both(two);
  });

  it('for generated years, nasty strings included', async () => {
    const years = fc.sample(yearRecord, { numRuns: 40, seed: 20261205 });
    let compared = 0;
    for (const raw of years) {
      const rendered = renderReport(buildModel(YearSchema.parse(raw)));
      if (!rendered.value) continue;
      await both(rendered.value);
      compared += 1;
    }
    expect(compared).toBe(40);
  });
});
