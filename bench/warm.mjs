// Warm per-office build: one process, the library stages imported from dist/,
// one office built after another (each a different generated file, so no
// per-file cache can flatter the figure). Prints one JSON line.
// Usage: node bench/warm.mjs OFFICES_DIR OUT_DIR [iterations=200] [warmup=30]
import { readdirSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib.mjs';

/**
 * THE ADAPTER: returns { label, build(file, outDir) } for the code as it is:
 * the single-office path of src/office/build-office.ts (prepare → render →
 * write, staged then committed), which a batch worker runs too. build()
 * throws when the office was not written, so a broken stage is never timed.
 */
async function warmBuilder() {
  const { buildOffice } = await import(pathToFileURL(path.join(root, 'dist', 'office', 'build-office.js')).href);
  return {
    label: 'dist/office/build-office.js buildOffice (prepare → render → write → commit)',
    async build(file, outDir) {
      const { result } = await buildOffice(file, { cwd: root, outDir, format: 'docx', force: true });
      if (result.status !== 'built' || !result.output) throw new Error(`${file}: ${result.status} ${result.diagnostics.map((d) => d.message).join('; ').slice(0, 400)}`);
    },
  };
}

const [dir, outDir, iterArg, warmArg] = process.argv.slice(2);
const iterations = Number(iterArg ?? 200);
const warmup = Number(warmArg ?? 30);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const builder = await warmBuilder();
const ms = [];
// Each office goes into a folder of at most a county's 40 reports, as a user's build does: one output
// folder holding all 330 made its record (.summary-outputs.json, read and rewritten by every single build)
// grow to 330 entries, ~0.4 ms of JSON per office that no county pays (bench/README.md, 2026-12-06 profiles).
const COUNTY = 40;
for (let i = 0; i < warmup + iterations; i++) {
  const start = process.hrtime.bigint();
  await builder.build(files[i % files.length], path.join(outDir, String(Math.floor(i / COUNTY))));
  if (i >= warmup) ms.push(Number(process.hrtime.bigint() - start) / 1e6);
}
ms.sort((a, b) => a - b);
const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
console.log(JSON.stringify({ label: builder.label, n: ms.length, offices: files.length, median: q(0.5), p10: q(0.1), p90: q(0.9) }));
