/**
 * The built-in templates, precompiled when the package is built
 * (scripts/precompile-templates.mjs writes dist/render/builtin-templates.cjs).
 * Compiling the templates to JavaScript was a third of a cold build; loading
 * their precompiled form takes the Handlebars runtime alone. The module holds
 * a stamp of the sources it was made from; a stale one (templates/ edited
 * since the build) or a missing one (tests run from src/) is ignored, and the
 * templates are parsed, checked and compiled as they are.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinTemplatesDir, listTemplates } from './load-templates.js';

export const PRECOMPILED_FILE = 'builtin-templates.cjs';

export interface PrecompiledTemplate {
  /** Path shown in diagnostics, relative to the package. */
  file: string;
  /** Handlebars.precompile's output, evaluated: what `env.template` takes. */
  spec: unknown;
}

export interface PrecompiledModule {
  stamp: string;
  parts: Record<string, PrecompiledTemplate>;
  partials: Record<string, PrecompiledTemplate>;
  /** The points' templates, by point id. */
  points: Record<string, PrecompiledTemplate>;
}

/** A hash of every built-in template's name and bytes. */
export function builtinStamp(): string {
  const hash = createHash('sha256');
  for (const [name, path] of [...listTemplates(builtinTemplatesDir())].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(`${name}\u0000`).update(readFileSync(path)).update('\u0001');
  }
  return hash.digest('hex');
}

/** The name diagnostics show for a built-in template: `templates/members.hbs`. */
export const builtinShownPath = (path: string): string => relative(builtinTemplatesDir().replace(/[/\\]templates$/, ''), path).split('\\').join('/');

let loaded: PrecompiledModule | null | undefined;

export function loadPrecompiled(): PrecompiledModule | undefined {
  if (loaded !== undefined) return loaded ?? undefined;
  loaded = null;
  const file = fileURLToPath(new URL(`./${PRECOMPILED_FILE}`, import.meta.url));
  if (!existsSync(file)) return undefined;
  const mod = createRequire(import.meta.url)(file) as PrecompiledModule;
  if (mod.stamp === builtinStamp()) loaded = mod;
  return loaded ?? undefined;
}
