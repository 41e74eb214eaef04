#!/usr/bin/env node
/**
 * Throws the dice the test suite does not: the property tests (and the
 * every-value test's generated years) run with a random FUZZ_SEED per round (the suite itself always runs one fixed seed,
 * tests/support/fast-check-seed.ts, so CI is never red by chance). A failing
 * round prints its seed; keep the counterexample as an `examples` entry of
 * the property that found it, then fix what it shows.
 *
 *   npm run explore                 # 10 rounds of the generated-year properties
 *   node scripts/explore.mjs 50 tests/lint/property.test.ts
 *   node scripts/explore.mjs --maxWorkers=1 30 tests/render/every-value.test.ts
 *
 * Options before the count are passed to vitest: --maxWorkers=1 keeps a
 * shared machine's other cores free (a round then takes longer, not less).
 * EXPLORE_OUT=DIR keeps each failing round's whole output as DIR/SEED.txt.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const vitestOptions = args.filter((a) => a.startsWith('--'));
const [count, ...named] = args.filter((a) => !a.startsWith('--'));
const rounds = Number(count ?? 10);
const files = named.length > 0 ? named : ['tests/lint/property.test.ts', 'tests/render/leak.test.ts', 'tests/office/property-build.test.ts', 'tests/render/every-value.test.ts'];
const failed = [];
for (let i = 1; i <= rounds; i++) {
  const seed = randomInt(1, 2 ** 31 - 1);
  const r = spawnSync('npx', ['vitest', 'run', ...vitestOptions, ...files], { env: { ...process.env, FUZZ_SEED: String(seed) }, encoding: 'utf8' });
  const ok = r.status === 0;
  console.log(`第 ${i}/${rounds} 轮 FUZZ_SEED=${seed}：${ok ? '通过' : '失败'}`);
  if (!ok) {
    failed.push(seed);
    if (process.env.EXPLORE_OUT) {
      mkdirSync(process.env.EXPLORE_OUT, { recursive: true });
      writeFileSync(join(process.env.EXPLORE_OUT, `${seed}.txt`), r.stdout + r.stderr);
    }
    // vitest reports failures on stderr, in colour: read both, without the colour codes.
    const lines = `${r.stdout}\n${r.stderr}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '').split('\n');
    console.log(lines.filter((l) => /FAIL|Counterexample|seed:|^\s*[+-] |Error/.test(l) && !l.includes('✓')).slice(0, 40).join('\n'));
  }
}
console.log(failed.length === 0 ? `${rounds} 轮全部通过。` : `失败的种子：${failed.join('、')}（FUZZ_SEED=种子 npx vitest run …… 可重现）`);
process.exit(failed.length === 0 ? 0 : 1);
