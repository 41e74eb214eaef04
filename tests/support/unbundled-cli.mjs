// The unbundled build's CLI — tsc's dist/cli/main.js and the modules beside it
// — run as bin/summary.js runs a bundle, for tests/e2e/bundle.test.ts to hold
// the two outputs to each other byte for byte.
import { processIo } from '../../bin/process-io.js';

const { run, quietWhenClosed } = await import('../../dist/cli/main.js');
process.exitCode = await run(process.argv.slice(2), processIo(quietWhenClosed));
