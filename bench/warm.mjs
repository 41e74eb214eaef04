// Warm per-office build: one process, the library stages imported from dist/,
// one office built after another (each a different generated file, so no
// per-file cache can flatter the figure). Prints one JSON line.
// Usage: node bench/warm.mjs OFFICES_DIR OUT_DIR [iterations=200] [warmup=30]
import { readdirSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib.mjs';

/**
 * THE ADAPTER: returns { label, build(file, outDir) } for the code as it is.
 * Issue 7 moves one office into explicit stages under dist/office/
 * (prepare → render → write); until they are there, dist/build/build-office.js's
 * buildOffice does the whole office. Point this at whatever the stages are
 * called; nothing else in the bench needs to change. build() must reject
 * (throw) when the office was not written, so a broken stage is never timed.
 */
async function warmBuilder() {
  const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
  const tryImport = async (p) => import(dist(p)).catch(() => undefined);
  const pick = (mod, re) => mod && Object.entries(mod).find(([k, v]) => typeof v === 'function' && re.test(k))?.[1];
  const index = await tryImport('office/index.js');
  const prepare = pick(index, /^prepare/) ?? pick(await tryImport('office/prepare.js'), /^prepare/);
  const render = pick(index, /^render/) ?? pick(await tryImport('office/render.js'), /^render/);
  const write = pick(index, /^write/) ?? pick(await tryImport('office/write.js'), /^write/);
  if (prepare && render && write) {
    return {
      label: `dist/office stages: ${prepare.name} → ${render.name} → ${write.name}`,
      async build(file, outDir) {
        const prepared = await prepare(file, { cwd: root });
        const rendered = await render(prepared, {});
        const written = await write(rendered, { outDir, format: 'docx', force: true, cwd: root });
        if (written?.ok === false || written?.status === 'failed' || written?.status === 'invalid') throw new Error(`not written: ${JSON.stringify(written).slice(0, 400)}`);
      },
    };
  }
  const { buildOffice } = await import(dist('build/build-office.js'));
  return {
    label: 'dist/build/build-office.js buildOffice (no dist/office stages found)',
    async build(file, outDir) {
      const r = await buildOffice(file, { outDir, format: 'docx', force: true, cwd: root });
      if (r.status !== 'built' || !r.output) throw new Error(`${file}: ${r.status} ${r.diagnostics.map((d) => d.message).join('; ').slice(0, 400)}`);
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
for (let i = 0; i < warmup + iterations; i++) {
  const start = process.hrtime.bigint();
  await builder.build(files[i % files.length], outDir);
  if (i >= warmup) ms.push(Number(process.hrtime.bigint() - start) / 1e6);
}
ms.sort((a, b) => a - b);
const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
console.log(JSON.stringify({ label: builder.label, n: ms.length, offices: files.length, median: q(0.5), p10: q(0.1), p90: q(0.9) }));
