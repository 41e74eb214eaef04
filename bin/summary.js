#!/usr/bin/env node
// A thin bin over run(argv, io) → exit code; everything else is in dist/.
// Loading dist/ can itself fail (never built, or a broken install): say so in
// Chinese instead of showing Node's stack, and exit 2 like any tool failure.
let run;
let quietWhenClosed;
try {
  ({ run, quietWhenClosed } = await import('../dist/cli/main.js'));
} catch (err) {
  process.stderr.write(
    '无法启动 summary：程序文件缺失或不完整（' +
      (err && err.code ? err.code : '加载失败') +
      '）。从源码运行时请在项目文件夹中运行 npm ci 和 npm run build；装好的软件包缺文件时请重新安装。\n' +
      (process.env.SUMMARY_DEBUG === '1' ? `${err && err.stack ? err.stack : err}\n` : ''),
  );
  process.exit(2);
}

// SIGINT (Ctrl-C) and SIGTERM: a command that holds them (build) is told through `stop.signal`, removes what it
// staged and ends with 128 + the signal's number; any other command ends at once, as it would without a handler.
// A second signal ends the process at once.
const stops = new AbortController();
let held = false;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
for (const name of Object.keys(SIGNAL_EXIT)) {
  process.on(name, () => {
    if (!held || stops.signal.aborted) process.exit(SIGNAL_EXIT[name]);
    stops.abort(name);
  });
}

// `summary check | head`: a pipe closed by its reader (EPIPE) ends the output quietly, not the run (src/cli/closed-pipe.ts).
process.exitCode = await run(process.argv.slice(2), {
  stdout: quietWhenClosed(process.stdout),
  stderr: quietWhenClosed(process.stderr),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  ...(process.stderr.columns && { stderrColumns: process.stderr.columns }),
  stop: { signal: stops.signal, hold: () => (held = true) },
});
