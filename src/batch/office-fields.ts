/**
 * The office's short name and township, for the `{short}` and `{township}`
 * fields of a file-name pattern: OfficeBuildResult carries only the full name.
 * Read after the office's data has validated, with the same guarded reader and
 * parser as the loader, so a hostile file never gets this far.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readSource } from '../load/read-source.js';
import { parseYaml } from '../load/parse-yaml.js';

export interface OfficeFields {
  short?: string;
  township?: string;
}

export async function readOfficeFields(input: string, isFolder: boolean): Promise<OfficeFields> {
  const files = isFolder
    ? (await readdir(input).catch(() => []))
        .filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.'))
        .sort()
        .map((n) => path.join(input, n))
    : [input];
  for (const file of files) {
    const text = await readSource(file, file);
    if (text.value === undefined) continue;
    const data = parseYaml(text.value, file).value;
    const office = isRecord(data) ? data['office'] : undefined;
    if (!isRecord(office)) continue;
    const out: OfficeFields = {};
    if (typeof office['shortName'] === 'string') out.short = office['shortName'].trim();
    if (typeof office['township'] === 'string') out.township = office['township'].trim();
    return out;
  }
  return {};
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
