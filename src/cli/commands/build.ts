/**
 * `summary build` and `summary preview`: turn offices' records into reports.
 *
 * The inputs are expanded once (src/inputs/expand.ts), which also decides
 * whether they name one office on its own: that office is built here in the
 * process; several offices, a folder of offices or a batch file go to the
 * batch (worker threads, a table at the end, the roll-up). Both take the
 * same stages (src/office) with options from one translator of the flags.
 * Heavy modules (docx, handlebars, worker pool) are imported inside the
 * actions so that `summary check` never pays for them.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { BuildOptions } from '../../batch/build-options.js';
import type { BatchOptions } from '../../batch/run-batch.js';
import type { ExpandedInputs, OfficeJob } from '../../inputs/expand.js';
import { EXIT, exitCodeOf } from '../../office/exit-code.js';
import { FONT_ROLE_NAMES, FONT_ROLES, fontFlag, type FontChoices, type FontRole } from '../../write/fonts.js';
import { DEFAULT_FORMAT, describeFormats, extensionOf, OUTPUT_FORMAT_NAMES, TEXT_FORMAT_NAMES, type OutputFormat, type TextFormat } from '../../write/formats.js';
import type { OfficeBuildResult } from '../../office/types.js';
import { type CommandContext } from '../io.js';
import { calendarDate, portNumber, positiveInt } from '../arguments.js';
import { examples } from '../help-zh.js';
import { bugReport } from '../bug-report.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { countFindings } from '../../diagnostics/findings.js';
import { showFrom, showProgress, showResult } from '../display-paths.js';
import { workerOptions } from '../worker-url.js';
import { outcomeLine } from '../outcome-lines.js';
import type { OfficeStatus } from '../../office/types.js';
import type { FileOutcome } from '../../write/output-file.js';
import type { ServeFlags } from './preview.js';
import { printable } from '../../diagnostics/format/printable.js';
import { withoutWorkflowCommands } from '../../diagnostics/format/github.js';

/** A font option's flag as commander names its value: `--heading1-font` → `heading1Font`. */
type FontFlags = Partial<Record<`${FontRole}Font`, string>>;

interface BuildFlags extends FontFlags {
  out?: string;
  name?: string;
  format: OutputFormat;
  force?: boolean;
  templates?: string;
  previous?: string;
  explain?: boolean;
  annex?: boolean;
  rollup?: boolean;
  county?: string;
  superior?: string;
  date?: Date;
  jobs?: number;
  quiet?: boolean;
  color?: boolean;
  allowOutside?: boolean;
}

/** The options only a batch reads, by flag: said, not silently ignored, when one office is built alone. */
const BATCH_ONLY = [
  ['rollup', '--rollup'],
  ['county', '--county'],
  ['superior', '--superior'],
  ['date', '--date'],
  ['jobs', '--jobs'],
] as const;

/** The flags as a build's options: the one translator, for one office and for many. */
function buildOptionsOf(flags: BuildFlags, cwd: string): BatchOptions & BuildOptions {
  const fonts: FontChoices = {};
  for (const role of FONT_ROLE_NAMES) {
    const name = flags[`${role}Font`];
    if (name) fonts[role] = name;
  }
  return {
    cwd,
    format: flags.format,
    ...(flags.out !== undefined && { outDir: path.resolve(cwd, flags.out) }),
    ...(flags.force !== undefined && { force: flags.force }),
    ...(flags.templates !== undefined && { templatesDir: path.resolve(cwd, flags.templates) }),
    ...(Object.keys(fonts).length > 0 && { fonts }),
    ...(flags.name !== undefined && { fileName: flags.name }),
    ...(flags.previous !== undefined && { previous: flags.previous }),
    ...(flags.explain !== undefined && { explain: flags.explain }),
    ...(flags.annex && { annex: true }),
    ...(flags.allowOutside && { allowOutside: true }),
    ...(flags.rollup !== undefined && { rollup: flags.rollup }),
    ...(flags.county !== undefined && { county: flags.county }),
    ...(flags.superior !== undefined && { superior: flags.superior }),
    ...(flags.date !== undefined && { date: flags.date }),
    ...(flags.jobs !== undefined && { jobs: flags.jobs }),
  };
}

// Over 60 lines: the two commands' declarations, one option a line, each with its Chinese help.
export function registerBuild(program: Command, ctx: CommandContext): void {
  const build = program
    .command('build')
    .description('由全年工作记录生成年终工作总结（.docx）；给多个单位时逐一生成并汇总')
    .argument('<输入...>', '一个单位的 YAML 文件或文件夹；多个文件、文件夹、通配符或批量文件（*.batch.yaml）')
    .option('-o, --out <文件夹>', '输出文件夹，默认为当前文件夹')
    .option('--name <文件名>', '输出文件名（只生成一个单位时），默认为“年份+单位全称+工作总结.docx”')
    .addOption(new Option('--format <格式>', `输出格式：${describeFormats()}；${TEXT_FORMAT_NAMES.join('、')} 供预览和比对`).choices(OUTPUT_FORMAT_NAMES).default(DEFAULT_FORMAT))
    .option('-f, --force', '连生成之后被改过的报告和汇总表也覆盖（本工具生成、没人改过的，数据变了时不加也会重写）')
    .option('--templates <文件夹>', '自定义模板文件夹，其中的同名模板替换内置模板');
  for (const role of FONT_ROLE_NAMES) build.option(`${fontFlag(role)} <字体>`, `${FONT_ROLES[role].label}，默认“${FONT_ROLES[role].default}”`);
  build
    .option('--previous <文件>', '上一年的记录（文件或文件夹），用于与上年比较')
    .option('--explain', '另写一个 .explain.txt，列出每条记录在报告中的位置')
    .option('--annex', '在正文后附“全年工作数据统计表”（默认不附；也可在数据的报告设置里写“附数据统计表”）')
    .option('--rollup', '批量生成时同时写出汇总表（.docx 和 .csv）')
    .option('--county <县名>', '汇总标题中的县（区）名')
    // Roll-up signature and date (issue 9).
    .option('--superior <单位名>', '汇总表的落款，即报送汇总的单位，如“青山县政协办公室”；默认用批量文件的 superior')
    .addOption(new Option('--date <YYYY-MM-DD>', '汇总表的成文日期；不写时用 SOURCE_DATE_EPOCH，都没有时不写日期并提示').argParser(calendarDate))
    .addOption(new Option('--jobs <数>', '批量生成时最多同时工作的线程数，默认为处理器核数').argParser(positiveInt))
    .option('--quiet', '不显示进度和警告，只显示错误和结果')
    .option('--no-color', '不使用颜色')
    .option('--allow-outside', '允许读取数据文件夹之外的文件（批量文件所列单位、链接指向的文件）')
    .addHelpText(
      'after',
      examples([
        ['summary build 青石镇2021.yaml --out 输出', '生成一个单位的总结（.docx）'],
        ['summary build 各镇 --rollup --county 青山县 --out 输出', '文件夹里每个单位各生成一份，另写汇总表'],
        ['summary build 青石镇2021.yaml --previous 青石镇2020.yaml', '与上年比较（再次运行时只重写数据变了的报告）'],
      ]),
    )
    .action(async (inputs: string[], flags: BuildFlags) => {
      // Ctrl-C is this command's to handle: what it staged is removed before it ends (buildOne, buildMany).
      ctx.io.stop?.hold();
      const options = buildOptionsOf(flags, ctx.io.cwd);
      // The batch's workers, if the offices found call for them, start while the rest are found.
      const { batchCrew } = await import('../../batch/run-batch.js');
      const crew = batchCrew({ ...options, ...workerOptions(ctx.io.env) });
      try {
        const expanded = await expand(inputs, options, crew.found);
        ctx.exitCode = expanded.alone ? await buildOne(expanded, options, flags, ctx) : await buildMany(expanded, { ...options, crew }, flags, ctx);
      } finally {
        await crew.close();
      }
    });

  program
    .command('preview')
    .description('在终端显示报告的文字（Markdown），不写文件；加 --serve 在浏览器里看排好版、随保存自动更新的报告')
    .argument('<输入>', '一个单位的 YAML 文件、台账或文件夹；加 --serve 时也可以是多个单位（文件夹、通配符或批量文件）')
    .option('--templates <文件夹>', '自定义模板文件夹')
    .option('--previous <文件>', '上一年的记录，用于与上年比较')
    .addOption(new Option('--format <格式>', '显示格式').choices(TEXT_FORMAT_NAMES).default('md'))
    .option('--serve', '在本机启动预览页面（只有这台电脑能打开），页面上可以点句子看来源、生成 .docx')
    .option('-o, --out <文件夹>', '（--serve）页面上“生成 .docx”写到的文件夹，同 build，默认为当前文件夹')
    .option('--name <文件名>', '（--serve）页面上“生成 .docx”的文件名，同 build')
    .addOption(new Option('--port <端口>', '（--serve）用这个端口，默认自动找一个空闲的').argParser(portNumber))
    .option('--annex', '在正文后附“全年工作数据统计表”，同 build（加 --serve 时页面上“生成 .docx”也附上）')
    .option('--allow-outside', '（--serve）同 build')
    .addHelpText(
      'after',
      examples([
        ['summary preview 青石镇2021.yaml', '在终端看报告的文字'],
        ['summary preview 青石镇2021.yaml --format txt', '纯文本，不带 Markdown 标记'],
        ['summary preview 台账2021.xlsx --serve --out 输出', '在浏览器里看报告，边改台账边看（见 docs/preview.md）'],
      ]),
    )
    .action(async (given: string, flags: { templates?: string; previous?: string; format: TextFormat; serve?: boolean; annex?: boolean } & ServeFlags) => {
      if (flags.serve) {
        const { servePreview } = await import('./preview.js');
        return void (ctx.exitCode = await servePreview(given, flags, ctx));
      }
      for (const [set, name] of [[flags.out, '--out'], [flags.name, '--name'], [flags.port, '--port']] as const) {
        if (set !== undefined) ctx.io.stderr.write(`提示：${name} 只在加 --serve 时起作用。\n`);
      }
      const options = buildOptionsOf({ templates: flags.templates, previous: flags.previous, format: DEFAULT_FORMAT, ...(flags.annex && { annex: true }) }, ctx.io.cwd);
      const expanded = await expand([given], options);
      if (!expanded.alone) {
        ctx.io.stderr.write(`preview 一次只显示一个单位的报告；“${printable(given)}”是多个单位（文件夹、通配符或批量文件）。请给出一个单位的文件，或含 office.yaml 的文件夹；要看多个单位，加 --serve 在浏览器里看。\n`);
        return void (ctx.exitCode = EXIT.failure);
      }
      ctx.exitCode = await previewOne(expanded, options, flags.format, ctx);
    });
}

async function expand(inputs: readonly string[], options: BuildOptions, found?: (count: number) => void): Promise<ExpandedInputs> {
  const { expandInputs } = await import('../../inputs/expand.js');
  return expandInputs(inputs, { cwd: options.cwd as string, ...(options.allowOutside && { allowOutside: true }), ...(found && { found }) });
}

/**
 * The one office the inputs named, with the expansion's problems printed (an
 * entry of its folder that was not read); without an office, the exit code
 * those problems mean.
 */
function theOffice(expanded: ExpandedInputs, ctx: CommandContext): OfficeJob | number {
  printDiagnostics(expanded.diagnostics, new Map(), ctx);
  return expanded.jobs[0] ?? exitCodeOf({ results: [], diagnostics: expanded.diagnostics });
}

/** prepare → render → text on stdout: the build's own stages, with nothing written. */
async function previewOne(expanded: ExpandedInputs, options: BuildOptions, format: TextFormat, ctx: CommandContext): Promise<number> {
  const job = theOffice(expanded, ctx);
  if (typeof job === 'number') return job;
  const { officeOptions } = await import('../../batch/build-options.js');
  const { prepareOptions, renderOptions } = await import('../../office/build-office.js');
  const { prepareOffice } = await import('../../office/prepare.js');
  const { renderOffice } = await import('../../office/render.js');
  const { previewText } = await import('../../office/write.js');
  const office = officeOptions(job, options, ctx.io.cwd).options;
  const prepared = await prepareOffice(job.input, prepareOptions(office));
  const diagnostics = [...prepared.diagnostics];
  const rendered = prepared.value ? renderOffice(prepared.value, renderOptions(office)) : undefined;
  if (rendered) diagnostics.push(...rendered.diagnostics);
  printDiagnostics(diagnostics, prepared.sources, ctx);
  if (!rendered) return exitCodeOf({ results: [{ status: prepared.status, diagnostics }], diagnostics: expanded.diagnostics });
  if (!rendered.value) return EXIT.failure;
  // The report's text is the data's: in a GitHub Actions log, no line of it may be read as a workflow command.
  ctx.io.stdout.write(withoutWorkflowCommands(await previewText(rendered.value.document, format), ctx.io.env));
  return exitCodeOf({ results: [{ status: 'built', diagnostics }], diagnostics: expanded.diagnostics });
}

/**
 * `-o 报告.docx`: --out names a folder, but a path that ends in the report's extension and is not a
 * folder already is what the clerk meant as the file (a folder named 报告.docx holding the report
 * surprised the first person who tried). Said, with the spelling that needs no guessing.
 */
function outAsFile(flags: BuildFlags, options: BuildOptions): { dir: string; name: string } | undefined {
  if (flags.out === undefined || flags.name !== undefined) return undefined;
  const ext = extensionOf(flags.format ?? DEFAULT_FORMAT);
  if (!flags.out.toLowerCase().endsWith(ext) || path.basename(flags.out).length <= ext.length) return undefined;
  // buildOptionsOf resolved --out against the command's folder.
  const resolved = options.outDir;
  if (resolved === undefined || statSync(resolved, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  return { dir: path.dirname(resolved), name: path.basename(resolved) };
}

async function buildOne(expanded: ExpandedInputs, given: BuildOptions, flags: BuildFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const asFile = outAsFile(flags, given);
  if (asFile) io.stderr.write(`提示：--out 是输出文件夹；“${printable(flags.out ?? '')}”以 ${path.extname(asFile.name)} 结尾，按报告的文件名处理（也可写作 --out ${printable(path.dirname(flags.out ?? ''))} --name ${printable(asFile.name)}）。\n`);
  const options: BuildOptions = asFile ? { ...given, outDir: asFile.dir, fileName: asFile.name } : given;
  // Said rather than silently ignored: these options only mean something for many offices.
  for (const [key, name] of BATCH_ONLY) {
    if (flags[key] !== undefined) io.stderr.write(`提示：只生成一个单位时 ${name} 不起作用（汇总表和多线程只用于批量生成）。\n`);
  }
  const job = theOffice(expanded, ctx);
  if (typeof job === 'number') {
    io.stderr.write('没有生成报告。\n');
    return job;
  }
  const { officeOptions } = await import('../../batch/build-options.js');
  const { buildOffice } = await import('../../office/build-office.js');
  const office = officeOptions(job, options, io.cwd).options;
  const fontsMissing = askMissingFonts(office.fonts, office.format, flags.quiet);
  const signal = io.stop?.signal;
  const { result, sources } = await buildOffice(job.input, office, signal);
  if (signal?.aborted) return stoppedExit(signal, ctx);
  await tellBuilt(result, sources, { ...(flags.quiet !== undefined && { quiet: flags.quiet }), ...(flags.color !== undefined && { color: flags.color }), fontsMissing }, ctx);
  // An input problem beside the office (a bad entry in its folder) is a usage error too.
  return exitCodeOf({ results: [result], diagnostics: expanded.diagnostics });
}

/** What `build` of one office says after it: the diagnostics with code frames, then what was written. The preview's write button says the same. */
export async function tellBuilt(
  result: OfficeBuildResult,
  sources: ReadonlyMap<string, string>,
  flags: Pick<BuildFlags, 'quiet' | 'color'> & { fontsMissing?: Promise<string[] | undefined> | undefined },
  ctx: CommandContext,
): Promise<number> {
  const { io } = ctx;
  printDiagnostics(flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics, sources, ctx, flags.color !== false);
  const outcome = OUTCOME_OF[result.status];
  if (outcome && outcome !== 'refused' && result.output) {
    if (outcome === 'written' || outcome === 'replaced') await warnMissingFonts(flags.fontsMissing, ctx);
    // Every path a line prints is one printable line (a file name may hold a line break).
    const shown = printable(showFrom(io.cwd)(result.output));
    io.stdout.write(outcomeLine(outcome, shown, '报告'));
    if (result.explanation !== undefined && outcome !== 'kept') io.stdout.write(`记录去向：${shown}.explain.txt\n`);
  } else {
    io.stderr.write(result.status === 'invalid' ? '数据有错误，没有生成报告。请按上面的提示修改后再试。\n' : result.status === 'edited' ? '没有更新报告。\n' : '没有生成报告。\n');
  }
  return exitCodeOf({ results: [result] });
}

/** A report's status as the outcome of its file (the line that names it). */
const OUTCOME_OF: Partial<Record<OfficeStatus, FileOutcome>> = { built: 'written', updated: 'replaced', unchanged: 'unchanged', kept: 'kept', edited: 'refused' };

async function buildMany(expanded: ExpandedInputs, options: BatchOptions, flags: BuildFlags, ctx: CommandContext): Promise<number> {
  const { buildExpanded } = await import('../../batch/run-batch.js');
  const { createProgress } = await import('../../batch/progress.js');
  const { formatBatchTable } = await import('../../batch/report-table.js');
  const { io } = ctx;
  if (outAsFile(flags, options)) {
    io.stderr.write(`--out 是输出文件夹；批量生成时每个单位各写一份报告，不能用一个文件名“${printable(flags.out ?? '')}”。请写一个文件夹（不以 ${extensionOf(flags.format ?? DEFAULT_FORMAT)} 结尾），文件名样式在批量文件中用 fileName 指定。\n`);
    return EXIT.failure;
  }
  if (flags.name) {
    io.stderr.write('--name 只能在生成一个单位时使用；批量生成请在批量文件中用 fileName 指定文件名样式（如 "{year}年{township}政协工作总结.docx"）。\n');
    return EXIT.failure;
  }
  if (flags.previous) {
    io.stderr.write('--previous 只能在生成一个单位时使用；批量生成请在批量文件中为每个单位写 previous（上一年的记录），见 docs/batch.md“上一年的记录（previous）”。\n');
    return EXIT.failure;
  }
  const show = showFrom(io.cwd);
  const bar = createProgress({
    stream: io.stderr as unknown as NodeJS.WritableStream,
    // The bar's own stream decides: stdout may be a terminal while stderr goes to a file.
    tty: io.stderrIsTTY ?? false,
    ...(io.stderrColumns !== undefined && { columns: io.stderrColumns }),
    ci: io.env.CI === 'true',
    quiet: flags.quiet ?? false,
  });
  const fontsMissing = askMissingFonts(options.fonts, options.format ?? DEFAULT_FORMAT, flags.quiet);
  const signal = io.stop?.signal;
  const { value: result, diagnostics } = await buildExpanded(expanded, { ...options, progress: showProgress(bar, show), ...(signal && { signal }) });
  if (result.stopped !== undefined && signal) return stoppedExit(signal, ctx);
  // A report left because it was edited is said in full, with the way to replace it (the table has room for the first line only).
  const edited = result.results.flatMap((r) => (r.status === 'edited' ? r.diagnostics.filter((d) => d.code === 'OUTPUT_EDITED') : []));
  // --quiet: the batch's own warnings (the roll-up's) are not shown either; errors always are.
  const shown = [...edited, ...diagnostics];
  printDiagnostics(flags.quiet ? shown.filter((d) => d.severity === 'error') : shown, new Map(), ctx, flags.color !== false);
  if (result.results.some((r) => r.status === 'built' || r.status === 'updated')) await warnMissingFonts(fontsMissing, ctx);
  for (const r of result.results) if (r.crash !== undefined) io.stderr.write(bugReport(`生成 ${printable(show(r.input))} 时`, r.crash, ctx.debug));
  // A signal during the commits: they finished (each whole); the table says what was written, and the exit code is the signal's.
  const exitCode = signal?.aborted ? signalExit(signal) : result.exitCode;
  // The last line is the totals, and it agrees with the exit code; it counts every warning found, the batch's own (the roll-up's) too.
  const rollupLines = (result.rollup?.files ?? []).map(({ file, outcome }) => outcomeLine(outcome, printable(show(file)), '汇总表').trimEnd());
  io.stdout.write(formatBatchTable(result.results.map((r) => showResult(r, show)), undefined, { otherWarnings: countFindings(diagnostics).warnings, lines: rollupLines, exitCode }));
  return exitCode;
}

/** 128 + the signal's number, as a shell reports a process a signal ended: 130 for Ctrl-C, 143 for SIGTERM. */
const signalExit = (signal: AbortSignal): number => (signal.reason === 'SIGTERM' ? 143 : 130);

/** A build stopped before anything was put in place: said on a line of its own (the progress bar is already cleared). */
function stoppedExit(signal: AbortSignal, ctx: CommandContext): number {
  const how = signal.reason === 'SIGTERM' ? '收到终止信号（SIGTERM）' : '已按 Ctrl-C';
  ctx.io.stderr.write(`${how}，生成已中止：还没有写入的报告一份也没有写，暂存的文件已删除；已有的文件没有改动。\n`);
  return signalExit(signal);
}

/**
 * Fonts (issue 9): which of the .docx's fonts this machine lacks, asked of
 * fontconfig (a child process) as the build starts, so its answer is ready
 * when the report is; undefined when nothing will be said (other formats, --quiet).
 */
export function askMissingFonts(given: FontChoices | undefined, format: OutputFormat, quiet: boolean | undefined): Promise<string[] | undefined> | undefined {
  if (format !== 'docx' || quiet) return undefined;
  // Never rejects: when the build fails this answer is not awaited, and a font hint is never worth an error.
  return import('../../write/docx/fonts.js').then(({ missingFonts, resolveFonts }) => missingFonts(resolveFonts(given))).catch(() => undefined);
}

/** Said once per build, when this machine lacks the fonts the file names. */
async function warnMissingFonts(asked: Promise<string[] | undefined> | undefined, ctx: CommandContext): Promise<void> {
  const missing = await asked;
  if (!missing || missing.length === 0) return;
  ctx.io.stderr.write(
    `提示：本机没有安装字体 ${missing.join('、')}。文件里照样写明这些字体；打开文件的电脑如果也没有，Word、WPS 会用别的字体代替显示，字形和每行字数会有变化。` +
      `可在打开文件的电脑上安装这些字体，或用 ${FONT_ROLE_NAMES.slice(0, 2).map(fontFlag).join('、')} 等选项换成那台电脑上有的字体（见 docs/layout.md“字体”）。\n`,
  );
}
