// Shared by the load/validate/check tests: a minimal valid year and a way to check text as a file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadYear } from '../../src/office/read-year.js';
import type { LoadedYear } from '../../src/load/load-year.js';
import { validateYear } from '../../src/validate/validate-year.js';
import { showDiagnostics, showFrom, showSources } from '../../src/cli/display-paths.js';
import type { YearData } from '../../src/schema/year.js';

/** Valid, and feeds all four sections, so a test sees only what it plants. */
export const BASE = `year: 2021
office:
  name: 青石镇政协联络工作委员会
  shortName: 镇政协联工委
  township: 青石镇
  superior: 县政协
  partyCommittee: 镇党委
  date: 2021-12-20
meetings:
  - date: 2021-02-23
    kind: 党委会
    topic: 研究部署全年政协联络工作
    attendees: 11
  - date: 2021-04-16
    kind: 座谈会
    topic: 乡村振兴与农村人居环境整治
studies:
  - date: 2021-04-28
    form: 集中学习
    topic: 党史学习教育专题学习
inspections:
  - date: 2021-06-22
    kind: 视察
    subject: 全镇重点项目建设
text:
  shortcomings:
    - 调查研究还不够深入
  plans:
    - 坚持每季度组织一次委员集中学习
`;

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'summary-test-'));
}

/** Write files (name → text or bytes) into a fresh folder; returns the folder. */
export function writeFiles(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

export interface Checked {
  loaded: LoadedYear & { data: YearData | undefined };
  diagnostics: Diagnostic[];
}

/** Load and validate text or bytes as `year.yaml`. */
export async function checkText(content: string | Uint8Array, name = 'year.yaml'): Promise<Checked> {
  const dir = writeFiles({ [name]: content });
  const { data, diagnostics, ...loaded } = await loadShown(name, dir);
  return { loaded: { ...loaded, data }, diagnostics };
}

export const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code);
export const at = (ds: readonly Diagnostic[]) => ds.map((d) => ({ code: d.code, line: d.line, column: d.column }));

/** Load and validate, shaped as the loader's result with the validated data beside it. */
export async function loadChecked(input: string, opts: { cwd?: string } = {}) {
  return loadShown(input, opts.cwd ?? process.cwd());
}

/**
 * Load and validate `input` from `cwd`, with file names shown from `cwd` as
 * the CLI shows them (the library names files by the resolved path), so the
 * tests read `year.yaml:3:1` rather than a temp folder's absolute path.
 */
async function loadShown(input: string, cwd: string) {
  const load = await loadYear(path.resolve(cwd, input));
  const validated = validateYear(load);
  const show = showFrom(cwd);
  const loaded: LoadedYear = { ...load.value, file: show(load.value.file), files: load.value.files.map(show), sources: showSources(load.value.sources, show) };
  return { ...loaded, data: validated.value, diagnostics: showDiagnostics(validated.diagnostics, show) };
}
