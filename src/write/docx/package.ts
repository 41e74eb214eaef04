/**
 * The parts of one .docx and how they refer to each other: the package's
 * content types and relationships, the main document and the parts it uses.
 * Every part is written by its own file (document.ts, styles.ts, settings.ts,
 * footer.ts, font-table.ts, theme.ts, doc-properties.ts); zip.ts zips them once.
 */
import { appXml, coreXml, type CoreProperties } from './doc-properties.js';
import { fontTableXml } from './font-table.js';
import { footerXml } from './footer.js';
import type { Fonts } from './fonts.js';
import { CONTENT_TYPE, contentTypesXml, REL, relationshipsXml, type Relationship } from './package-parts.js';
import { settingsXml } from './settings.js';
import { stylesXml } from './styles.js';
import { themeXml } from './theme.js';
import type { ZipPart } from './zip.js';

/** The main document's relationships: ids the document refers to (document.ts's footer references). */
export const DOCUMENT_RELS = {
  styles: { id: 'rId1', type: REL.styles, target: 'styles.xml' },
  settings: { id: 'rId2', type: REL.settings, target: 'settings.xml' },
  fontTable: { id: 'rId3', type: REL.fontTable, target: 'fontTable.xml' },
  theme: { id: 'rId4', type: REL.theme, target: 'theme/theme1.xml' },
  oddFooter: { id: 'rId5', type: REL.footer, target: 'footer1.xml' },
  evenFooter: { id: 'rId6', type: REL.footer, target: 'footer2.xml' },
} as const satisfies Record<string, Relationship>;

const PACKAGE_RELS: Relationship[] = [
  { id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' },
  { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml' },
  { id: 'rId3', type: REL.extendedProperties, target: 'docProps/app.xml' },
];

const CONTENT_TYPES: [string, string][] = [
  ['/word/document.xml', CONTENT_TYPE.document],
  ['/word/styles.xml', CONTENT_TYPE.styles],
  ['/word/settings.xml', CONTENT_TYPE.settings],
  ['/word/fontTable.xml', CONTENT_TYPE.fontTable],
  ['/word/theme/theme1.xml', CONTENT_TYPE.theme],
  ['/word/footer1.xml', CONTENT_TYPE.footer],
  ['/word/footer2.xml', CONTENT_TYPE.footer],
  ['/docProps/core.xml', CONTENT_TYPE.core],
  ['/docProps/app.xml', CONTENT_TYPE.app],
];

/** The parts that are the same for every document with these fonts, written once per font set. */
const sharedByFonts = new Map<string, ZipPart[]>();

function sharedParts(fonts: Fonts): ZipPart[] {
  const key = JSON.stringify(fonts);
  let parts = sharedByFonts.get(key);
  if (!parts) {
    const shared = (name: string, xml: string): ZipPart => ({ name, xml, shared: true });
    parts = [
      shared('[Content_Types].xml', contentTypesXml(CONTENT_TYPES)),
      shared('_rels/.rels', relationshipsXml(PACKAGE_RELS)),
      shared('word/_rels/document.xml.rels', relationshipsXml(Object.values(DOCUMENT_RELS))),
      shared('word/styles.xml', stylesXml(fonts)),
      shared('word/settings.xml', settingsXml()),
      shared('word/fontTable.xml', fontTableXml(fonts)),
      shared('word/theme/theme1.xml', themeXml()),
      shared('word/footer1.xml', footerXml('odd')),
      shared('word/footer2.xml', footerXml('even')),
    ];
    // A long run with many font sets (a batch file may name fonts per office) keeps a bounded few.
    if (sharedByFonts.size >= 16) sharedByFonts.delete(sharedByFonts.keys().next().value as string);
    sharedByFonts.set(key, parts);
  }
  return parts;
}

/** Every part of the package: the main document's XML given, the properties written from `core`. */
export function packageParts(documentXml: string, core: CoreProperties, fonts: Fonts): ZipPart[] {
  return [
    ...sharedParts(fonts),
    { name: 'word/document.xml', xml: documentXml, shared: false },
    { name: 'docProps/core.xml', xml: coreXml(core), shared: false },
    { name: 'docProps/app.xml', xml: appXml(core.creator), shared: false },
  ];
}
