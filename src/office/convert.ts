/**
 * `summary convert`: a ledger → the equivalent YAML file, or a YAML file → a
 * ledger. Only data that validates is converted, so what is written is a year
 * the tool would build; the round trip over every example is tested
 * (tests/ledger/convert.test.ts).
 */
import { stringify } from 'yaml';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { loadYear } from './read-year.js';
import { failed, ok, type Result } from '../result.js';
import { validateYear } from '../validate/validate-year.js';
import { isLedgerFile } from '../ledger/load-ledger.js';
import { saveLedger } from '../ledger/save-ledger.js';
import { writeWhole } from '../write/output-file.js';

export interface ConvertOptions {
  force?: boolean;
}

/** The target of a conversion when none is given: the same name with the other extension. */
/** Only .xlsx is written (an .xls named target would hold .xlsx bytes). */
const writesWorkbook = (target: string): boolean => /\.xlsx$/i.test(target);

export const defaultTarget = (input: string): string => input.replace(/\.(xlsx|xlsm|ya?ml)$/i, '') + (isLedgerFile(input) ? '.yaml' : '.xlsx');

/**
 * `input` and `output` are read and written as given (relative to the process's folder when relative);
 * the value is the file written, absent when nothing was.
 */
export async function convertFile(input: string, output: string | undefined, opts: ConvertOptions = {}): Promise<Result<string>> {
  const target = output ?? defaultTarget(input);
  const validated = validateYear(await loadYear(input));
  const diagnostics = [...validated.diagnostics];
  if (!validated.value || hasErrors(diagnostics)) return failed(diagnostics);
  // The parsed data, not the input's text: what the schema read is what is written.
  const data = validated.value as unknown as Record<string, unknown>;
  if (writesWorkbook(target)) {
    const saved = await saveLedger(target, data, { force: opts.force === true });
    return saved.value !== undefined ? ok(saved.value, diagnostics) : failed([...diagnostics, ...saved.diagnostics]);
  }
  const text = stringify(data, { lineWidth: 0 });
  const written = await writeWhole(target, text, opts.force === true);
  return written.value !== undefined ? ok(written.value, diagnostics) : failed([...diagnostics, ...written.diagnostics]);
}
