/**
 * The `init` command's library side: decide where to write, make the text
 * (a new office, or last year's rolled forward) and write it. Returns what to
 * tell the user; prints nothing.
 */
import { stat } from 'node:fs/promises';
import { parse } from 'yaml';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadYear } from '../office/read-year.js';
import { EXIT, exitCodeOfDiagnostics } from '../office/exit-code.js';
import { validateYear } from '../validate/validate-year.js';
import { blanksLeft, newOfficeFolder, newOfficeText, type NewOfficeOptions } from './new-office.js';
import { rollForward } from './roll-forward.js';
import { writeNew } from './write-new.js';
import { rollData } from './roll-ledger.js';
import { isLedgerFile } from '../ledger/load-ledger.js';
import { failed, ok, type Result } from '../result.js';

export interface InitRequest {
  file?: string;
  name?: string;
  township?: string;
  superior?: string;
  year?: number;
  folder?: boolean;
  force?: boolean;
  from?: string;
  cwd: string;
  /** How the CLI shows a path to the user (src/cli/display-paths.ts): the messages name files so. */
  show: (file: string) => string;
  today: Date;
}

export interface InitOutcome {
  exitCode: number;
  /** What was done, or why not (Chinese). */
  message: string;
  /** Last year's problems, when --from names a file that does not pass check. */
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

/** The committed schema beside the package (src/init and dist/init are both two levels down). */
const SCHEMA_FILE = fileURLToPath(new URL('../../schema/summary.schema.json', import.meta.url));

/** The modeline's target: relative to the file's folder, or a file URL when no relative path exists (another drive). */
export function schemaRefFrom(dir: string): string {
  const rel = path.relative(dir, SCHEMA_FILE);
  return path.isAbsolute(rel) ? pathToFileURL(SCHEMA_FILE).href : rel.split(path.sep).join('/');
}

const fail = (message: string, diagnostics: Diagnostic[] = [], sources = new Map<string, string>()): InitOutcome => ({ exitCode: EXIT.failure, message, diagnostics, sources });

export async function runInit(req: InitRequest): Promise<InitOutcome> {
  return req.from === undefined ? initNew(req) : initFrom(req, req.from);
}

/**
 * The year a file's name gives (`青石镇2022`, `2024.yaml`): one year of this
 * century standing on its own in the name, or none. `summary init 2024.yaml`
 * starting the year the clock says (2026) would be a trap.
 */
export function yearInName(file: string | undefined): number | undefined {
  if (file === undefined) return undefined;
  const years = [...path.basename(file, path.extname(file)).matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0] : undefined;
}

async function initNew(req: InitRequest): Promise<InitOutcome> {
  const year = req.year ?? yearInName(req.file) ?? req.today.getFullYear();
  const target = path.resolve(req.cwd, req.file ?? (req.folder ? String(year) : `${year}.yaml`));
  const shown = req.show;
  const opts: NewOfficeOptions = {
    year,
    schemaRef: schemaRefFrom(path.dirname(target)),
    ...(req.name !== undefined && { name: req.name }),
    ...(req.township !== undefined && { township: req.township }),
    ...(req.superior !== undefined && { superior: req.superior }),
  };
  // A new ledger (台账2025.xlsx) holds what the new YAML file holds, in its sheets: the same office, the same blanks.
  const ledgerOut = !req.folder && WORKBOOK_TARGET.test(target);
  const written = ledgerOut
    ? await writeNewLedger(target, newOfficeText(opts), req.force === true)
    : await writeNew(target, req.folder ? newOfficeFolder(opts) : new Map([[path.basename(target), newOfficeText(opts)]]), { folder: req.folder === true, force: req.force === true });
  if (written.value === undefined) return fail('', written.diagnostics);
  const blanks = blanksLeft(opts);
  const todo = blanks.length > 0 ? `还要填写：${blanks.join('、')}（${ledgerOut ? '“单位与委员”表里' : '文件中'}写着“请填写”的地方）。` : '';
  const how = ledgerOut ? '用 Excel、WPS 或 LibreOffice 打开填写（怎么填见台账的“说明”表）' : '用编辑器填写';
  return {
    exitCode: EXIT.ok,
    message: `已写入 ${written.value.map(shown).join('、')}（${year} 年）。${todo}\n下一步：${how}，再运行 summary check ${shown(target)} 检查，summary build ${shown(target)} 生成总结。`,
    diagnostics: [],
    sources: new Map(),
  };
}

/** A new office's ledger: the new YAML file's data in the workbook's sheets (the writer is loaded only here). */
async function writeNewLedger(target: string, yamlText: string, force: boolean): Promise<Result<string[]>> {
  const { saveLedger } = await import('../ledger/save-ledger.js');
  const saved = await saveLedger(target, (parse(yamlText) ?? {}) as Record<string, unknown>, { force });
  return saved.value === undefined ? failed(saved.diagnostics) : ok([saved.value]);
}

/** Last year's schema modeline points from last year's folder; the new file may sit elsewhere. */
export function repointModeline(text: string, dir: string): string {
  return text.replace(/^(#\s*yaml-language-server:\s*\$schema=)\S+/m, (_m, head: string) => `${head}${schemaRefFrom(dir)}`);
}

/** `qingshi-2021.yaml` → `qingshi-2022.yaml`; a name without the year gets `-2022`. */
export function nextName(from: string, oldYear: number, newYear: number): string {
  const ext = path.extname(from);
  const base = path.basename(from, ext);
  const replaced = base.replace(new RegExp(`(?<!\\d)${oldYear}(?!\\d)`), String(newYear));
  return `${replaced === base ? `${base}-${newYear}` : replaced}${ext}`;
}

/** Which a new year's file is, by its name. */
const WORKBOOK_TARGET = /\.xlsx$/i;
const YAML_TARGET = /\.ya?ml$/i;

/** Last year's YAML file (or folder) rolled forward text by text: its comments and layout kept. */
async function writeRolledYaml(loaded: { files: string[]; sources: Map<string, string> }, isFolder: boolean, target: string, years: number, newYear: number, force: boolean): Promise<Result<string[]>> {
  const files = new Map<string, string>();
  for (const name of loaded.files) {
    const text = loaded.sources.get(name) ?? '';
    const rolled = rollForward(text, years, newYear).text;
    const file = isFolder ? path.join(target, path.basename(name)) : target;
    files.set(path.basename(file), repointModeline(rolled, path.dirname(file)));
  }
  return writeNew(target, files, { folder: isFolder, force });
}

/**
 * Last year's data rolled forward (a ledger in, or a ledger out): written as a
 * ledger, last year's words in its 说明, or as one YAML file, in its comments.
 */
async function writeRolledData(data: Record<string, unknown>, oldYear: number, newYear: number, target: string, ledgerOut: boolean, force: boolean): Promise<Result<string[]>> {
  const rolled = rollData(data, oldYear, newYear);
  if (ledgerOut) {
    // The workbook writer (exceljs) is loaded only when a ledger is written: init of a YAML file never reads it.
    const { saveLedger } = await import('../ledger/save-ledger.js');
    const saved = await saveLedger(target, rolled.data, { force, notes: rolled.notes });
    return saved.value === undefined ? failed(saved.diagnostics) : ok([saved.value]);
  }
  const text = `# yaml-language-server: $schema=${schemaRefFrom(path.dirname(target))}\n${rolled.text}`;
  return writeNew(target, new Map([[path.basename(target), text]]), { folder: false, force });
}

/** Options --from does not use: refused rather than silently ignored. */
const NEW_OFFICE_ONLY = [
  ['name', '--name'],
  ['township', '--township'],
  ['superior', '--superior'],
  ['folder', '--folder'],
] as const;

async function initFrom(req: InitRequest, from: string): Promise<InitOutcome> {
  const shown = req.show;
  const unused = NEW_OFFICE_ONLY.filter(([key]) => req[key] !== undefined).map(([, flag]) => flag);
  if (unused.length > 0) {
    return fail(`用 --from 时单位、委员等沿用去年的记录，不能同时用 ${unused.join('、')}；文件夹形式也照去年的。需要改的，转入后在新文件里改。`);
  }
  const source = path.resolve(req.cwd, from);
  const loaded = await loadYear(source);
  const validated = validateYear(loaded);
  if (!validated.value || hasErrors(validated.diagnostics)) {
    const errors = validated.diagnostics.filter((d) => d.severity === 'error');
    return { exitCode: exitCodeOfDiagnostics(errors), message: `去年的记录“${shown(source)}”有错误，先改正再转入新的一年（summary check ${shown(source)}）。`, diagnostics: errors, sources: loaded.value.sources };
  }
  const oldYear = validated.value.year;
  const newYear = req.year ?? oldYear + 1;
  if (newYear <= oldYear) return fail(`--year ${newYear} 不在去年记录（${oldYear} 年）之后。`);
  const isFolder = (await stat(source)).isDirectory();
  const ledgerIn = isLedgerFile(source);
  // A ledger gives a ledger (台账2024.xlsx → 台账2025.xlsx); a name given says which the new year is.
  const defaultName = nextName(path.basename(source), oldYear, newYear).replace(/\.xlsm$/i, '.xlsx');
  const target = path.resolve(req.cwd, req.file ?? path.join(path.dirname(source), defaultName));
  if (target === source) return fail(`新一年的文件不能与去年的“${shown(source)}”相同：请另给一个文件名。`);
  const ledgerOut = WORKBOOK_TARGET.test(target);
  if (ledgerIn && !ledgerOut && !YAML_TARGET.test(target)) return fail(`新一年的文件“${shown(target)}”应以 .xlsx（工作台账）或 .yaml 结尾。`);

  const written = ledgerIn || ledgerOut ? await writeRolledData(validated.value as unknown as Record<string, unknown>, oldYear, newYear, target, ledgerOut, req.force === true) : await writeRolledYaml(loaded.value, isFolder, target, newYear - oldYear, newYear, req.force === true);
  if (written.value === undefined) return fail('', written.diagnostics);
  const kept = ledgerOut ? '去年的工作打算、数字和文字写在台账各行的“说明”里，去年的制度等记录在“说明”表末尾' : '去年的工作打算留作注释';
  return {
    exitCode: EXIT.ok,
    message: `已从 ${shown(source)} 转入 ${newYear} 年：${written.value.map(shown).join('、')}。单位、委员和小组沿用去年的，请核对；逐条记录已清空，${kept}。\n下一步：填写今年的记录，再运行 summary check ${shown(target)}。`,
    diagnostics: [],
    sources: new Map(),
  };
}
