// `npm run bench`: speed and memory of `summary`, each figure beside its peer
// in the same run, measures that are compared interleaved round-robin.
//   node bench/run.mjs            full run (~10-15 min on 2 cores)
//   node bench/run.mjs --quick    smaller counts, 5 rounds (~2-3 min)
//   --rounds N --batch N --batch-big N --check N --check-big N --docx N --warm N --only cold,batch,memory,check,warm
//   (or env BENCH_ROUNDS, BENCH_BATCH, … with the same names in capitals)
// See bench/README.md for what each measure is and the figures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, cores, hasTime, interleave, median, root, runChild, writeOffices } from './lib.mjs';

// ---------------------------------------------------------------- sizes
const argv = process.argv.slice(2);
const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const opt = (name, full, small) => {
  const i = argv.indexOf(`--${name}`);
  const env = process.env[`BENCH_${name.toUpperCase().replace('-', '_')}`];
  const v = i >= 0 ? argv[i + 1] : env;
  return v !== undefined ? v : quick ? small : full;
};
const ROUNDS = Math.max(5, Number(opt('rounds', 5, 5)));
const COLD_ROUNDS = Math.max(ROUNDS, 9);
const BATCH = Number(opt('batch', 500, 100));
const BATCH_BIG = Number(opt('batch-big', 2000, 400));
const CHECK = Number(opt('check', 1000, 200));
const CHECK_BIG = Number(opt('check-big', 5000, 1000));
const DOCX_N = Number(opt('docx', BATCH, BATCH));
const WARM_N = Number(opt('warm', 300, 100));
const ONLY = new Set(String(opt('only', 'cold,batch,memory,check,warm', 'cold,batch,memory,check,warm')).split(','));
const log = (s) => console.error(s);

if (!existsSync(path.join(root, 'dist/cli/main.js'))) {
  console.error('dist/ 不存在：先运行 npm run build。');
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'summary-bench-'));
const cleanup = () => rmSync(work, { recursive: true, force: true });
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
const rss = () => path.join(work, `rss-${process.hrtime.bigint()}`);
const fresh = (dir) => () => rmSync(dir, { recursive: true, force: true });
const node = (args, capture = false) => runChild(process.execPath, args, { cwd: work, capture, rssFile: rss() });

if (!hasTime) log('没有 /usr/bin/time（apt-get install time）：峰值内存不测。');
const pandocOk = spawnSync('pandoc', ['--version']).status === 0;

log(`生成数据：${BATCH} 与 ${BATCH_BIG} 个单位，检查 ${CHECK} 与 ${CHECK_BIG} 个文件……`);
const offices = writeOffices(path.join(work, 'offices'), BATCH);
const officesBig = ONLY.has('memory') ? writeOffices(path.join(work, 'offices-big'), BATCH_BIG) : '';
const checkSmall = ONLY.has('check') ? writeOffices(path.join(work, 'check'), CHECK) : '';
const checkBig = ONLY.has('check') ? writeOffices(path.join(work, 'check-big'), CHECK_BIG) : '';
const one = path.join(offices, 'office-00000.yaml');

// The same reports as Markdown (pandoc's input and the docx peer's text).
const mdDir = path.join(work, 'md');
for (const f of readdirSync(offices).sort().slice(0, 3)) {
  const r = node([bin, 'build', path.join(offices, f), '--out', mdDir, '--force', '--format', 'md']);
  if (!r.ok) { log(`生成 Markdown 失败：${r.why}`); process.exit(2); }
}
const mdFiles = readdirSync(mdDir).sort().map((f) => path.join(mdDir, f));
const oneMd = mdFiles.find((f) => f.includes('青岭1')) ?? mdFiles[0];

const rows = []; // { measure, value, unit, peer, peerValue, ratio, target, met }
const failures = [];
const med = (rec) => median(rec.seconds);
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');
function failed(name, rec) {
  if (rec.failed) failures.push(`${name}: ${rec.failed}`);
  return Boolean(rec.failed);
}

// ---------------------------------------------------------------- cold build vs pandoc
if (ONLY.has('cold')) {
  log(`\n冷启动单个 build 与 pandoc，${COLD_ROUNDS} 轮交替：`);
  const outOne = path.join(work, 'out-one');
  const measures = [{ name: 'summary build', before: fresh(outOne), run: () => node([bin, 'build', one, '--out', outOne]) }];
  if (pandocOk) measures.push({ name: 'pandoc', before: fresh(path.join(work, 'pandoc.docx')), run: () => runChild('pandoc', [oneMd, '-o', path.join(work, 'pandoc.docx')], { cwd: work, rssFile: rss() }) });
  else log('  没有 pandoc（apt-get install pandoc 未成）：冷启动无对照。');
  const res = interleave(measures, COLD_ROUNDS, log);
  const s = res.get('summary build');
  const p = res.get('pandoc');
  if (!failed('summary build', s)) {
    const ratio = p && !failed('pandoc', p) ? med(s) / med(p) : NaN;
    rows.push({ measure: 'cold `summary build FILE`', value: `${fmt(med(s), 3)} s`, peer: 'pandoc report.md -o report.docx', peerValue: p ? `${fmt(med(p), 3)} s` : '无 pandoc', ratio: `×${fmt(ratio)} of pandoc`, target: '≤ ×2 pandoc', met: ratio <= 2 });
  }
}

// ---------------------------------------------------------------- batch: jobs 1, jobs N, docx loop
if (ONLY.has('batch')) {
  log(`\n批量 ${BATCH} 个：--jobs 1、--jobs ${cores} 与 docx 库循环（${DOCX_N} 份），${ROUNDS} 轮交替：`);
  const o1 = path.join(work, 'out-j1');
  const oN = path.join(work, 'out-jN');
  const oP = path.join(work, 'out-peer');
  const res = interleave([
    { name: 'jobs 1', before: fresh(o1), run: () => node([bin, 'build', offices, '--out', o1, '--quiet', '--jobs', '1']) },
    { name: `jobs ${cores}`, before: fresh(oN), run: () => node([bin, 'build', offices, '--out', oN, '--quiet', '--jobs', String(cores)]) },
    { name: 'docx loop', run: () => node([path.join(root, 'bench/docx-peer.mjs'), oP, String(DOCX_N), ...mdFiles]) },
  ], ROUNDS, log);
  const j1 = res.get('jobs 1'), jN = res.get(`jobs ${cores}`), peer = res.get('docx loop');
  const rate1 = BATCH / med(j1), rateN = BATCH / med(jN), ratePeer = DOCX_N / med(peer);
  const ok1 = !failed('jobs 1', j1), okN = !failed(`jobs ${cores}`, jN), okP = !failed('docx loop', peer);
  if (okN) rows.push({ measure: `batch of ${BATCH}, --jobs ${cores}`, value: `${fmt(rateN, 1)} reports/s`, peer: `docx-library loop, 1 process, ${DOCX_N} reports`, peerValue: okP ? `${fmt(ratePeer, 1)} reports/s` : '失败', ratio: `×${fmt(rateN / ratePeer)}`, target: '≥ ×2.5 the docx loop', met: okP && rateN / ratePeer >= 2.5 });
  if (ok1 && okN) rows.push({ measure: `batch of ${BATCH}, --jobs ${cores} vs --jobs 1`, value: `${fmt(rateN, 1)} reports/s`, peer: '--jobs 1', peerValue: `${fmt(rate1, 1)} reports/s`, ratio: `×${fmt(rateN / rate1)}`, target: `≥ ×1.7`, met: rateN / rate1 >= 1.7 });
}

// ---------------------------------------------------------------- memory: batch with roll-up at two counts
if (ONLY.has('memory')) {
  log(`\n批量带 --rollup：${BATCH} 与 ${BATCH_BIG} 个，--jobs ${cores}，${ROUNDS} 轮交替（峰值内存）：`);
  const a = path.join(work, 'out-roll-a'), b = path.join(work, 'out-roll-b');
  const res = interleave([
    { name: `rollup ${BATCH}`, before: fresh(a), run: () => node([bin, 'build', offices, '--out', a, '--quiet', '--rollup', '--jobs', String(cores)]) },
    { name: `rollup ${BATCH_BIG}`, before: fresh(b), run: () => node([bin, 'build', officesBig, '--out', b, '--quiet', '--rollup', '--jobs', String(cores)]) },
  ], ROUNDS, log);
  const s = res.get(`rollup ${BATCH}`), L = res.get(`rollup ${BATCH_BIG}`);
  if (!failed(`rollup ${BATCH}`, s) && !failed(`rollup ${BATCH_BIG}`, L) && hasTime) {
    const ms = median(s.rssMb), mL = median(L.rssMb);
    rows.push({ measure: `batch of ${BATCH_BIG} --rollup, peak RSS`, value: `${Math.round(mL)} MB (${fmt(BATCH_BIG / med(L), 1)} reports/s)`, peer: `batch of ${BATCH} --rollup`, peerValue: `${Math.round(ms)} MB (${fmt(BATCH / med(s), 1)} reports/s)`, ratio: `×${fmt(mL / ms)}`, target: '≤ ×1.10', met: mL / ms <= 1.1 });
  }
}

// ---------------------------------------------------------------- check vs the yaml floor, at two counts
if (ONLY.has('check')) {
  log(`\ncheck ${CHECK} 与 ${CHECK_BIG} 个文件，yaml.parseDocument 底线（同 ${CHECK_BIG} 个文件），${ROUNDS} 轮交替：`);
  const res = interleave([
    { name: `check ${CHECK_BIG}`, run: () => node([bin, 'check', checkBig, '--format', 'json']) },
    { name: 'yaml floor', run: () => node([path.join(root, 'bench/yaml-floor.mjs'), checkBig]) },
    { name: `check ${CHECK}`, run: () => node([bin, 'check', checkSmall, '--format', 'json']) },
  ], ROUNDS, log);
  const big = res.get(`check ${CHECK_BIG}`), floor = res.get('yaml floor'), small = res.get(`check ${CHECK}`);
  const okB = !failed(`check ${CHECK_BIG}`, big), okF = !failed('yaml floor', floor), okS = !failed(`check ${CHECK}`, small);
  if (okB) {
    const rate = CHECK_BIG / med(big), rateF = CHECK_BIG / med(floor);
    rows.push({ measure: `check over ${CHECK_BIG} files`, value: `${fmt(rate, 0)} files/s`, peer: 'yaml.parseDocument, 1 thread, same files', peerValue: okF ? `${fmt(rateF, 0)} files/s` : '失败', ratio: `×${fmt(rate / rateF)}`, target: '≥ ×1.5 the floor', met: okF && rate / rateF >= 1.5 });
    if (hasTime) {
      const mB = median(big.rssMb);
      rows.push({ measure: `check over ${CHECK_BIG} files, peak RSS`, value: `${Math.round(mB)} MB`, peer: '', peerValue: '', ratio: '', target: '≤ 200 MB', met: mB <= 200 });
      if (okS) {
        const mS = median(small.rssMb);
        rows.push({ measure: `check over ${CHECK_BIG} files, peak RSS vs ${CHECK}`, value: `${Math.round(mB)} MB`, peer: `check over ${CHECK} files (${fmt(CHECK / med(small), 0)} files/s)`, peerValue: `${Math.round(mS)} MB`, ratio: `×${fmt(mB / mS)}`, target: 'not growing (≤ ×1.10)', met: mB / mS <= 1.1 });
      }
    }
  }
}

// ---------------------------------------------------------------- warm per office
if (ONLY.has('warm')) {
  log(`\n单线程热构建与 docx 库循环：各一个进程、连续 ${WARM_N} 个（先热身 30 个），${ROUNDS} 轮交替：`);
  const json = (r) => JSON.parse(r.stdout.trim().split('\n').at(-1));
  const res = interleave([
    { name: 'warm', run: () => { const r = node([path.join(root, 'bench/warm.mjs'), offices, path.join(work, 'out-warm'), String(WARM_N), '30'], true); return r.ok ? { ...r, extra: json(r) } : r; } },
    { name: 'warm docx loop', run: () => { const r = node([path.join(root, 'bench/docx-peer.mjs'), path.join(work, 'out-warm-peer'), String(WARM_N), ...mdFiles], true); return r.ok ? { ...r, extra: json(r) } : r; } },
  ], ROUNDS, log);
  const w = res.get('warm'), p = res.get('warm docx loop');
  if (!failed('warm', w)) {
    const label = w.extra[0].label;
    const wm = median(w.extra.map((e) => e.median));
    const pm = failed('warm docx loop', p) ? NaN : median(p.extra.map((e) => e.median));
    log(`  用的是：${label}`);
    rows.push({ measure: `warm office, 1 thread (${label})`, value: `${fmt(wm, 1)} ms (median of ${ROUNDS} processes' medians)`, peer: 'docx-library loop, per report', peerValue: `${fmt(pm, 1)} ms`, ratio: `×${fmt(wm / pm)}`, target: '≤ 8 ms', met: wm <= 8 });
  }
}

// ---------------------------------------------------------------- report
const [l1, l5] = os.loadavg();
console.log(`
${new Date().toISOString().slice(0, 16)}Z, ${quick ? 'quick' : 'full'} run, ${ROUNDS} rounds (cold: ${COLD_ROUNDS}), medians.
Machine: ${(os.cpus()[0]?.model ?? '?').trim()}, nproc ${os.cpus().length} (available parallelism ${cores}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average at the end ${l1.toFixed(1)} / ${l5.toFixed(1)} (1 / 5 min).

| measure | median | peer | peer's median | ratio | target | |
|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r.measure} | ${r.value} | ${r.peer} | ${r.peerValue} | ${r.ratio} | ${r.target} | ${r.met ? 'met' : '**not met**'} |`).join('\n')}
`);
const missed = rows.filter((r) => !r.met).map((r) => r.measure);
if (missed.length) console.log(`Not met: ${missed.join('; ')}.`);
if (failures.length) {
  console.log(`\nFailed measures (not counted):\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
}
