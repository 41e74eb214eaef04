// `summary check` alone: the check part of bench/run.mjs (check over two counts
// and the yaml.parseDocument floor, interleaved). Arguments as for run.mjs.
// Usage: node bench/check.mjs [--quick] [--check 1000] [--check-big 5000] [--rounds 5]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './lib.mjs';

const r = spawnSync(process.execPath, [path.join(root, 'bench/run.mjs'), '--only', 'check', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
