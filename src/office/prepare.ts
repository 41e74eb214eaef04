/**
 * Stage 1 of an office: read, parse, validate, model. Everything `check`
 * needs, and the front half of every build. Each of the office's files is
 * read once; last year's file (`previous`) is prepared the same way and
 * joined to the model here, so the renderer and the roll-up see one set of
 * numbers. Never throws for the user's input.
 */
import path from 'node:path';
import { diagnostic, type Location } from '../diagnostics/create.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { dataRoot } from '../load/office-files.js';
import { isFailure } from './exit-code.js';
import { loadYear, type ReadYearOptions } from './read-year.js';
import { buildModel } from '../model/build-model.js';
import { yearKeyNumbers, type KeyNumbers } from '../model/key-numbers.js';
import type { YearModel } from '../model/types.js';
import { withPrevious } from '../compare/with-previous.js';
import { SECTION_KEYS, type SectionKey } from '../schema/sections.js';
import type { YearData } from '../schema/year.js';
import { sectionHasContent, sectionOmitted } from '../validate/rules/section-feeds.js';
import { validateYear } from '../validate/validate-year.js';
import { appendAll } from '../util/append-all.js';
import { failed, ok, type Result } from '../result.js';
import type { OfficeStatus } from './types.js';

export interface PrepareOptions extends Omit<ReadYearOptions, 'maxBytes'> {
  /** Folder a relative input (and `previous`) is resolved against; default the process's. Diagnostics name files by the resolved path. */
  cwd?: string;
  /** Last year's file or folder. */
  previous?: string;
  /** Attach the statistics table (`--annex`), as report.statistics: true does. */
  annex?: boolean;
}

/** An office whose data validated: what rendering needs. */
export interface PreparedOffice {
  /** The office as shown: a file, or a merged folder. */
  file: string;
  data: YearData;
  /** The year's facts, last year joined when given. */
  model: YearModel;
  previousNumbers?: KeyNumbers;
  /** Sections the office did not omit but that have nothing to feed them. */
  emptySections: SectionKey[];
  /** Data path → file:line:col, for diagnostics found later (a record no template placed). */
  locate: (at: (string | number)[]) => Location;
}

/**
 * The stage's Result (value present when the office's data, and last year's
 * when given, has no error), with what it learnt on the way: the table, the
 * roll-up and the code frames need these even when the data failed.
 */
export interface Prepared extends Result<PreparedOffice> {
  /** How far it got: `invalid` for data errors, `failed` for a missing input (a usage error). */
  status: OfficeStatus;
  diagnostics: Diagnostic[];
  /** Decoded text of each file read, by shown name: the code frames' source, so nothing is read twice. */
  sources: Map<string, string>;
  /** Files read (shown names). */
  files: string[];
  /** Names from the data, as soon as the schema read them, so even an office with errors is named. */
  office?: string;
  township?: string;
  shortName?: string;
  year?: number;
  /**
   * This year's key numbers once this year's data validated, even when last
   * year's file then failed: the county's totals still count the office.
   */
  numbers?: KeyNumbers;
}

export async function prepareOffice(input: string, opts: PrepareOptions = {}): Promise<Prepared> {
  const cwd = opts.cwd ?? process.cwd();
  const scope = { root: opts.root ?? dataRoot(cwd, path.resolve(cwd, input)), ...(opts.allowOutside && { allowOutside: true }) };
  const load = await loadYear(path.resolve(cwd, input), { ...scope, ...(opts.files && { files: opts.files }) });
  const loaded = load.value;
  const validated = validateYear(load);
  const diagnostics = validated.diagnostics;
  const data = validated.value;
  const out: Prepared = { status: 'invalid', diagnostics, sources: loaded.sources, files: loaded.files };
  if (data) {
    out.office = data.office.name;
    out.township = data.office.township;
    out.shortName = data.office.shortName;
    out.year = data.year;
  } else Object.assign(out, namesWritten(loaded.raw));
  // No input (or one that may not be read) is a usage error (exit 2), as everywhere else.
  if (!data && isFailure(diagnostics)) out.status = 'failed';
  if (!data || hasErrors(diagnostics)) return out;

  let model = buildModel(data);
  if (opts.annex) model = { ...model, report: { ...model.report, statistics: true } };
  out.numbers = model.keyNumbers;
  let previousNumbers: KeyNumbers | undefined;
  if (opts.previous !== undefined) {
    const last = await previousYear(opts.previous, cwd, loaded.file, scope);
    appendAll(diagnostics, last.diagnostics);
    if (!last.value) {
      out.status = isFailure(last.diagnostics) ? 'failed' : 'invalid';
      return out;
    }
    previousNumbers = last.value;
    model = withPrevious(model, previousNumbers);
  }
  out.status = 'built';
  out.value = {
    file: loaded.file,
    data,
    model,
    ...(previousNumbers && { previousNumbers }),
    emptySections: SECTION_KEYS.filter((key) => !sectionOmitted(data, key) && !sectionHasContent(data, key)),
    locate: (at) => loaded.locator.locate(at),
  };
  return out;
}

/**
 * The office's name, township and year as written, when the data failed its
 * checks elsewhere: the roll-up and the batch table name a broken office by
 * its own name, not its file's (issue 20). Only plain one-line text and a
 * whole-number year are taken.
 */
function namesWritten(raw: Record<string, unknown> | undefined): Pick<Prepared, 'office' | 'township' | 'year'> {
  const office = raw?.office;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && v.length <= 200 && !/[\n\r]/.test(v) ? v.trim() : undefined);
  const names = typeof office === 'object' && office !== null ? (office as Record<string, unknown>) : {};
  const year = typeof raw?.year === 'number' && Number.isInteger(raw.year) ? raw.year : undefined;
  return { ...(str(names.name) && { office: str(names.name) }), ...(str(names.township) && { township: str(names.township) }), ...(year !== undefined && { year }) };
}

/**
 * Last year's key numbers, through the same load and validation. Its errors
 * stop this year's build: a comparison with a broken year would be false.
 */
async function previousYear(
  input: string,
  cwd: string,
  thisYear: string,
  scope: Pick<ReadYearOptions, 'root' | 'allowOutside'>,
): Promise<Result<KeyNumbers>> {
  const load = await loadYear(path.resolve(cwd, input), scope);
  const { value, diagnostics } = validateYear(load);
  const loaded = load.value;
  const at = { file: thisYear, line: 0, column: 0 };
  // Only last year's key numbers are needed: read from its data, without modelling the whole year.
  if (value && !hasErrors(diagnostics)) return ok(yearKeyNumbers(value));
  const first = diagnostics.find((d) => d.severity === 'error');
  if (first?.code === 'FILE_NOT_FOUND') return failed([diagnostic('PREVIOUS_YEAR_NOT_FOUND', { input }, at)]);
  // The message quotes last year's files as the user named them (`--previous 2021/`), not as resolved.
  const asGiven = (file: string) => (file === loaded.file ? input : path.join(input, path.relative(loaded.file, file)).split(path.sep).join('/'));
  const where = first && first.line > 0 ? `${asGiven(first.file)}:${first.line}:${first.column} ` : '';
  return failed([diagnostic('PREVIOUS_YEAR_INVALID', { input, first: first ? `${where}${first.message.replace(/。$/, '')}` : '' }, { file: loaded.file, line: 0, column: 0 })]);
}
