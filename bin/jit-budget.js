// How much V8's optimising compiler (TurboFan) inlines, for the commands that
// build or check many offices. Measured on Node 20 (2 cores; bench/README.md,
// "What stands between each unmet figure and its target"): a batch of 500
// offices spent ~35 % of its CPU compiling, on V8's background threads — each
// of our large functions (planning a report's chapters, writing them, the YAML
// composer) compiled with everything it calls inlined, 50–300 ms a compile,
// and again in every worker thread's isolate. With at most 100 bytes of bytecode
// inlined into one compiled function (V8's default is 920), a batch's CPU fell 11–20 % and a warm
// office's time did not move. Only the JIT's effort changes, never what the code does.
//
// Node 20 only: the flag exists in later V8s too, but Node ≥ 22 adds Maglev
// between the interpreter and TurboFan, and the trade-off there is unmeasured.
import v8 from 'node:v8';

/** The commands that run many offices in one process, where JIT compiling is a cost worth trimming. */
const MANY_OFFICES = new Set(['build', 'check']);

/** The V8 flags for this command on this Node, or undefined for none. Pure: the table test holds it. */
export function jitFlags(command, nodeVersion = process.versions.node) {
  const major = Number(String(nodeVersion).split('.')[0]);
  if (major !== 20 || !MANY_OFFICES.has(command)) return undefined;
  return '--max-inlined-bytecode-size-cumulative=100';
}

/** Sets them before any of the program is loaded (the workers' isolates, started later, share them). */
export function trimJit(command) {
  const flags = jitFlags(command);
  if (flags !== undefined) v8.setFlagsFromString(flags);
  return flags;
}
