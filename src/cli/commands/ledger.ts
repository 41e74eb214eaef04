/** `summary ledger`: write a blank ledger workbook (工作台账.xlsx) for an office to fill in through the year. */
import type { Command } from 'commander';
import path from 'node:path';
import { exitCodeOfDiagnostics } from '../../office/exit-code.js';
import { showFrom } from '../display-paths.js';
import { printable } from '../../diagnostics/format/printable.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { yearArg } from '../arguments.js';
import { examples } from '../help-zh.js';
import { EXIT, type CommandContext } from '../io.js';

interface LedgerFlags {
  year?: number;
  office?: string;
  force?: boolean;
}

export function registerLedger(program: Command, ctx: CommandContext): void {
  program
    .command('ledger')
    .description('生成一本空白的工作台账（.xlsx），供全年逐条填写，年底直接用它生成总结')
    .argument('[文件]', '台账文件名', '工作台账.xlsx')
    .option('--year <年份>', '台账的年份', yearArg)
    .option('--office <名称>', '单位全称，如“青石镇政协联络工作委员会”')
    .option('--force', '文件已存在时覆盖')
    .addHelpText(
      'after',
      examples([
        ['summary ledger', '在当前文件夹生成空白的 工作台账.xlsx'],
        ['summary ledger 2024.xlsx --year 2024 --office 青石镇政协联络工作委员会', '年份和单位全称已填好'],
        ['summary check 2024.xlsx', '年底检查填好的台账（报错指到工作表和格子）'],
      ]),
    )
    .action(async (file: string, flags: LedgerFlags) => {
      const { saveLedger } = await import('../../ledger/save-ledger.js');
      const target = path.resolve(ctx.io.cwd, file.toLowerCase().endsWith('.xlsx') ? file : `${file}.xlsx`);
      const shown = printable(showFrom(ctx.io.cwd)(target));
      const data: Record<string, unknown> = {};
      if (flags.year !== undefined) data.year = flags.year;
      if (flags.office !== undefined) data.office = { name: flags.office };
      const saved = await saveLedger(target, data, { force: flags.force === true });
      if (saved.value === undefined) {
        printDiagnostics(saved.diagnostics, new Map(), ctx);
        ctx.exitCode = exitCodeOfDiagnostics(saved.diagnostics);
        return;
      }
      ctx.io.stdout.write(`已生成工作台账：${shown}\n用 Excel、WPS 或 LibreOffice 打开填写；填好后运行 summary check ${shown} 检查，summary build ${shown} 生成总结。\n`);
      ctx.exitCode = EXIT.ok;
    });
}
