// Regenerate docs/diagnostics.md from the catalogue and its trigger table: npm run build && node scripts/diagnostics-doc.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { catalogueMarkdown } from '../dist/diagnostics/catalogue-doc.js';

const triggers = parse(readFileSync(new URL('../tests/fixtures/diagnostics/triggers.yaml', import.meta.url), 'utf8'));
writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), catalogueMarkdown(triggers));
