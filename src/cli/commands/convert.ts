/** `summary convert`: a ledger (.xlsx) to YAML, or YAML to a ledger, for everything the data format holds. */
import type { Command } from 'commander';
import path from 'node:path';
import { showFrom } from '../display-paths.js';
import { printable } from '../../diagnostics/format/printable.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { examples } from '../help-zh.js';
import { EXIT, type CommandContext } from '../io.js';
import { exitCodeOfDiagnostics } from '../../office/exit-code.js';

interface ConvertFlags {
  force?: boolean;
}

export function registerConvert(program: Command, ctx: CommandContext): void {
  program
    .command('convert')
    .description('把工作台账（.xlsx）转成 YAML 文件，或把 YAML 文件转成工作台账')
    .argument('<输入>', '要转换的台账（.xlsx）或 YAML 文件')
    .argument('[输出]', '写到哪个文件，默认为同名的 .yaml 或 .xlsx')
    .option('--force', '目标文件已存在时覆盖')
    .addHelpText(
      'after',
      examples([
        ['summary convert 工作台账.xlsx', '台账转成 YAML，写到 工作台账.yaml'],
        ['summary convert 青石镇2021.yaml 青石镇2021台账.xlsx', '已有的 YAML 记录转成台账，接着在 Excel 里填写'],
        ['summary convert 工作台账.xlsx 2024.yaml --force', '重新转换，覆盖已有的 2024.yaml'],
      ]),
    )
    .action(async (input: string, output: string | undefined, flags: ConvertFlags) => {
      const { convertFile } = await import('../../office/convert.js');
      const show = showFrom(ctx.io.cwd);
      const converted = await convertFile(path.resolve(ctx.io.cwd, input), output === undefined ? undefined : path.resolve(ctx.io.cwd, output), { force: flags.force === true });

      const written = converted.value === undefined ? undefined : show(converted.value);
      printDiagnostics(converted.diagnostics, new Map(), ctx);
      if (!written) {
        ctx.exitCode = exitCodeOfDiagnostics(converted.diagnostics);
        return;
      }
      ctx.io.stdout.write(`已转换：${printable(input)} → ${printable(written)}\n`);
      ctx.exitCode = EXIT.ok;
    });
}
