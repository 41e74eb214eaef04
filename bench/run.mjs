// `npm run bench`: speed and memory of `summary`, each figure beside its peer
// in the same run, measures that are compared interleaved round-robin.
//   node bench/run.mjs            full run (~10-15 min on 2 cores)
//   node bench/run.mjs --quick    smaller counts, 5 rounds (~2-3 min)
//   --rounds N --batch N --batch-big N --check N --check-big N --docx N --warm N --county N
//   --only cold,county,batch,memory,check,warm   --baseline COMMIT (the county's comparison, default b37d54a)
//   (or env BENCH_ROUNDS, BENCH_BATCH, … with the same names in capitals)
// See bench/README.md for what each measure is and the figures.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, cores, hasTime, examplesIn, examplesOf, interleave, median, root, runChild, writeOffices } from './lib.mjs';

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
const COUNTY = Number(opt('county', 40, 40));
// The commit the issue called today's (issue 23): the county of 40 is timed against the same batch built there.
const BASELINE = String(opt('baseline', 'b37d54a', 'b37d54a'));
const ALL = 'cold,county,batch,memory,check,warm';
const ONLY = new Set(String(opt('only', ALL, ALL)).split(','));
const log = (s) => console.error(s);

if (!existsSync(path.join(root, 'dist/cli/main.js')) || !existsSync(path.join(root, 'dist/bundle/build.js'))) {
  console.error('dist/ 不存在：先运行 npm run build。');
  process.exit(2);
}

const loadAtStart = os.loadavg();
log(`负载（1 / 5 / 15 分钟）：${loadAtStart.map((x) => x.toFixed(2)).join(' / ')}${loadAtStart[0] >= 1 ? '。机器不空闲（负载 ≥ 1）：所得数字只能作参考。' : ''}`);
const work = mkdtempSync(path.join(os.tmpdir(), 'summary-bench-'));
let baselineTree = '';
const cleanup = () => {
  rmSync(work, { recursive: true, force: true });
  // The baseline's worktree lived inside `work`; its record in the repository goes with it.
  if (baselineTree) spawnSync('git', ['worktree', 'prune'], { cwd: root });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
const rss = () => path.join(work, `rss-${process.hrtime.bigint()}`);
const fresh = (dir) => () => rmSync(dir, { recursive: true, force: true });
const node = (args, capture = false) => runChild(process.execPath, args, { cwd: work, capture, rssFile: rss() });

if (!hasTime) log('没有 /usr/bin/time（apt-get install time）：峰值内存不测。');
const pandocOk = spawnSync('pandoc', ['--version']).status === 0;

log(`生成数据：${BATCH} 与 ${BATCH_BIG} 个单位，检查 ${CHECK} 与 ${CHECK_BIG} 个文件……`);
const needOffices = ['batch', 'memory', 'warm'].some((m) => ONLY.has(m));
const offices = needOffices ? writeOffices(path.join(work, 'offices'), BATCH) : '';
const officesBig = ONLY.has('memory') ? writeOffices(path.join(work, 'offices-big'), BATCH_BIG) : '';
const checkSmall = ONLY.has('check') ? writeOffices(path.join(work, 'check'), CHECK) : '';
const checkBig = ONLY.has('check') ? writeOffices(path.join(work, 'check-big'), CHECK_BIG) : '';

// The same reports as Markdown: the docx loop's text for the batch and warm measures.
const mdDir = path.join(work, 'md');
for (const f of needOffices ? readdirSync(offices).sort().slice(0, 3) : []) {
  const r = node([bin, 'build', path.join(offices, f), '--out', mdDir, '--force', '--format', 'md']);
  if (!r.ok) { log(`生成 Markdown 失败：${r.why}`); process.exit(2); }
}
const mdFiles = needOffices ? readdirSync(mdDir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(mdDir, f)) : [];

const rows = []; // { measure, value, unit, peer, peerValue, ratio, target, met }
const failures = [];
const med = (rec) => median(rec.seconds);
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');
function failed(name, rec) {
  if (rec.failed) failures.push(`${name}: ${rec.failed}`);
  return Boolean(rec.failed);
}

// ---------------------------------------------------------------- cold build vs pandoc and the JavaScript peers
if (ONLY.has('cold')) {
  // The issue's report: the qingshi example, built in a fresh process; the peers write the same report's text.
  const qingshi = path.join(root, 'examples', 'qingshi-2021.yaml');
  const qingshiMd = path.join(work, 'qingshi-md');
  const made = node([bin, 'build', qingshi, '--out', qingshiMd, '--format', 'md']);
  if (!made.ok) { log(`生成 Markdown 失败：${made.why}`); process.exit(2); }
  // The folder also holds the tool's record of what it wrote (.summary-outputs.json): take the report.
  const md = path.join(qingshiMd, readdirSync(qingshiMd).find((f) => f.endsWith('.md')));
  const templater = installDocxtemplater(md);
  log(`\n冷启动单个 build（青石镇示例）与 pandoc、docx 库、${templater ? 'docxtemplater、' : ''}node -e 0，${COLD_ROUNDS} 轮交替：`);
  const outOne = path.join(work, 'out-one');
  const measures = [
    { name: 'summary build', before: fresh(outOne), run: () => node([bin, 'build', qingshi, '--out', outOne]) },
    { name: 'docx library', run: () => node([path.join(root, 'bench/docx-peer.mjs'), path.join(work, 'out-docx-one'), '1', md]) },
    { name: 'node -e 0', run: () => node(['-e', '0']) },
  ];
  if (templater) measures.push({ name: 'docxtemplater', run: () => node([path.join(root, 'bench/docxtemplater-peer.mjs'), templater.peers, templater.template, path.join(work, 'out-dt-one'), '1', md]) });
  if (pandocOk) measures.push({ name: 'pandoc', before: fresh(path.join(work, 'pandoc.docx')), run: () => runChild('pandoc', [md, '-o', path.join(work, 'pandoc.docx')], { cwd: work, rssFile: rss() }) });
  else log('  没有 pandoc（apt-get install pandoc 未成）：冷启动无 pandoc 对照。');
  const res = interleave(measures, COLD_ROUNDS, log);
  const s = res.get('summary build');
  if (!failed('summary build', s)) {
    const ours = med(s);
    const start = res.get('node -e 0');
    const nodeStart = failed('node -e 0', start) ? '' : ` (node -e 0: ${fmt(med(start), 3)} s)`;
    const peerRow = (name, label, target, limit) => {
      const p = res.get(name);
      if (!p || failed(name, p)) return;
      const ratio = ours / med(p);
      rows.push({ measure: `cold \`summary build\` (qingshi)${nodeStart}`, value: `${fmt(ours, 3)} s`, peer: label, peerValue: `${fmt(med(p), 3)} s`, ratio: `×${fmt(ratio)}`, target, met: ratio <= limit });
    };
    peerRow('pandoc', 'pandoc report.md -o report.docx', '≤ ×2 pandoc', 2);
    peerRow('docx library', 'docx library, 1 report, fresh process', '< ×1 (faster)', 0.999);
    peerRow('docxtemplater', 'docxtemplater, 1 report, fresh process', '< ×1 (faster)', 0.999);
  }
}

/**
 * docxtemplater and PizZip from the npm registry into the bench's temp folder
 * (never a dependency of summary), refused when their engines do not accept
 * this Node (--engine-strict), and the template it fills. Undefined when it
 * cannot be had (said once; the cold build is then compared without it).
 */
function installDocxtemplater(md) {
  if (argv.includes('--no-docxtemplater')) return undefined;
  const peers = path.join(work, 'peers');
  mkdirSync(peers, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--prefix', peers, '--engine-strict', '--no-audit', '--no-fund', '--no-save', '--no-package-lock', 'docxtemplater', 'pizzip'], { cwd: peers, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) {
    log(`  docxtemplater 装不上（${(r.stderr || r.error?.message || '').trim().split('\n').slice(-2).join(' ')}）：冷启动不与它比较。`);
    return undefined;
  }
  const template = path.join(work, 'docxtemplater-template.docx');
  const columns = String(Math.max(...readFileSync(md, 'utf8').split('\n').filter((l) => l.startsWith('|')).map((l) => l.split('|').length - 2)));
  const t = node([path.join(root, 'bench/docxtemplater-peer.mjs'), '--template', template, columns]);
  if (!t.ok) { log(`  docxtemplater 的模板没做成：${t.why}`); return undefined; }
  const version = JSON.parse(readFileSync(path.join(peers, 'node_modules', 'docxtemplater', 'package.json'), 'utf8')).version;
  log(`  docxtemplater ${version}（npm 注册表，装在临时文件夹）`);
  return { peers, template };
}

// ---------------------------------------------------------------- a county: 40 offices with --rollup, against the baseline commit
if (ONLY.has('county')) {
  // One year's offices, as a county collects them (a mixed folder warns BATCH_ROLLUP_OTHER_YEAR, which an older build exits 1 on).
  const county = writeOffices(path.join(work, 'county'), COUNTY, examplesOf(2021));
  const baseDir = buildBaseline(BASELINE);
  const baseBin = baseDir && path.join(baseDir, 'bin', 'summary.js');
  // The baseline reads only the data of its day: today's examples use issue 19's forms (上半年, a monthly record
  // without a date), which are errors to it, so it exited 1 on most offices (silently: --quiet, stdout to /dev/null).
  // The ratio is therefore taken on the baseline commit's own 2021 examples, which both read; the target on today's.
  const countyThen = baseBin ? writeOffices(path.join(work, 'county-baseline-data'), COUNTY, examplesOf(2021, examplesIn(baseDir))) : '';
  log(`\n一个县：${COUNTY} 个单位带 --rollup，--jobs ${cores}；与 ${BASELINE} 比时用它那时的示例数据（两边都能读），${ROUNDS} 轮交替：`);
  const oc = path.join(work, 'out-county'), ot = path.join(work, 'out-county-then'), ob = path.join(work, 'out-county-base');
  // A signature and a date for the roll-up, as a county sends it (without them both builds warn, and the baseline exits 1 on a warning).
  const args = (dir, out, quiet = true) => ['build', dir, '--out', out, ...(quiet ? ['--quiet'] : []), '--rollup', '--superior', '青山县政协办公室', '--date', '2022-01-10', '--jobs', String(cores)];
  const measures = [{ name: 'county', before: fresh(oc), run: () => node([bin, ...args(county, oc)]) }];
  if (baseBin && preflight(baseBin, args(countyThen, ob, false), ob)) {
    measures.push({ name: 'county, baseline data', before: fresh(ot), run: () => node([bin, ...args(countyThen, ot)]) });
    measures.push({ name: `county at ${BASELINE}`, before: fresh(ob), run: () => node([baseBin, ...args(countyThen, ob)]) });
  }
  const res = interleave(measures, ROUNDS, log);
  const c = res.get('county'), t = res.get('county, baseline data'), b = res.get(`county at ${BASELINE}`);
  if (!failed('county', c)) rows.push({ measure: `county of ${COUNTY}, --rollup, --jobs ${cores}, wall`, value: `${fmt(med(c), 3)} s`, peer: '', peerValue: '', ratio: '', target: '≤ 1.0 s', met: med(c) <= 1.0 });
  if (t && b && !failed('county, baseline data', t) && !failed(`county at ${BASELINE}`, b)) {
    rows.push({ measure: `county of ${COUNTY} on ${BASELINE}'s examples, wall`, value: `${fmt(med(t), 3)} s`, peer: `the same batch at ${BASELINE}`, peerValue: `${fmt(med(b), 3)} s`, ratio: `×${fmt(med(t) / med(b))}`, target: 'faster (< ×1)', met: med(t) < med(b) });
  }
}

/** One run of the baseline on the data, its table kept: a failure says which offices it refused, where --quiet would say nothing. */
function preflight(baseBin, args, out) {
  fresh(out)();
  const r = runChild(process.execPath, [baseBin, ...args], { cwd: work, capture: true, rssFile: rss() });
  if (r.ok) return true;
  const refused = r.stdout.split('\n').filter((l) => /有误|失败/.test(l)).slice(0, 3).join(' / ');
  log(`  ${BASELINE} 读不了这批数据（${r.why.split('：')[0]}${refused ? `：${refused}` : ''}）：县的比值不测。`);
  failures.push(`county at ${BASELINE}: ${r.why.split('：')[0]}${refused ? ` (${refused})` : ''}`);
  return false;
}

/**
 * The baseline commit's own CLI, built at bench time in a temporary worktree
 * inside the bench's temp folder (git worktree add --detach; npm ci from that
 * commit's lockfile; npm run build), removed with it: its folder, or undefined when it cannot be built.
 */
function buildBaseline(commit) {
  const dir = path.join(work, `baseline-${commit}`);
  const step = (cmd, args, cwd) => spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 600_000 });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  log(`\n构建对照版本 ${commit}（临时 worktree，npm ci，npm run build）……`);
  for (const [cmd, args, cwd] of [['git', ['worktree', 'add', '--detach', dir, commit], root], [npm, ['ci', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], dir], [npm, ['run', 'build'], dir]]) {
    const r = step(cmd, args, cwd);
    if (cmd === 'git') baselineTree = dir;
    if (r.status !== 0) {
      log(`  对照版本没建成（${cmd} ${args[0]}：${(r.stderr || r.error?.message || '').trim().split('\n').slice(-3).join(' ')}）：县的比值不测。`);
      failures.push(`baseline ${commit}: ${cmd} ${args.join(' ')} failed`);
      return undefined;
    }
  }
  return dir;
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
Machine: ${(os.cpus()[0]?.model ?? '?').trim()}, nproc ${os.cpus().length} (available parallelism ${cores}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average (1 / 5 min) at the start ${loadAtStart[0].toFixed(2)} / ${loadAtStart[1].toFixed(2)}, at the end ${l1.toFixed(2)} / ${l5.toFixed(2)}${loadAtStart[0] >= 1 ? ' (not a quiet machine: provisional figures)' : ''}.

| measure | median | peer | peer's median | ratio | target | |
|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r.measure} | ${r.value} | ${r.peer} | ${r.peerValue} | ${r.ratio} | ${r.target} | ${r.met ? 'met' : '**not met**'} |`).join('\n')}
`);
const missed = rows.filter((r) => !r.met).map((r) => (r.peer ? `${r.measure} against ${r.peer}` : r.measure));
if (missed.length) console.log(`Not met: ${missed.join('; ')}.`);
if (failures.length) {
  console.log(`\nFailed measures (not counted):\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
}
