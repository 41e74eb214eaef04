/** `summary schema`: print the JSON Schema of the data format for editors. */
import type { Command } from 'commander';
import { examples } from '../help-zh.js';
import type { CommandContext } from '../io.js';

export function registerSchema(program: Command, ctx: CommandContext): void {
  program
    .command('schema')
    .description('输出数据格式的 JSON Schema（供编辑器提示和校验）')
    .addHelpText(
      'after',
      examples([
        ['summary schema > summary.schema.json', '存成文件，供编辑器使用'],
        ['summary schema | more', '在终端里翻看'],
      ]),
    )
    .action(async () => {
      const { yearJsonSchemaText } = await import('../../schema/json-schema.js');
      ctx.io.stdout.write(yearJsonSchemaText());
      ctx.exitCode = 0;
    });
}
