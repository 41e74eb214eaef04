/**
 * Build one office's report: load → validate → model → render → write.
 *
 * The single `summary build` and every office of a batch come through here, so
 * an office builds the same way alone or among forty. Nothing here prints or
 * exits, and nothing throws for the user's input: every problem comes back as
 * a diagnostic on the result, with a status that decides the exit code.
 */
import { appendAll } from '../util/append-all.js';
import path from 'node:path';
import { diagnostic } from '../diagnostics/catalogue.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadYear } from '../load/load-year.js';
import { buildModel } from '../model/build-model.js';
import type { KeyNumbers } from '../model/key-numbers.js';
import { keyNumbers } from '../model/numbers.js';
import { sectionHasContent, sectionOmitted } from '../validate/rules/section-feeds.js';
import { validateYear } from '../validate/validate-year.js';
import { SECTION_KEYS } from '../schema/year.js';
import type { BuildOptions, OfficeBuildResult } from './types.js';
import { writeFileAtomic } from '../write/output-file.js';
import { writeReport } from './write-report.js';

export async function buildOffice(input: string, options: BuildOptions): Promise<OfficeBuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = await loadYear(path.resolve(cwd, input), { cwd });
  const diagnostics: Diagnostic[] = validateYear(loaded);
  const result: OfficeBuildResult = { input, status: 'invalid', diagnostics };
  const data = loaded.data;
  if (data) {
    result.office = data.office.name;
    result.township = data.office.township;
    result.year = data.year;
  }
  if (!data && diagnostics.some((d) => d.code === 'FILE_NOT_FOUND')) result.status = 'failed'; // no input is a usage error (exit 2), as in `summary check`
  if (!data || hasErrors(diagnostics)) return result;

  const model = buildModel(data);
  result.numbers = keyNumbers(model);
  result.emptySections = SECTION_KEYS.filter((key) => !sectionOmitted(data, key) && !sectionHasContent(data, key));
  if (options.planOnly) {
    result.status = 'built';
    return result;
  }

  const previous = options.previous ? await loadPreviousNumbers(options.previous, cwd, diagnostics) : undefined;
  if (options.previous && !previous) {
    // A previous year that is not there is a usage error (exit 2), like any missing input; one with errors is data.
    result.status = diagnostics.some((d) => d.code === 'FILE_NOT_FOUND') ? 'failed' : 'invalid';
    return result;
  }

  const { renderWithPlacements } = await import('../render/render-report.js');
  const { explainPlacements, explainText } = await import('../render/explain.js');
  const rendered = renderWithPlacements(model, { templatesDir: options.templatesDir, previous });
  appendAll(diagnostics, rendered.diagnostics);
  if (!rendered.value || hasErrors(rendered.diagnostics)) {
    result.status = 'failed';
    return result;
  }
  // Every record is accounted for on every build: one the templates did not place is a warning, not silence.
  const placed = explainPlacements(model, rendered.value, (at) => loaded.locator.locate(at));
  appendAll(diagnostics, placed.diagnostics);

  const document = rendered.value.document;
  const written = await writeReport(document, model, options, loaded.file);
  appendAll(diagnostics, written.diagnostics);
  if (!written.ok) {
    result.status = 'failed';
    return result;
  }
  if (written.output) result.output = written.output;
  if (options.keepDocument) result.document = document;
  if (options.explain) {
    result.explanation = explainText(placed.entries);
    if (written.output && !options.dryRun) {
      // The sidecar belongs to the report just written, so it follows it even over an older sidecar.
      const sidecar = `${written.output}.explain.txt`;
      const ok = await writeFileAtomic(sidecar, result.explanation, { force: true });
      if (!ok.ok) diagnostics.push(diagnostic('OUTPUT_WRITE_FAILED', { target: sidecar, reason: ok.message }, { file: loaded.file, line: 0, column: 0 }));
    }
  }
  result.status = 'built';
  return result;
}

/**
 * Last year's key numbers, for 比上年 phrases (and the batch's roll-up). Its own
 * errors are reported as PREVIOUS_YEAR_INVALID and stop the build.
 */
export async function loadPreviousNumbers(input: string, cwd: string, diagnostics: Diagnostic[]): Promise<KeyNumbers | undefined> {
  const loaded = await loadYear(path.resolve(cwd, input), { cwd });
  const found = validateYear(loaded);
  if (!loaded.data || hasErrors(found)) {
    const first = found.find((d) => d.severity === 'error');
    if (first?.code === 'FILE_NOT_FOUND') {
      diagnostics.push({ ...first, message: `找不到用于与上年比较的记录“${input}”。`, hint: '检查 --previous 的路径；不需要与上年比较时去掉 --previous。' });
      return undefined;
    }
    diagnostics.push(
      diagnostic('PREVIOUS_YEAR_INVALID', { input: loaded.file, first: first ? `${first.line > 0 ? `${first.file}:${first.line}:${first.column} ` : ''}${first.message}` : '' }, { file: loaded.file, line: 0, column: 0 }),
    );
    return undefined;
  }
  return keyNumbers(buildModel(loaded.data));
}
