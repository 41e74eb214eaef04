// Speed of `summary check` over a county's worth of files: 1,000 varied copies of the example.
// Usage: npm run build && node bench/check.mjs [files=1000] [runs=5]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);
const example = readFileSync(path.join(root, 'examples/qingshi-2021.yaml'), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'summary-bench-'));

// Vary names, numbers and length so the files are not byte-identical.
const names = ['青石', '白沙', '东岭', '新街', '金穗', '绿源', '红旺', '云田', '苏洲', '燕泉'];
for (let i = 0; i < files; i++) {
  const name = `${names[i % names.length]}${Math.floor(i / names.length)}`;
  let text = example.replaceAll('青石', name).replace('attendees: 11', `attendees: ${5 + (i % 20)}`);
  if (i % 3 === 0) text = text.replace(/\nstudies:\n/, '\nstudies:\n  - date: 2021-01-10\n    form: 线上学习\n    topic: 全国两会精神\n');
  writeFileSync(path.join(dir, `${name}.yaml`), text);
}

const times = [];
for (let r = 0; r < runs; r++) {
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [path.join(root, 'bin/summary.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
  if (res.status !== 0) {
    console.error(`check exited ${res.status}: ${res.stderr || res.stdout.slice(0, 2000)}`);
    process.exitCode = 1;
    break;
  }
}
rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`check of ${files} files, ${runs} runs: median ${median.toFixed(2)} s (${(files / median).toFixed(0)} files/s); all runs: ${times.map((t) => t.toFixed(2)).join(', ')} s`);
