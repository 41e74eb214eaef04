/**
 * `summary check`: validate offices' records for people and for CI. Offices
 * are printed as they are done (in input order), so a check over thousands
 * of files shows its first problems at once and keeps no file to the end.
 */
import { Option, type Command } from 'commander';
import { checkInputs, type CheckedOffice, type CheckOptions } from '../../check/check-inputs.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatGithub } from '../../diagnostics/format/github.js';
import { formatJson } from '../../diagnostics/format/json.js';
import { formatText } from '../../diagnostics/format/text.js';
import { summaryLine } from '../../diagnostics/format/records.js';
import { printable } from '../../diagnostics/format/printable.js';
import { CHECK_STATUS_LABELS, formatBatchTable } from '../../batch/report-table.js';
import { exitCodeOf } from '../../office/exit-code.js';
import { bugReport } from '../bug-report.js';
import { examples } from '../help-zh.js';
import type { CommandContext } from '../io.js';
import { showDiagnostics, showForGithub, showFrom, showResult, showSources } from '../display-paths.js';
import { positiveInt, warningLimit } from '../arguments.js';
import { colorFor } from '../color.js';
import { workerOptions } from '../worker-url.js';

/**
 * Commander tells a variadic option by /\w\.\.\.[>\]]$/ on its flags, and \w is ASCII only:
 * `<通配符...>` would take one value, a string whose characters were then spread as globs.
 */
function variadic(option: Option): Option {
  option.variadic = true;
  return option;
}

interface CheckFlags {
  format: 'text' | 'json' | 'github';
  maxWarnings?: number;
  quiet?: boolean;
  ignore?: string[];
  color?: boolean;
  allowOutside?: boolean;
  jobs?: number;
}

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description('检查全年工作记录（YAML 文件、文件夹或通配符），报告错误和警告')
    .argument('[输入...]', '要检查的文件、文件夹或通配符，默认为当前文件夹')
    .addOption(new Option('--format <格式>', '输出格式：text 给人看，json 给程序读，github 在 GitHub Actions 里标注到行').choices(['text', 'json', 'github']).default('text'))
    .addOption(new Option('--max-warnings <数>', '警告多于这个数时以代码 1 退出；-1 表示不限（与不写相同）').argParser(warningLimit))
    .option('--quiet', '只输出错误，不输出警告（警告仍计入 --max-warnings）')
    .addOption(variadic(new Option('--ignore <通配符...>', '不检查的文件（通配符，相对于当前文件夹）')))
    .option('--no-color', '不使用颜色')
    .option('--allow-outside', '允许读取数据文件夹之外的文件（批量文件所列单位、链接指向的文件）')
    .addOption(new Option('--jobs <数>', '同时检查的线程数，默认为处理器核数（单位很多时才用多线程）').argParser(positiveInt))
    .addHelpText(
      'after',
      examples([
        ['summary check 青石镇2021.yaml', '检查一个单位的记录'],
        ['summary check 各镇 --ignore "各镇/草稿/**"', '检查文件夹里的每个单位，跳过草稿'],
        ['summary check 各镇 --format github --max-warnings 0', '在 CI 里用：错误和警告标注到行，有警告也算不通过'],
      ]),
    )
    .action(async (inputs: string[], flags: CheckFlags) => {
      ctx.exitCode = await check(inputs, flags, ctx);
    });
}

/** The flags as check's options: the one translator (what is printed, and how, stays with the command). */
function checkOptionsOf(flags: CheckFlags, cwd: string): CheckOptions {
  return {
    cwd,
    ...(flags.ignore && { ignore: flags.ignore }),
    ...(flags.allowOutside && { allowOutside: true }),
    ...(flags.jobs !== undefined && { jobs: flags.jobs }),
  };
}

async function check(inputs: string[], flags: CheckFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  // Text goes to stdout: coloured by stdout's own terminal (github and json never are).
  const color = flags.format === 'text' && colorFor(io, 'stdout', flags.color !== false);
  const shown = (list: readonly Diagnostic[]) => (flags.quiet ? list.filter((d) => d.severity === 'error') : list);
  const json: Diagnostic[] = [];
  // People read paths from the current folder; GitHub places annotations by paths from the repository root.
  const forPeople = showFrom(io.cwd);
  const forGithub = flags.format === 'github' ? showForGithub(io.env, io.cwd) : forPeople;
  const printOffice = (diagnostics: readonly Diagnostic[], frames: ReadonlyMap<string, string>) => {
    const list = shown(diagnostics);
    if (flags.format === 'json') return void json.push(...showDiagnostics(list, forPeople));
    if (list.length === 0) return;
    if (flags.format === 'github') io.stdout.write(formatGithub({ diagnostics: showDiagnostics(list, forGithub), summary: EMPTY }));
    const text = { diagnostics: showDiagnostics(list, forPeople), sources: showSources(frames, forPeople), summary: EMPTY };
    io.stdout.write(`${formatText(text, { color, summary: false })}\n`);
  };

  const { value: report } = await checkInputs(inputs, {
    ...checkOptionsOf(flags, io.cwd),
    ...workerOptions(io.env),
    // Problems of the inputs themselves come first; they are known before any office is read.
    onInputs: (diagnostics) => printOffice(diagnostics, new Map()),
    onOffice: (office: CheckedOffice) => printOffice(office.result.diagnostics, office.frames),
  });

  if (flags.format === 'json') {
    io.stdout.write(formatJson({ diagnostics: json, summary: report.summary }));
  } else {
    // Several offices: the same per-office table as a batch build, before the summary line.
    if (report.results.length > 1) io.stdout.write(`${formatBatchTable(report.results.map((r) => showResult(r, forPeople)), CHECK_STATUS_LABELS).trimEnd()}\n\n`);
    io.stdout.write(`${summaryLine(report.summary)}\n`);
  }

  const tooManyWarnings = flags.maxWarnings !== undefined && report.summary.warnings > flags.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`警告有 ${report.summary.warnings} 个，超过了 --max-warnings ${flags.maxWarnings} 的上限。\n`);
  for (const c of report.crashed) io.stderr.write(bugReport(`检查 ${printable(forPeople(c.input))} 时`, c.stack, ctx.debug));
  return exitCodeOf({ results: report.results, diagnostics: report.inputDiagnostics, ...(flags.maxWarnings !== undefined && { maxWarnings: flags.maxWarnings }) });
}

const EMPTY = { files: 0, errors: 0, warnings: 0 };
