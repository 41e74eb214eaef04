// Regenerate docs/diagnostics.md from the catalogue: npm run build && node scripts/diagnostics-doc.mjs
import { writeFileSync } from 'node:fs';
import { catalogueMarkdown } from '../dist/diagnostics/catalogue-doc.js';

writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), catalogueMarkdown());
