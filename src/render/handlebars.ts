/**
 * Handlebars, loaded when it is needed and no more of it than needed. The
 * full build (parser and compiler, with source-map) is needed only to parse,
 * check and compile templates: the office's own (`--templates`), or the
 * built-in ones when their precompiled form is missing or stale. The
 * built-in templates are precompiled when the package is built
 * (scripts/precompile-templates.mjs), and then the small runtime serves.
 * The full build is CommonJS, loaded by `require` on first use and never
 * bundled (scripts/bundle.mjs); the runtime, which every render needs, is an
 * import, so the bundle holds it and a cold build does not resolve and
 * compile its files one by one.
 */
import { createRequire } from 'node:module';
import runtime from 'handlebars/runtime.js';

type Handlebars = typeof import('handlebars');

const require = createRequire(import.meta.url);
let full: Handlebars | undefined;

export function fullHandlebars(): Handlebars {
  full ??= require('handlebars') as Handlebars;
  return full;
}

/** `create()` and `template()` only: what rendering precompiled templates takes. */
export function runtimeHandlebars(): Handlebars {
  return ((runtime as { default?: Handlebars }).default ?? runtime) as Handlebars;
}
