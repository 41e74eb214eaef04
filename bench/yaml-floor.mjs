// The floor `summary check` is held against: read and yaml.parseDocument every
// file, one thread, nothing else. Usage: node bench/yaml-floor.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
let errors = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
for (const f of files) {
  const doc = parseDocument(readFileSync(path.join(dir, f), 'utf8'));
  errors += doc.errors.length;
}
if (errors > 0) {
  console.error(`${errors} YAML errors in ${dir}`);
  process.exit(1);
}
console.log(JSON.stringify({ files: files.length }));
