/**
 * The .docx's zip, written once with Node's own zlib (PKWARE APPNOTE 4.3:
 * local headers and data, the central directory, its end record), so that the
 * same parts always give the same bytes: one fixed entry time, a fixed entry
 * order, deflate level 6.
 *
 * Parts that are the same for every office (styles, settings, theme, font
 * table, footers for one font set) are deflated once per process: compressed
 * entries are kept by their content, so a batch deflates only each office's
 * document.xml, core.xml and app.xml.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** Zip packages open with [Content_Types].xml first by convention; then the rest by name. */
export function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
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

function deflatePart(xml: string, keep: boolean): Deflated {
  const key = keep ? xml : undefined;
  const cached = key === undefined ? undefined : deflated.get(key);
  if (cached) return cached;
  const bytes = Buffer.from(xml, 'utf8');
  const entry = { crc: crc32(bytes), size: bytes.length, data: deflateRawSync(bytes, { level: 6 }) };
  if (key !== undefined) {
    if (deflated.size >= CACHE_LIMIT) deflated.delete(deflated.keys().next().value as string);
    deflated.set(key, entry);
  }
  return entry;
}

/** One part to zip: its name in the package, its XML, and whether it is the same for many documents (worth keeping compressed). */
export interface ZipPart {
  name: string;
  xml: string;
  shared: boolean;
}

export function zipParts(parts: readonly ZipPart[], time: Date): Buffer {
  const when = dosDateTime(time);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const sorted = [...parts].sort((a, b) => entryOrder(a.name, b.name));
  for (const part of sorted) {
    const entry = deflatePart(part.xml, part.shared);
    const fileName = Buffer.from(part.name, 'utf8');
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
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
