/**
 * Diagnostics are made here, from their catalogue entry, and nowhere else: the
 * code that finds a problem gives a code, its parameters and a place; the
 * words all come from the catalogue.
 */
import { CATALOGUE, type Entry } from './catalogue.js';
import type { Diagnostic } from './diagnostic.js';
import { fillMessage, type Params } from './message-text.js';

/**
 * A parameter the code forgot (the types make it hard) shows as ‹name›, as in
 * the docs, rather than as nothing: the trigger test looks for it.
 */
export const MISSING_PARAM = (name: string): string => `‹${name}›`;

type Catalogue = typeof CATALOGUE;

/** Every name in the catalogue, the deprecated ones included (they may still appear in saved output). */
export type DiagnosticCode = keyof Catalogue;

/** The names still given: a deprecated name cannot be passed to `diagnostic()`. */
export type ActiveCode = { [C in DiagnosticCode]: Catalogue[C] extends { deprecated: object } ? never : C }[DiagnosticCode];

export type ParamsOf<C extends DiagnosticCode> = NonNullable<Catalogue[C]['params']>;

/** Where a diagnostic points: the position fields of the Diagnostic itself. */
export type Location = Pick<Diagnostic, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'path' | 'sheet' | 'cell' | 'header'>;

/** A location for a problem that concerns a whole file, not a node in it. */
export const wholeFile = (file: string): Location => ({ file, line: 0, column: 0 });

/** Path parameters as the message quotes them: each shown by `show`, a list as “a”“b”. */
function pathsFilled(e: Entry, params: Params, show: (file: string) => string): Params {
  const out: Record<string, unknown> = { ...params };
  for (const name of e.paths ?? []) {
    const v = params[name];
    if (typeof v === 'string') out[name] = show(v);
    else if (Array.isArray(v)) out[name] = v.map((x) => show(String(x))).join('”“');
  }
  return out;
}

const asGiven = (file: string): string => file;

/** Build a diagnostic from its catalogue entry: the only way diagnostics are made. */
export function diagnostic<C extends ActiveCode>(code: C, params: ParamsOf<C>, location: Location): Diagnostic {
  const e: Entry = CATALOGUE[code];
  const p = pathsFilled(e, params as Params, asGiven);
  const d: Diagnostic = { code, severity: e.severity, message: fillMessage(e.message, p, MISSING_PARAM), file: location.file, line: location.line, column: location.column };
  if (e.hint !== undefined) d.hint = fillMessage(e.hint, p, MISSING_PARAM);
  if (e.paths !== undefined && e.paths.length > 0) d.params = params as Params;
  if (location.endLine !== undefined) d.endLine = location.endLine;
  if (location.endColumn !== undefined) d.endColumn = location.endColumn;
  if (location.path !== undefined) d.path = location.path;
  if (location.sheet !== undefined) d.sheet = location.sheet;
  if (location.cell !== undefined) d.cell = location.cell;
  if (location.header !== undefined) d.header = location.header;
  return d;
}

/**
 * The diagnostic as a reader sees it: its file, and every path its message and
 * hint quote, shown by `show` (the CLI's one way of showing a path).
 */
export function showPathsIn(d: Diagnostic, show: (file: string) => string): Diagnostic {
  const shown: Diagnostic = { ...d, file: show(d.file) };
  const e = (CATALOGUE as Record<string, Entry>)[d.code];
  if (d.params === undefined || e === undefined) return shown;
  const p = pathsFilled(e, d.params, show);
  shown.message = fillMessage(e.message, p, MISSING_PARAM);
  if (e.hint !== undefined) shown.hint = fillMessage(e.hint, p, MISSING_PARAM);
  return shown;
}

/** Title of a code, for formatters (GitHub annotation titles) and the docs. */
export const titleOf = (code: string): string => (CATALOGUE as Record<string, Entry>)[code]?.title ?? code;
