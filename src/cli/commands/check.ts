/** `summary check`: validate offices' records for people and for CI. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { checkInputs, type CheckReport } from '../../check/check-inputs.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatGithub } from '../../diagnostics/format/github.js';
import { formatJson } from '../../diagnostics/format/json.js';
import type { FormatInput } from '../../diagnostics/format/records.js';
import { formatText } from '../../diagnostics/format/text.js';
import { EXIT, type CommandContext } from '../io.js';
import { bugReport } from '../bug-report.js';
import { CHECK_STATUS_LABELS, formatBatchTable } from '../../batch/report-table.js';
import type { OfficeBuildResult } from '../../build/types.js';
import type { OfficeResult } from '../../check/check-inputs.js';

interface CheckFlags {
  format: 'text' | 'json' | 'github';
  maxWarnings?: number;
  quiet?: boolean;
  ignore?: string[];
  color?: boolean;
}

const nonNegativeInt = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('应为不小于 0 的整数。');
  return Number(value);
};

export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description('检查全年工作记录（YAML 文件、文件夹或通配符），报告错误和警告')
    .argument('[inputs...]', '要检查的文件、文件夹或通配符，默认为当前文件夹')
    .addOption(new Option('--format <format>', '输出格式').choices(['text', 'json', 'github']).default('text'))
    .addOption(new Option('--max-warnings <n>', '警告多于 n 个时以代码 1 退出').argParser(nonNegativeInt))
    .option('--quiet', '只输出错误，不输出警告（警告仍计入 --max-warnings）')
    .option('--ignore <glob...>', '不检查的文件（通配符，相对于当前文件夹）')
    .option('--no-color', '不使用颜色')
    .action(async (inputs: string[], flags: CheckFlags) => {
      const report = await checkInputs(inputs, { cwd: ctx.io.cwd, ignore: flags.ignore });
      ctx.exitCode = printReport(report, flags, ctx);
    });
}

function printReport(report: CheckReport, flags: CheckFlags, ctx: CommandContext): number {
  const { io } = ctx;
  const shown: Diagnostic[] = flags.quiet ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics;
  const input: FormatInput = { diagnostics: shown, sources: report.sources, summary: report.summary };
  const color = flags.color !== false && io.isTTY && !io.env.NO_COLOR && flags.format === 'text';

  if (flags.format === 'json') {
    io.stdout.write(formatJson(input));
  } else {
    // GitHub shows at most 10 error annotations a step, so the full log is always printed too.
    if (flags.format === 'github') io.stdout.write(formatGithub(input));
    // Several offices: the same per-office table as a batch build, before the summary line.
    const table = report.offices.length > 1 ? formatBatchTable(report.offices.map(asResult), CHECK_STATUS_LABELS) : undefined;
    io.stdout.write(formatText(input, { color, beforeSummary: table }));
  }

  const tooManyWarnings = flags.maxWarnings !== undefined && report.summary.warnings > flags.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`警告有 ${report.summary.warnings} 个，超过了 --max-warnings ${flags.maxWarnings} 的上限。\n`);
  if (report.crashed > 0) {
    for (const o of report.offices.filter((x) => x.crashed)) io.stderr.write(bugReport(`检查 ${o.input} 时`, o.stack, ctx.debug));
    return EXIT.failure;
  }
  if (report.missingInputs.length > 0) return EXIT.failure;
  if (report.summary.errors > 0 || tooManyWarnings) return EXIT.findings;
  return EXIT.ok;
}

/** A checked office in the shape the batch table reads. */
function asResult(o: OfficeResult): OfficeBuildResult {
  const status = o.crashed ? 'failed' : o.diagnostics.some((d) => d.severity === 'error') ? 'invalid' : 'built';
  const result: OfficeBuildResult = { input: o.input, status, diagnostics: o.diagnostics };
  if (o.loaded?.data) result.office = o.loaded.data.office.name;
  return result;
}
