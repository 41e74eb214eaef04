/**
 * docx's document → the .docx bytes, zipped once. docx's Packer zips with
 * Date.now() entry times, and core.xml carries the current time, so the
 * writer used to unzip the Packer's output and zip it again for stable bytes.
 * Now the parts are taken from docx's compiler before any zipping, finished
 * here (the fixed time in core.xml, w:pPr/w:rPr children in schema order:
 * schema-order.ts) and zipped once: fixed entry times, a fixed entry order,
 * Node's own zlib.
 *
 * The parts that are the same for every office (styles, numbering, settings,
 * theme, font table, footers for one font set) are deflated once per process:
 * compressed entries are kept by their content, so a batch deflates only each
 * office's document.xml and core.xml.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { Packer, type Document } from 'docx';
import { w3cdtf } from './fixed-time.js';
import { orderProperties } from './schema-order.js';

/** The compiler docx's Packer keeps (docx 9.15: a static `compiler` with `compile(file, prettify, overrides)`). */
interface DocxCompiler {
  compile(file: Document, prettify?: unknown, overrides?: readonly unknown[]): Map<string, string | Uint8Array>;
}

function docxCompiler(): DocxCompiler {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (!compiler || typeof compiler.compile !== 'function') {
    // A docx release that moved it: fail loudly in the tests rather than write a file some other way.
    throw new Error('docx 的 Packer 不再提供 compiler.compile，无法生成 .docx（请检查 docx 的版本）');
  }
  return compiler as DocxCompiler;
}

/** Zip packages open with [Content_Types].xml first by convention; then the rest by name. */
export function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function fixCoreTimes(xml: string, stamp: string): string {
  return xml
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

/**
 * Zip entry times are DOS local time: written from the UTC fields of `time`,
 * so the bytes don't depend on the machine's time zone. DOS times start in 1980.
 */
export function dosDateTime(time: Date): { date: number; time: number } {
  const year = Math.min(2099, Math.max(1980, time.getUTCFullYear()));
  return {
    date: ((year - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate(),
    time: (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | (time.getUTCSeconds() >> 1),
  };
}

interface Deflated {
  crc: number;
  size: number;
  data: Buffer;
}

/** Compressed parts by content; bounded so that a long run with many font sets cannot grow without limit. */
const deflated = new Map<string, Deflated>();
const CACHE_LIMIT = 64;
/** Parts that change with every office are not worth keeping. */
const PER_OFFICE = new Set(['word/document.xml', 'docProps/core.xml']);

function deflatePart(name: string, bytes: Buffer, key: string | undefined): Deflated {
  const cached = key === undefined ? undefined : deflated.get(key);
  if (cached) return cached;
  const entry = { crc: crc32(bytes), size: bytes.length, data: deflateRawSync(bytes, { level: 6 }) };
  if (key !== undefined && !PER_OFFICE.has(name)) {
    if (deflated.size >= CACHE_LIMIT) deflated.delete(deflated.keys().next().value as string);
    deflated.set(key, entry);
  }
  return entry;
}

/** A zip file (PKWARE APPNOTE 4.3): local headers and data, the central directory, its end record. */
function zip(entries: readonly { name: string; entry: Deflated }[], when: { date: number; time: number }): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, entry } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(when.time, 10);
    local.writeUInt16LE(when.date, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    local.copy(dir, 6, 4, 30); // version needed … name length: the same fields
    dir.writeUInt16LE(0, 32); // comment length
    dir.writeUInt16LE(0, 34); // disk
    dir.writeUInt16LE(0, 36); // internal attributes
    dir.writeUInt32LE(0, 38); // external attributes
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, fileName, entry.data);
    central.push(dir, fileName);
    offset += local.length + fileName.length + entry.data.length;
  }
  const dirSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/** The finished parts, by path, before zipping: XML as text, anything else as bytes. */
export function packageParts(document: Document, time: Date): Map<string, string | Uint8Array> {
  const out = new Map<string, string | Uint8Array>();
  const stamp = w3cdtf(time);
  for (const [name, data] of docxCompiler().compile(document)) {
    if (typeof data !== 'string') out.set(name, data);
    else if (name === 'docProps/core.xml') out.set(name, fixCoreTimes(data, stamp));
    else out.set(name, name.startsWith('word/') && name.endsWith('.xml') ? orderProperties(data) : data);
  }
  return out;
}

export function packDocx(document: Document, time: Date): Buffer {
  const parts = packageParts(document, time);
  const entries = [...parts.keys()].sort(entryOrder).map((name) => {
    const data = parts.get(name) as string | Uint8Array;
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    // The content is the key: the same styles.xml deflates once however many offices share it.
    const key = typeof data === 'string' ? `${name}\u0000${data}` : undefined;
    return { name, entry: deflatePart(name, bytes, key) };
  });
  return zip(entries, dosDateTime(time));
}
