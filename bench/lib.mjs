// Shared pieces of the benchmark: generated offices, child runs, medians.
// Nothing here decides what is compared; bench/run.mjs does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, openSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bin = path.join(root, 'bin/summary.js');

// ---------------------------------------------------------------- data
/** The example offices of a checkout (this one's, or the baseline's worktree), as texts. */
export const examplesIn = (dir) =>
  readdirSync(path.join(dir, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(path.join(dir, 'examples', f), 'utf8'));
const examples = examplesIn(root);
const STEMS = ['青岭', '白沙', '东岭', '新街', '金穗', '绿源', '红旺', '云田', '苏洲', '燕泉', '石门', '桃源', '梅溪', '松柏', '长乐', '清泉'];

/** The examples of one year: a county's offices all report the same year (a roll-up counts only its own year). */
export const examplesOf = (year, pool = examples) => pool.filter((t) => new RegExp(`^year:\\s*${year}\\s*$`, 'm').test(t));

/** Office i: an example (of `pool`) with its township renamed and some counts changed, so no two files are alike. */
export function officeText(i, pool = examples) {
  const text = pool[i % pool.length];
  const m = /township:\s*(\S+?)(镇|街道|乡)\s*$/m.exec(text);
  const stem = m ? m[1] : '青石';
  const name = `${STEMS[i % STEMS.length]}${Math.floor(i / STEMS.length) + 1}`;
  let n = 0;
  return text.replaceAll(stem, name).replace(/(attendees|participants): (\d+)/g, (_s, k, v) => `${k}: ${Number(v) + ((i + n++) % 7)}`);
}

/** Writes `count` offices into `dir` (emptied first), from every example or from `pool`; returns dir. */
export function writeOffices(dir, count, pool = examples) {
  if (pool.length === 0) throw new Error('bench: no example to make offices from');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `office-${String(i).padStart(5, '0')}.yaml`), officeText(i, pool));
  return dir;
}

// ---------------------------------------------------------------- children
/**
 * The children's environment: NODE_EXTRA_CA_CERTS makes every Node start read
 * a CA bundle (~50 ms here) that no user of the CLI pays, so it goes.
 */
export const childEnv = (() => {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
})();

export const hasTime = existsSync('/usr/bin/time');

/**
 * Runs one child under /usr/bin/time (peak RSS in KB, threads included: the
 * batch's workers are threads of the one process). Wall seconds are timed
 * here. stdout goes to /dev/null unless `capture`, so no measure pays for a
 * pipe the other does not. Returns { ok, seconds, rssMb, stdout, why }.
 */
export function runChild(cmd, args, { cwd, capture = false, rssFile } = {}) {
  const argv = hasTime ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const devnull = capture ? 'pipe' : openSync('/dev/null', 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', devnull, 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!capture) closeSync(devnull);
  let rssMb;
  if (hasTime && existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
    if (Number.isFinite(kb)) rssMb = kb / 1024;
    rmSync(rssFile, { force: true });
  }
  const ok = r.status === 0 && !r.error;
  const why = ok ? '' : `退出码 ${r.status ?? r.signal ?? r.error?.message}：${(r.stderr || '').trim().slice(0, 600)}`;
  return { ok, seconds, rssMb, stdout: r.stdout ?? '', why };
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Round-robin: every round runs each measure once, the starting measure
 * rotating, so a busy minute on the machine falls on all of them alike.
 * A measure whose run fails (non-zero exit) is stopped and marked failed;
 * its failed run is never counted. `measures`: [{ name, before?, run }],
 * run() → runChild's result. Returns Map name → { seconds[], rssMb[], failed }.
 */
export function interleave(measures, rounds, log) {
  const out = new Map(measures.map((m) => [m.name, { seconds: [], rssMb: [], failed: '' }]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < measures.length; k++) {
      const m = measures[(r + k) % measures.length];
      const rec = out.get(m.name);
      if (rec.failed) continue;
      m.before?.();
      const res = m.run();
      if (!res.ok) {
        rec.failed = res.why;
        log(`  ✗ ${m.name}：第 ${r + 1} 轮失败，此项停止，不计入。${res.why}`);
        continue;
      }
      rec.seconds.push(res.seconds);
      if (res.rssMb !== undefined) rec.rssMb.push(res.rssMb);
      if (res.extra) (rec.extra ??= []).push(res.extra);
      log(`  ${m.name} 第 ${r + 1}/${rounds} 轮：${res.seconds.toFixed(3)} s${res.rssMb !== undefined ? `，${Math.round(res.rssMb)} MB` : ''}`);
    }
  }
  return out;
}

export const cores = os.availableParallelism();
