/**
 * Handlebars, loaded when it is needed and no more of it than needed. The
 * full build (parser and compiler, with source-map) is needed only to parse,
 * check and compile templates: the office's own (`--templates`), or the
 * built-in ones when their precompiled form is missing or stale. The
 * built-in templates are precompiled when the package is built
 * (scripts/precompile-templates.mjs), and then the small runtime serves.
 * Both are CommonJS, so `require` loads them synchronously, on first use.
 */
import { createRequire } from 'node:module';

type Handlebars = typeof import('handlebars');

const require = createRequire(import.meta.url);
let full: Handlebars | undefined;
let runtime: Handlebars | undefined;

export function fullHandlebars(): Handlebars {
  full ??= require('handlebars') as Handlebars;
  return full;
}

/** `create()` and `template()` only: what rendering precompiled templates takes. */
export function runtimeHandlebars(): Handlebars {
  runtime ??= ((require('handlebars/runtime') as { default?: Handlebars }).default ?? require('handlebars/runtime')) as Handlebars;
  return runtime;
}
