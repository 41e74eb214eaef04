// The CLI's view of this process (CliIo, src/cli/io.ts): the bin gives it to
// run(argv, io), and so does the test that runs the unbundled build the same way.
// `summary check | head`: a pipe closed by its reader (EPIPE) ends the output quietly, not the run (src/cli/closed-pipe.ts).
export function processIo(quietWhenClosed) {
  return {
    stdout: quietWhenClosed(process.stdout),
    stderr: quietWhenClosed(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(process.stderr.columns && { stderrColumns: process.stderr.columns }),
  };
}
