/**
 * Make docx's package byte-identical across runs. docx 9.15 zips with a
 * bundled fflate and stamps every entry with Date.now(), and core.xml carries
 * the current time. We unzip its output, put the fixed time into core.xml,
 * and zip again with fflate: one fixed entry time, a stable entry order, the
 * same compression level.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { w3cdtf } from './fixed-time.js';

/** Zip packages open with [Content_Types].xml first by convention; then the rest by name. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Zip entry times are DOS local time, and fflate reads a Date's local fields:
 * build a Date whose local fields are the UTC fields of `time`, so the bytes
 * don't depend on the machine's time zone. DOS times start in 1980.
 */
function dosTime(time: Date): Date {
  const year = Math.min(2099, Math.max(1980, time.getUTCFullYear()));
  return new Date(year, time.getUTCMonth(), time.getUTCDate(), time.getUTCHours(), time.getUTCMinutes(), time.getUTCSeconds());
}

function fixCoreTimes(xml: string, stamp: string): string {
  return xml
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

export function stabilisePackage(packed: Uint8Array, time: Date): Buffer {
  const files = unzipSync(packed);
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(fixCoreTimes(strFromU8(core), w3cdtf(time)));
  const mtime = dosTime(time);
  const ordered: Zippable = {};
  for (const name of Object.keys(files).sort(entryOrder)) {
    const data = files[name];
    if (data) ordered[name] = [data, { mtime, level: 6 }];
  }
  return Buffer.from(zipSync(ordered));
}
