/**
 * The one shape every stage of the library gives back: what it made, if
 * anything, and every problem it found. A stage never throws for the user's
 * input; it says so here. `value` is absent when nothing usable was made;
 * it may be present beside warnings, and beside errors where a later step
 * still needs it (a year with a rule's error is still named in the table).
 * File paths in the diagnostics are as the caller gave them; making them
 * relative for a reader is the CLI's job (src/cli/display-paths.ts).
 */
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';

export interface Result<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

/** A value, with what was found on the way (warnings, usually). */
export const ok = <T>(value: T, diagnostics: Diagnostic[] = []): Result<T> => ({ value, diagnostics });

/** Nothing usable was made; the diagnostics say why. */
export const failed = <T = never>(diagnostics: Diagnostic[]): Result<T> => ({ diagnostics });

/** The value, when there is one and no diagnostic is an error. */
export const usable = <T>(result: Result<T>): T | undefined => (result.value !== undefined && !hasErrors(result.diagnostics) ? result.value : undefined);

/** A result whose value is always there: a loader's, whose sources code frames need even when it found errors. */
export type Always<T> = Result<T> & { value: T };
