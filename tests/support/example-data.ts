/**
 * Example years for tests: parsed the way the loader does (core schema, then
 * the schema), without its positions and rules, which other tests hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { YearSchema, type YearData } from '../../src/schema/year.js';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'examples');

export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export function loadExample(name: string): YearData {
  const text = readFileSync(join(EXAMPLES_DIR, `${name}.yaml`), 'utf8');
  return YearSchema.parse(parseDocument(text, { schema: 'core' }).toJS());
}
