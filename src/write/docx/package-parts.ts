/**
 * The package's own parts (Open Packaging Conventions, ECMA-376 Part 2):
 * [Content_Types].xml, which says what each part is, and the relationship
 * parts (_rels/.rels, word/_rels/document.xml.rels), which say how parts
 * refer to each other.
 */
import { DECLARATION, el, NS } from './xml.js';

const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** Relationship types, by what the target is. */
export const REL = {
  officeDocument: `${OFFICE}/officeDocument`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: `${OFFICE}/extended-properties`,
  styles: `${OFFICE}/styles`,
  settings: `${OFFICE}/settings`,
  fontTable: `${OFFICE}/fontTable`,
  theme: `${OFFICE}/theme`,
  footer: `${OFFICE}/footer`,
} as const;

/** Content types, by part. */
export const CONTENT_TYPE = {
  document: `${WML}.document.main+xml`,
  styles: `${WML}.styles+xml`,
  settings: `${WML}.settings+xml`,
  fontTable: `${WML}.fontTable+xml`,
  footer: `${WML}.footer+xml`,
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationshipsXml(rels: readonly Relationship[]): string {
  const inner = rels.map((r) => el('Relationship', { Id: r.id, Type: r.type, Target: r.target })).join('');
  return DECLARATION + el('Relationships', { xmlns: NS.rels }, inner);
}

/** `overrides`: part name (from the package root, with its leading /) → content type. */
export function contentTypesXml(overrides: readonly [string, string][]): string {
  const defaults =
    el('Default', { Extension: 'rels', ContentType: 'application/vnd.openxmlformats-package.relationships+xml' }) +
    el('Default', { Extension: 'xml', ContentType: 'application/xml' });
  const inner = defaults + overrides.map(([part, type]) => el('Override', { PartName: part, ContentType: type })).join('');
  return DECLARATION + el('Types', { xmlns: NS.types }, inner);
}
