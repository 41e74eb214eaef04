/**
 * `summary init`: start an office's year — a new file from the schema, or,
 * with --from, last year's file rolled forward (src/init/).
 */
import type { Command } from 'commander';
import { yearArg } from '../arguments.js';
import type { InitRequest } from '../../init/run-init.js';
import type { CommandContext } from '../io.js';
import { EXIT } from '../io.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { showFrom } from '../display-paths.js';
import { examples } from '../help-zh.js';
import { printableLines } from '../../diagnostics/format/printable.js';

/** The options as commander gives them: the request's fields the user sets. */
type InitFlags = Pick<InitRequest, 'name' | 'township' | 'superior' | 'year' | 'folder' | 'force' | 'from'>;

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description('新建一个单位的全年工作记录（YAML），或用 --from 从去年的记录转入新的一年')
    .argument('[文件]', '要写的文件（用 --folder 时为文件夹），默认为“年份.yaml”，用 --from 时为去年文件名中的年份加一')
    .option('--name <名称>', '单位全称，如“青石镇政协联络工作委员会”')
    .option('--township <镇街>', '所在镇（街道），如“青石镇”')
    .option('--superior <上级>', '上级政协，如“县政协”')
    .option('--year <年份>', '总结的年份；不写时取文件名里的年份（如“青石镇2022”），文件名里没有时为今年（用 --from 时为去年的下一年）', yearArg)
    .option('--folder', '写成一个文件夹（office.yaml、records.yaml、text.yaml）')
    .option('--from <文件>', '去年的记录：沿用单位、委员、小组等，清空逐条记录，去年的打算留作注释')
    .option('--force', '文件已存在时覆盖')
    .addHelpText(
      'after',
      examples([
        ['summary init --name 青石镇政协联络工作委员会 --township 青石镇 --year 2022', '新建 2022.yaml，单位名称等已填好'],
        ['summary init 青石镇2022 --folder', '写成一个文件夹“青石镇2022”（单位、记录、文字分开），年份取文件名里的 2022'],
        ['summary init --from 青石镇2021.yaml', '从去年的记录转入新的一年（写到 青石镇2022.yaml）'],
      ]),
    )
    .action(async (file: string | undefined, flags: InitFlags) => {
      const { runInit } = await import('../../init/run-init.js');
      const result = await runInit({ file, ...flags, cwd: ctx.io.cwd, show: showFrom(ctx.io.cwd), today: new Date() });
      printDiagnostics(result.diagnostics, result.sources, ctx);
      if (result.message) (result.exitCode === EXIT.ok ? ctx.io.stdout : ctx.io.stderr).write(`${printableLines(result.message)}\n`);
      ctx.exitCode = result.exitCode;
    });
}
