// The CLI's view of this process (CliIo, src/cli/io.ts): the bin gives it to
// run(argv, io), and so does the test that runs the unbundled build the same way.
// `summary check | head`: a pipe closed by its reader (EPIPE) ends the output quietly, not the run (src/cli/closed-pipe.ts).
//
// SIGINT (Ctrl-C) and SIGTERM: a command that holds them (build) is told through `stop.signal`, removes what it
// staged and ends with 128 + the signal's number; any other command ends at once, as it would without a handler.
// A second signal ends the process at once.
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };

export function processIo(quietWhenClosed) {
  const stops = new AbortController();
  let held = false;
  for (const name of Object.keys(SIGNAL_EXIT)) {
    process.on(name, () => {
      if (!held || stops.signal.aborted) process.exit(SIGNAL_EXIT[name]);
      stops.abort(name);
    });
  }
  return {
    stdout: quietWhenClosed(process.stdout),
    stderr: quietWhenClosed(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    ...(process.stderr.columns && { stderrColumns: process.stderr.columns }),
    stop: { signal: stops.signal, hold: () => (held = true) },
  };
}
