/**
 * `summary convert`: a ledger → the equivalent YAML file, or a YAML file → a
 * ledger. Only data that validates is converted, so what is written is a year
 * the tool would build; the round trip over every example is tested
 * (tests/ledger/convert.test.ts).
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { diagnostic, wholeFile } from '../diagnostics/catalogue.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadYear } from '../load/load-year.js';
import { validateYear } from '../validate/validate-year.js';
import { writeFileAtomic } from '../write/output-file.js';
import { isLedgerFile } from './load-ledger.js';
import { saveLedger } from './save-ledger.js';

export interface ConvertOptions {
  cwd: string;
  force?: boolean;
}

export interface Converted {
  /** The file written, as shown; undefined when nothing was written. */
  written?: string;
  diagnostics: Diagnostic[];
}

/** The target of a conversion when none is given: the same name with the other extension. */
export const defaultTarget = (input: string): string => input.replace(/\.(xlsx|ya?ml)$/i, '') + (isLedgerFile(input) ? '.yaml' : '.xlsx');

export async function convertFile(input: string, output: string | undefined, opts: ConvertOptions): Promise<Converted> {
  const target = path.resolve(opts.cwd, output ?? defaultTarget(input));
  const shown = path.relative(opts.cwd, target) || target;
  const loaded = await loadYear(path.resolve(opts.cwd, input), { cwd: opts.cwd });
  const validated = validateYear(loaded);
  const diagnostics = [...validated.diagnostics];
  if (!validated.value || hasErrors(diagnostics)) return { diagnostics };
  // The parsed data, not the input's text: what the schema read is what is written.
  const data = validated.value as unknown as Record<string, unknown>;
  if (isLedgerFile(target)) {
    const failed = await saveLedger(target, shown, data, { force: opts.force === true });
    return failed.length > 0 ? { diagnostics: [...diagnostics, ...failed] } : { written: shown, diagnostics };
  }
  const text = stringify(data, { lineWidth: 0 });
  const result = await writeFileAtomic(target, text, { force: opts.force === true });
  if (result.ok) return { written: shown, diagnostics };
  const at = wholeFile(shown);
  const code = result.reason === 'exists' ? 'OUTPUT_EXISTS' : result.reason === 'busy' ? 'OUTPUT_BUSY' : 'OUTPUT_WRITE_FAILED';
  return { diagnostics: [...diagnostics, diagnostic(code, { target: shown, reason: result.message }, at)] };
}
