/**
 * `summary build` and `summary preview`: turn offices' records into reports.
 *
 * One office (a file, or a folder marked by office.yaml) is built here in the
 * process; several offices, a folder of offices or a batch file go to the
 * batch (worker threads, a table at the end, the roll-up). Both take the
 * same stages (src/office). Heavy modules (docx, handlebars, worker pool)
 * are imported inside the actions so that `summary check` never pays for them.
 */
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT, exitCodeOf } from '../../office/exit-code.js';
import type { Fonts, OfficeBuildResult, OfficeOptions, OutputFormat } from '../../office/types.js';
import { type CommandContext } from '../io.js';
import { examples } from '../help-zh.js';
import { bugReport } from '../bug-report.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { showFrom, showProgress, showResult } from '../display-paths.js';
import type { ServeFlags } from './preview.js';

interface BuildFlags {
  out?: string;
  name?: string;
  format: OutputFormat;
  force?: boolean;
  templates?: string;
  titleFont?: string;
  bodyFont?: string;
  heading1Font?: string;
  heading2Font?: string;
  pageNumberFont?: string;
  previous?: string;
  explain?: boolean;
  rollup?: boolean;
  county?: string;
  superior?: string;
  date?: Date;
  jobs?: number;
  quiet?: boolean;
  color?: boolean;
  allowOutside?: boolean;
}

/** `2025-01-10` → that calendar day at 00:00 UTC; refuses 2025-02-30 rather than rolling it over. */
const calendarDate = (value: string): Date => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) {
    throw new InvalidArgumentError('应为 YYYY-MM-DD 格式的日期，如 2025-01-10。');
  }
  return date;
};

const positiveInt = (value: string): number => {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('应为正整数。');
  return Number(value);
};

const portNumber = (value: string): number => {
  const n = /^[1-9]\d{0,4}$/.test(value) ? Number(value) : 0;
  if (n < 1 || n > 65535) throw new InvalidArgumentError('应为 1 到 65535 之间的端口号。');
  return n;
};

export function registerBuild(program: Command, ctx: CommandContext): void {
  program
    .command('build')
    .description('由全年工作记录生成年终工作总结（.docx）；给多个单位时逐一生成并汇总')
    .argument('<输入...>', '一个单位的 YAML 文件或文件夹；多个文件、文件夹、通配符或批量文件（*.batch.yaml）')
    .option('-o, --out <文件夹>', '输出文件夹，默认为当前文件夹')
    .option('--name <文件名>', '输出文件名（只生成一个单位时），默认为“年份+单位全称+工作总结.docx”')
    .addOption(new Option('--format <格式>', '输出格式：docx，或供预览和比对的 md、txt').choices(['docx', 'md', 'txt']).default('docx'))
    .option('-f, --force', '覆盖已有的同名文件')
    .option('--templates <文件夹>', '自定义模板文件夹，其中的同名模板替换内置模板')
    .option('--title-font <字体>', '标题字体，默认“方正小标宋简体”')
    .option('--body-font <字体>', '正文字体，默认“仿宋_GB2312”')
    .option('--heading1-font <字体>', '一级标题字体，默认“黑体”')
    .option('--heading2-font <字体>', '二级标题字体，默认“楷体_GB2312”')
    .option('--page-number-font <字体>', '页码字体，默认“宋体”')
    .option('--previous <文件>', '上一年的记录（文件或文件夹），用于与上年比较')
    .option('--explain', '另写一个 .explain.txt，列出每条记录在报告中的位置')
    .option('--rollup', '批量生成时同时写出汇总表（.docx 和 .csv）')
    .option('--county <县名>', '汇总标题中的县（区）名')
    // Roll-up signature and date (issue 9).
    .option('--superior <单位名>', '汇总表的落款，即报送汇总的单位，如“青山县政协办公室”；默认用批量文件的 superior')
    .addOption(new Option('--date <YYYY-MM-DD>', '汇总表的成文日期；默认 SOURCE_DATE_EPOCH，都没有时用今天并提示').argParser(calendarDate))
    .addOption(new Option('--jobs <数>', '批量生成时同时工作的线程数，默认为处理器核数').argParser(positiveInt))
    .option('--quiet', '不显示进度和警告，只显示错误和结果')
    .option('--no-color', '不使用颜色')
    .option('--allow-outside', '允许读取数据文件夹之外的文件（批量文件所列单位、链接指向的文件）')
    .addHelpText(
      'after',
      examples([
        ['summary build 青石镇2021.yaml --out 输出', '生成一个单位的总结（.docx）'],
        ['summary build 各镇 --rollup --county 青山县 --out 输出', '文件夹里每个单位各生成一份，另写汇总表'],
        ['summary build 青石镇2021.yaml --previous 青石镇2020.yaml --force', '与上年比较，并覆盖已有的报告'],
      ]),
    )
    .action(async (inputs: string[], flags: BuildFlags) => {
      const { looksLikeBatch } = await import('../../inputs/expand.js');
      ctx.exitCode = (await looksLikeBatch(inputs, ctx.io.cwd)) ? await buildMany(inputs, flags, ctx) : await buildOne(inputs[0] as string, flags, ctx);
    });

  program
    .command('preview')
    .description('在终端显示报告的文字（Markdown），不写文件；加 --serve 在浏览器里看排好版、随保存自动更新的报告')
    .argument('<输入>', '一个单位的 YAML 文件、台账或文件夹；加 --serve 时也可以是多个单位（文件夹、通配符或批量文件）')
    .option('--templates <文件夹>', '自定义模板文件夹')
    .option('--previous <文件>', '上一年的记录，用于与上年比较')
    .addOption(new Option('--format <格式>', '显示格式').choices(['md', 'txt']).default('md'))
    .option('--serve', '在本机启动预览页面（只有这台电脑能打开），页面上可以点句子看来源、生成 .docx')
    .option('-o, --out <文件夹>', '（--serve）页面上“生成 .docx”写到的文件夹，同 build，默认为当前文件夹')
    .option('--name <文件名>', '（--serve）页面上“生成 .docx”的文件名，同 build')
    .addOption(new Option('--port <端口>', '（--serve）用这个端口，默认自动找一个空闲的').argParser(portNumber))
    .option('--allow-outside', '（--serve）同 build')
    .addHelpText(
      'after',
      examples([
        ['summary preview 青石镇2021.yaml', '在终端看报告的文字'],
        ['summary preview 青石镇2021.yaml --format txt', '纯文本，不带 Markdown 标记'],
        ['summary preview 台账2021.xlsx --serve --out 输出', '在浏览器里看报告，边改台账边看（见 docs/preview.md）'],
      ]),
    )
    .action(async (given: string, flags: { templates?: string; previous?: string; format: 'md' | 'txt'; serve?: boolean } & ServeFlags) => {
      if (flags.serve) {
        const { servePreview } = await import('./preview.js');
        return void (ctx.exitCode = await servePreview(given, flags, ctx));
      }
      for (const [set, name] of [[flags.out, '--out'], [flags.name, '--name'], [flags.port, '--port']] as const) {
        if (set !== undefined) ctx.io.stderr.write(`提示：${name} 只在加 --serve 时起作用。\n`);
      }
      const { looksLikeBatch } = await import('../../inputs/expand.js');
      if (await looksLikeBatch([given], ctx.io.cwd)) {
        ctx.io.stderr.write(`preview 一次只显示一个单位的报告；“${given}”是多个单位（文件夹、通配符或批量文件）。请给出一个单位的文件，或含 office.yaml 的文件夹；要看多个单位，加 --serve 在浏览器里看。\n`);
        return void (ctx.exitCode = EXIT.failure);
      }
      ctx.exitCode = await previewOne(await officeInput(given, ctx.io.cwd), flags, ctx);
    });
}

/** prepare → render → text on stdout: the build's own stages, with nothing written. */
async function previewOne(input: string, flags: { templates?: string; previous?: string; format: 'md' | 'txt' }, ctx: CommandContext): Promise<number> {
  const { prepareOffice } = await import('../../office/prepare.js');
  const { renderOffice } = await import('../../office/render.js');
  const { previewText } = await import('../../office/write.js');
  const { io } = ctx;
  const prepared = await prepareOffice(input, { cwd: io.cwd, ...(flags.previous !== undefined && { previous: flags.previous }) });
  const diagnostics = [...prepared.diagnostics];
  const rendered = prepared.value ? renderOffice(prepared.value, flags.templates ? { templatesDir: path.resolve(io.cwd, flags.templates) } : {}) : undefined;
  if (rendered) diagnostics.push(...rendered.diagnostics);
  printDiagnostics(diagnostics, prepared.sources, ctx, false);
  if (!rendered) return exitCodeOf({ results: [{ status: prepared.status, diagnostics }] });
  if (!rendered.value) return EXIT.failure;
  io.stdout.write(await previewText(rendered.value.document, flags.format));
  return EXIT.ok;
}

function fontsOf(flags: BuildFlags): Fonts | undefined {
  const fonts: Fonts = {};
  if (flags.titleFont) fonts.title = flags.titleFont;
  if (flags.bodyFont) fonts.body = flags.bodyFont;
  if (flags.heading1Font) fonts.heading1 = flags.heading1Font;
  if (flags.heading2Font) fonts.heading2 = flags.heading2Font;
  if (flags.pageNumberFont) fonts.pageNumber = flags.pageNumberFont;
  return Object.keys(fonts).length > 0 ? fonts : undefined;
}

/** The office an input names: a file inside an office.yaml folder stands for the whole folder. */
async function officeInput(input: string, cwd: string): Promise<string> {
  const { officeOf } = await import('../../inputs/expand.js');
  const abs = path.resolve(cwd, input);
  const office = await officeOf(abs);
  return office === abs ? input : office;
}

async function buildOne(given: string, flags: BuildFlags, ctx: CommandContext): Promise<number> {
  const { buildOffice } = await import('../../office/build-office.js');
  const { io } = ctx;
  const input = await officeInput(given, io.cwd);
  // Said rather than silently ignored: these options only mean something for many offices.
  for (const [set, name] of [[flags.rollup, '--rollup'], [flags.county, '--county'], [flags.superior, '--superior'], [flags.date, '--date'], [flags.jobs, '--jobs']] as const) {
    if (set !== undefined) io.stderr.write(`提示：只生成一个单位时 ${name} 不起作用（汇总表和多线程只用于批量生成）。\n`);
  }
  const options: OfficeOptions = { cwd: io.cwd, outDir: path.resolve(io.cwd, flags.out ?? '.'), format: flags.format, force: flags.force ?? false };
  if (flags.name) options.fileName = flags.name;
  if (flags.templates) options.templatesDir = path.resolve(io.cwd, flags.templates);
  const fonts = fontsOf(flags);
  if (fonts) options.fonts = fonts;
  if (flags.previous) options.previous = flags.previous;
  if (flags.explain) options.explain = true;

  const { result, sources } = await buildOffice(input, options);
  return tellBuilt(result, sources, { ...flags, fonts }, ctx);
}

/** What `build` of one office says after it: the diagnostics with code frames, then what was written. The preview's write button says the same. */
export async function tellBuilt(
  result: OfficeBuildResult,
  sources: ReadonlyMap<string, string>,
  flags: Pick<BuildFlags, 'quiet' | 'color' | 'format'> & { fonts?: Fonts | undefined },
  ctx: CommandContext,
): Promise<number> {
  const { io } = ctx;
  printDiagnostics(flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics, sources, ctx, flags.color !== false);
  if (result.status === 'built' && result.output) {
    if (flags.format === 'docx' && !flags.quiet) await warnMissingFonts(flags.fonts, ctx);
    const shown = showFrom(io.cwd)(result.output);
    io.stdout.write(`已生成：${shown}\n`);
    if (result.explanation !== undefined) io.stdout.write(`记录去向：${shown}.explain.txt\n`);
  } else {
    io.stderr.write(result.status === 'invalid' ? '数据有错误，没有生成报告。请按上面的提示修改后再试。\n' : '没有生成报告。\n');
  }
  return exitCodeOf({ results: [result] });
}

async function buildMany(inputs: string[], flags: BuildFlags, ctx: CommandContext): Promise<number> {
  const { runBatch } = await import('../../batch/run-batch.js');
  const { createProgress } = await import('../../batch/progress.js');
  const { formatBatchTable } = await import('../../batch/report-table.js');
  const { io } = ctx;
  if (flags.name) {
    io.stderr.write('--name 只能在生成一个单位时使用；批量生成请在批量文件中用 fileName 指定文件名样式（如 "{year}年{township}政协工作总结.docx"）。\n');
    return EXIT.failure;
  }
  if (flags.previous) {
    io.stderr.write('--previous 只能在生成一个单位时使用；批量生成请在批量文件中为每个单位写 previous（上一年的记录），见 docs/batch.md。\n');
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
  const progress = showProgress(bar, show);
  const fonts = fontsOf(flags);
  const { value: result, diagnostics } = await runBatch(inputs, {
    cwd: io.cwd,
    ...(flags.out !== undefined && { outDir: flags.out }),
    format: flags.format,
    ...(flags.force !== undefined && { force: flags.force }),
    ...(flags.templates !== undefined && { templatesDir: flags.templates }),
    ...(fonts !== undefined && { fonts }),
    ...(flags.rollup !== undefined && { rollup: flags.rollup }),
    ...(flags.county !== undefined && { county: flags.county }),
    ...(flags.superior !== undefined && { superior: flags.superior }),
    ...(flags.date !== undefined && { date: flags.date }),
    ...(flags.jobs !== undefined && { jobs: flags.jobs }),
    ...(flags.explain !== undefined && { explain: flags.explain }),
    ...(flags.allowOutside && { allowOutside: true }),
    progress,
  });
  if (diagnostics.length > 0) printDiagnostics(diagnostics, new Map(), ctx, flags.color !== false);
  if ((flags.format ?? 'docx') === 'docx' && !flags.quiet && result.results.some((r) => r.status === 'built')) await warnMissingFonts(fonts, ctx);
  io.stdout.write(formatBatchTable(result.results.map((r) => showResult(r, show))));
  for (const r of result.results) if (r.crash !== undefined) io.stderr.write(bugReport(`生成 ${show(r.input)} 时`, r.crash, ctx.debug));
  if (result.rollup) for (const file of result.rollup.written ?? []) io.stdout.write(`已生成汇总：${show(file)}\n`);
  if (result.rollup) for (const file of result.rollup.unchanged) io.stdout.write(`汇总已是最新（与这次的数据一致，未改动）：${show(file)}\n`);
  return result.exitCode;
}

/** Fonts (issue 9): said once per build, when this machine lacks the fonts the file names. */
async function warnMissingFonts(given: Fonts | undefined, ctx: CommandContext): Promise<void> {
  const { missingFonts, resolveFonts } = await import('../../write/docx/fonts.js');
  const missing = await missingFonts(resolveFonts(given));
  if (!missing || missing.length === 0) return;
  ctx.io.stderr.write(
    `提示：本机没有安装字体 ${missing.join('、')}。文件里照样写明这些字体；打开文件的电脑如果也没有，Word、WPS 会用别的字体代替显示，字形和每行字数会有变化。` +
      `可在打开文件的电脑上安装这些字体，或用 --title-font、--body-font 等选项换成那台电脑上有的字体（见 docs/layout.md“字体”）。\n`,
  );
}
