#!/usr/bin/env node
// A thin bin over run(argv, io) → exit code. Each command has its own bundled
// entry in dist/bundle/ (scripts/bundle.mjs) holding only the code it uses;
// help, --version and a mistyped command take `summary`, which has them all.
// Loading the program can itself fail (never built, or a broken install): say
// so in Chinese instead of showing Node's stack, and exit 2 like any tool failure.
import { enableCompileCache } from './compile-cache.js';
import { trimJit } from './jit-budget.js';
import { processIo } from './process-io.js';

/** Command → its bundle. Only these names reach the file system: the user's words never become a path. */
const ENTRY = { build: 'build', preview: 'build', check: 'check', init: 'init', schema: 'schema', ledger: 'ledger', convert: 'convert' };

const argv = process.argv.slice(2);
// The program's own options (--debug, -v, -h) take no value, so the first other word is the command.
const command = argv.find((a) => !a.startsWith('-'));
const entry = command !== undefined && Object.hasOwn(ENTRY, command) ? ENTRY[command] : 'summary';

enableCompileCache(process.env);
trimJit(command);
let run;
let quietWhenClosed;
try {
  ({ run, quietWhenClosed } = await import(`../dist/bundle/${entry}.js`));
} catch (err) {
  process.stderr.write(
    '无法启动 summary：程序文件缺失或不完整（' +
      (err && err.code ? err.code : '加载失败') +
      '）。从源码运行时请在项目文件夹中运行 npm ci 和 npm run build；装好的软件包缺文件时请重新安装。\n' +
      (process.env.SUMMARY_DEBUG === '1' ? `${err && err.stack ? err.stack : err}\n` : ''),
  );
  process.exit(2);
}

process.exitCode = await run(argv, processIo(quietWhenClosed));
