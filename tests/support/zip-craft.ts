/**
 * Zips made by hand, the way a hostile workbook is (repro 25): names with a
 * leading “/”, “./” or backslashes, a local header that names another part
 * than the central directory, an entry reachable only through the central
 * directory (hidden inside a stored decoy), or only through its local header.
 * For the zip-bounds tests and the ledger fuzz; a library would refuse to write these.
 */
import { deflateSync } from 'fflate';

export interface CraftEntry {
  name: string;
  data: Uint8Array;
  /** Deflated (default) or stored. */
  deflate?: boolean;
  /** The name in the local header, when it is to differ from the central directory's. */
  localName?: string;
  /** Reached only through the central directory: its local header and data sit inside a stored decoy entry's data. */
  hidden?: boolean;
  /** Written with a local header but left out of the central directory. */
  onlyLocal?: boolean;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function localHeader(name: string, method: number, crc: number, csize: number, usize: number): Buffer {
  const n = Buffer.from(name, 'utf8');
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6);
  h.writeUInt16LE(method, 8);
  h.writeUInt16LE(0x21, 12);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(csize, 18);
  h.writeUInt32LE(usize, 22);
  h.writeUInt16LE(n.length, 26);
  return Buffer.concat([h, n]);
}

function centralHeader(name: string, method: number, crc: number, csize: number, usize: number, offset: number): Buffer {
  const n = Buffer.from(name, 'utf8');
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(method, 10);
  h.writeUInt16LE(0x21, 14);
  h.writeUInt32LE(crc, 16);
  h.writeUInt32LE(csize, 20);
  h.writeUInt32LE(usize, 24);
  h.writeUInt16LE(n.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, n]);
}

export function craftZip(entries: readonly CraftEntry[]): Uint8Array {
  const body: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const put = (b: Buffer) => {
    body.push(b);
    offset += b.length;
  };
  for (const e of entries) {
    const method = e.deflate === false ? 0 : 8;
    const packed = Buffer.from(method === 8 ? deflateSync(e.data) : e.data);
    const crc = crc32(e.data);
    const local = Buffer.concat([localHeader(e.localName ?? e.name, method, crc, packed.length, e.data.length), packed]);
    if (e.hidden) {
      // The decoy's stored data is the hidden entry itself; the central directory points inside it.
      const decoy = localHeader(`${e.name}.decoy`, 0, crc32(local), local.length, local.length);
      const at = offset + decoy.length;
      put(Buffer.concat([decoy, local]));
      central.push(centralHeader(e.name, method, crc, packed.length, e.data.length, at));
      continue;
    }
    const at = offset;
    put(local);
    if (!e.onlyLocal) central.push(centralHeader(e.name, method, crc, packed.length, e.data.length, at));
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...body, cd, end]);
}
