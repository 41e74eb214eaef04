// Shared by the load/validate/check tests: a minimal valid year and a way to check text as a file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadYear, type LoadedYear } from '../../src/load/load-year.js';
import { validateYear } from '../../src/validate/validate-year.js';
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
  const loaded = await loadYear(name, { cwd: dir });
  const validated = validateYear(loaded);
  return { loaded: { ...loaded, data: validated.value }, diagnostics: validated.diagnostics };
}

export const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code);
export const at = (ds: readonly Diagnostic[]) => ds.map((d) => ({ code: d.code, line: d.line, column: d.column }));

/** Load and validate, shaped as the loader's result with the validated data beside it. */
export async function loadChecked(input: string, opts: { cwd?: string } = {}) {
  const loaded = await loadYear(input, opts);
  const validated = validateYear(loaded);
  return { ...loaded, data: validated.value, diagnostics: validated.diagnostics };
}
