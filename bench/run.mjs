// Speed and memory of `summary` on a county's (and a prefecture's) worth of offices.
// Usage: npm run bench   (node bench/run.mjs [offices=500] [runs=3])
//
// Generates varied offices from examples/*.yaml into a temp folder, builds
// dist/ first if it is missing, then measures, as medians (not means: one
// slow run from a busy machine should not move the figure):
//   - one cold `summary build FILE` (a fresh node process each time), 7 runs;
//   - a batch of N offices with --jobs 1 and with every core: reports/second;
//   - `summary check` over 1,000 files: files/second;
//   - peak memory (max RSS, worker threads included) of the batch, via /usr/bin/time;
//   - where pandoc is installed, `pandoc report.md -o report.docx` for the same
//     report's Markdown preview, beside the cold build, with the ratio.
// Prints a Markdown block to paste into bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.argv[2] ?? 500);
const RUNS = Number(process.argv[3] ?? 3);
const COLD_RUNS = 7;
const CHECK_FILES = 1000;
const bin = path.join(root, 'bin/summary.js');
const cores = os.availableParallelism();

if (!existsSync(path.join(root, 'dist/cli/main.js')) || !existsSync(path.join(root, 'dist/batch/worker.js'))) {
  console.error('dist/ 不完整，先编译（npm run build）……');
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) console.error('编译有错误；仍用已生成的 dist/ 继续。');
}

const work = mkdtempSync(path.join(os.tmpdir(), 'summary-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// ---------------------------------------------------------------- data
const examples = readdirSync(path.join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(path.join(root, 'examples', f), 'utf8'));
const STEMS = ['青岭', '白沙', '东岭', '新街', '金穗', '绿源', '红旺', '云田', '苏洲', '燕泉', '石门', '桃源', '梅溪', '松柏', '长乐', '清泉'];

/** Office i: an example with its township renamed and some numbers changed, so no two files are alike. */
function office(i) {
  const text = examples[i % examples.length];
  const m = /township:\s*(\S+?)(镇|街道|乡)\s*$/m.exec(text);
  const stem = m ? m[1] : '青石';
  const name = `${STEMS[i % STEMS.length]}${Math.floor(i / STEMS.length) + 1}`;
  let n = 0;
  return text.replaceAll(stem, name).replace(/(attendees|participants): (\d+)/g, (_s, k, v) => `${k}: ${Number(v) + ((i + n++) % 7)}`);
}

function writeOffices(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `office-${String(i).padStart(4, '0')}.yaml`), office(i));
  return dir;
}

const offices = writeOffices(path.join(work, 'offices'), N);
const checkDir = writeOffices(path.join(work, 'check'), CHECK_FILES);
const one = path.join(offices, 'office-0000.yaml');

// ---------------------------------------------------------------- timing
function timed(cmd, args, opts = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, cwd: work, ...opts });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function medianOf(runs, label, fn) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const res = fn(r);
    if (res.status !== 0 && res.status !== 1) {
      console.error(`${label} 退出码 ${res.status}：\n${(res.stderr || res.stdout).slice(0, 2000)}`);
      process.exit(2);
    }
    times.push(res.seconds);
  }
  return median(times);
}

const out = (name) => path.join(work, 'out', name);
const summary = (...args) => timed(process.execPath, [bin, ...args]);

console.error(`${N} 个单位，${CHECK_FILES} 个检查文件，${cores} 核；每项取中位数。`);
const cold = medianOf(COLD_RUNS, 'build 单个', () => summary('build', one, '--out', out('one'), '--force'));
const batch1 = medianOf(RUNS, 'build --jobs 1', () => summary('build', offices, '--out', out('j1'), '--force', '--quiet', '--jobs', '1'));
const batchAll = medianOf(RUNS, `build --jobs ${cores}`, () => summary('build', offices, '--out', out('jall'), '--force', '--quiet', '--jobs', String(cores)));
const check = medianOf(RUNS, 'check', () => summary('check', checkDir, '--format', 'json'));

// Peak memory of the whole batch, worker threads included (they share the process).
let peakMb = 'n/a';
if (existsSync('/usr/bin/time')) {
  const r = timed('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'build', offices, '--out', out('mem'), '--force', '--quiet', '--jobs', String(cores)]);
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  if (Number.isFinite(kb)) peakMb = `${Math.round(kb / 1024)} MB`;
}

// pandoc on the same report's Markdown preview, for scale.
let pandocLine = '| pandoc report.md -o report.docx | 未安装 pandoc | |';
if (spawnSync('pandoc', ['--version']).status === 0) {
  const md = summary('build', one, '--out', out('md'), '--force', '--format', 'md');
  const mdFile = readdirSync(out('md')).find((f) => f.endsWith('.md'));
  if (md.status === 0 && mdFile) {
    const src = path.join(out('md'), mdFile);
    const pandoc = medianOf(COLD_RUNS, 'pandoc', () => timed('pandoc', [src, '-o', path.join(work, 'pandoc.docx')]));
    pandocLine = `| pandoc report.md -o report.docx (same report) | ${pandoc.toFixed(3)} s | summary / pandoc = ${(cold / pandoc).toFixed(2)} |`;
  }
}

const cpu = (os.cpus()[0]?.model ?? '?').trim();
console.log(`
Machine: ${cpu}, nproc ${os.cpus().length} (available parallelism ${cores}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}

| measure | median | |
|---|---|---|
| one cold \`summary build FILE\` (${COLD_RUNS} runs) | ${cold.toFixed(3)} s | |
| batch of ${N}, --jobs 1 (${RUNS} runs) | ${batch1.toFixed(2)} s | ${(N / batch1).toFixed(1)} reports/s |
| batch of ${N}, --jobs ${cores} (${RUNS} runs) | ${batchAll.toFixed(2)} s | ${(N / batchAll).toFixed(1)} reports/s (×${(batch1 / batchAll).toFixed(2)}) |
| \`summary check\` over ${CHECK_FILES} files (${RUNS} runs) | ${check.toFixed(2)} s | ${(CHECK_FILES / check).toFixed(0)} files/s |
| peak memory, batch of ${N}, --jobs ${cores} | ${peakMb} | |
${pandocLine}
`);
