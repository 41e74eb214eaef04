/**
 * A small XML tree reader for tests, so assertions are made on elements and
 * attributes rather than on strings (house style: assert on the XML tree).
 * Enough for OOXML parts: elements, attributes, text, entities; no DTDs.
 * Well-formedness itself is checked independently by xmllint (readers.ts).
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const token = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml)) !== null) {
    const top = stack[stack.length - 1]!;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[2] !== undefined) {
      const closed = stack.pop();
      if (closed?.name !== m[2]) throw new Error(`mismatched </${m[2]}>`);
    } else if (m[3] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[4] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name: m[3], attrs, children: [], text: '' };
      top.children.push(el);
      if (m[5] !== '/') stack.push(el);
    } else if (m[6] !== undefined) top.text += decode(m[6]);
  }
  if (stack.length !== 1) throw new Error('unclosed elements');
  const doc = root.children[0];
  if (!doc) throw new Error('no root element');
  return doc;
}

/** Every descendant (depth first, document order) named `name`. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function find(el: XmlElement, name: string): XmlElement | undefined {
  return findAll(el, name)[0];
}

/** Direct child named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** All text of an element's w:t descendants, with w:br as \n. */
export function wordText(el: XmlElement): string {
  let s = '';
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.name === 'w:t') s += c.text;
      else if (c.name === 'w:br') s += '\n';
      else walk(c);
    }
  };
  walk(el);
  return s;
}
