/**
 * The smallest XML writer the package needs: elements as strings, built by
 * concatenation. Every part of the .docx is a handful of fixed shapes (a
 * paragraph, a run, a cell …), each written by a typed function in its own
 * file; this one only knows how XML is spelled.
 *
 * Text goes through `text()` and attribute values through `attr()`, which
 * escape what XML 1.0 requires. What may appear in the text at all (no
 * U+FFFE, no lone surrogates, no C0 controls) is sanitize-text.ts's job,
 * done before the text gets here.
 */

/** The XML declaration every part starts with (standalone: no external DTD). */
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The namespaces the parts use, by their usual prefixes. */
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  ep: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
} as const;

/** An attribute's value: undefined leaves the attribute out. */
export type AttrValue = string | number | boolean | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;

/** Element text: & < > escaped (the common case, nothing to escape, costs one test). */
export function text(s: string): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: & < > " escaped. */
export function attr(s: string): string {
  if (!ATTR_SPECIAL.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attributes(attrs: Attrs | undefined): string {
  let out = '';
  if (attrs === undefined) return out;
  for (const name in attrs) {
    const v = attrs[name];
    if (v !== undefined) out += ` ${name}="${typeof v === 'string' ? attr(v) : String(v)}"`;
  }
  return out;
}

/**
 * `<name attrs>inner</name>`, or `<name attrs/>` when there is no inner XML.
 * `inner` is XML already (children written by their own functions, or
 * `text()` of a string).
 */
export function el(name: string, attrs?: Attrs, inner = ''): string {
  const a = attributes(attrs);
  return inner === '' ? `<${name}${a}/>` : `<${name}${a}>${inner}</${name}>`;
}

/** `<w:name w:val="…"/>`, the shape of most WordprocessingML properties; nothing for undefined. */
export function val(name: string, value: AttrValue): string {
  return value === undefined ? '' : `<${name} w:val="${typeof value === 'string' ? attr(value) : String(value)}"/>`;
}

/** An on/off property (CT_OnOff): `<w:name/>` for true, `<w:name w:val="false"/>` for false, nothing for undefined. */
export function onOff(name: string, value: boolean | undefined): string {
  if (value === undefined) return '';
  return value ? `<${name}/>` : `<${name} w:val="false"/>`;
}
