/**
 * The one catalogue of every diagnostic the tool can give: data only, as
 * Astro's errors-data.ts. Each entry has a permanent name (its key), a
 * severity, a Chinese title (what happened), a message (why, with the facts
 * of this case as parameters) and a hint (what to do). Messages are written
 * in the small template language of ./message-text.ts; the code that finds a
 * problem passes parameters (names, numbers, keys of cases), never sentences.
 * Diagnostics are made from these entries by ./create.ts.
 *
 * A name is permanent: once released it keeps its meaning and is never reused
 * or removed, because CI scripts and the docs (docs/diagnostics.md, generated
 * from it by scripts/diagnostics-doc.mjs and held to it by a test)
 * refer to it. A name that is no longer given stays as a deprecated alias,
 * with the name that replaced it.
 */
import { BATCH } from './catalogue/batch.js';
import { LEDGER } from './catalogue/ledger.js';
import { OUTPUT } from './catalogue/output.js';
import { READING } from './catalogue/reading.js';
import { RULES } from './catalogue/rules.js';
import { SCHEMA } from './catalogue/schema.js';
import { TEMPLATES } from './catalogue/templates.js';
import { YAML } from './catalogue/yaml.js';

export type { Entry } from './catalogue/entry.js';
export type * from './catalogue/cases.js';
export type { LedgerBound, LedgerCellContent, LedgerUnreadable } from './catalogue/ledger.js';

/**
 * Every entry, by stage (one file each under ./catalogue/), in the order the
 * pipeline meets them; docs/diagnostics.md lists them in this order. Keep
 * names permanent; never reuse one.
 */
export const CATALOGUE = { ...READING, ...LEDGER, ...YAML, ...SCHEMA, ...RULES, ...TEMPLATES, ...OUTPUT, ...BATCH } as const;

export type CatalogueCode = keyof typeof CATALOGUE;
