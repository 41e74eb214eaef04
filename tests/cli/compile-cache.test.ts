/**
 * The compile cache (bin/compile-cache.js): on Node ≥ 22.1 the bin keeps the
 * compiled bundles in the user's own cache folder; never in the install, never
 * in a folder others can write; a folder that cannot be made leaves the run
 * uncached, and never hangs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCacheDir, enableCompileCache, makeFolders } from '../../bin/compile-cache.js';
import { requireBuilt } from '../support/built.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'summary-cc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('where the cache goes', () => {
  it.each([
    ['linux', {}, '/home/wang', '/home/wang/.cache/cppcc-summary/compile-cache'],
    ['linux', { XDG_CACHE_HOME: '/var/cache/wang' }, '/home/wang', '/var/cache/wang/cppcc-summary/compile-cache'],
    ['linux', { XDG_CACHE_HOME: 'relative/cache' }, '/home/wang', '/home/wang/.cache/cppcc-summary/compile-cache'],
    ['linux', {}, '', undefined],
    ['darwin', {}, '/Users/wang', '/Users/wang/Library/Caches/cppcc-summary/compile-cache'],
    ['win32', {}, 'C:\\Users\\wang', undefined],
  ] as const)('%s %j home %s → %s', (platform, env, home, expected) => {
    expect(compileCacheDir(env, platform, home)).toBe(expected);
  });

  it('on Windows, under LOCALAPPDATA', () => {
    const dir = compileCacheDir({ LOCALAPPDATA: path.resolve('/AppData/Local') }, 'win32', undefined);
    expect(dir).toBe(path.join(path.resolve('/AppData/Local'), 'cppcc-summary', 'compile-cache'));
  });

  it('the user’s own choice wins: NODE_COMPILE_CACHE or NODE_DISABLE_COMPILE_CACHE, nothing tried', () => {
    expect(enableCompileCache({ NODE_DISABLE_COMPILE_CACHE: '1', HOME: work })).toBeUndefined();
    expect(enableCompileCache({ NODE_COMPILE_CACHE: path.join(work, 'theirs') })).toBeUndefined();
  });
});

describe('a folder that cannot be made', () => {
  it.runIf(process.platform === 'linux')('under /proc: refused at once (Node’s recursive mkdir spins there for ever)', () => {
    expect(() => makeFolders('/proc/.cache/cppcc-summary/compile-cache')).toThrow();
  });

  it('under a file or a dangling link: refused', () => {
    expect(() => makeFolders('/dev/null/cppcc-summary')).toThrow();
    if (process.platform === 'win32') return;
    symlinkSync(path.join(work, 'nowhere'), path.join(work, 'dangling'));
    expect(() => makeFolders(path.join(work, 'dangling', 'cppcc-summary'))).toThrow();
  });

  it('otherwise made, missing parents too, for this user only', () => {
    const dir = path.join(work, 'made', 'a', 'b');
    makeFolders(dir);
    expect(existsSync(dir)).toBe(true);
    if (process.platform !== 'win32') expect(spawnSync('stat', ['-c', '%a', path.join(work, 'made')], { encoding: 'utf8' }).stdout.trim()).toBe('700');
  });
});

describe('the bin', () => {
  const hasCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
  const runBin = (home: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'summary.js'), 'schema'], { env: { PATH: process.env.PATH ?? '', HOME: home }, encoding: 'utf8', timeout: 60_000 });

  it(`${hasCache ? 'fills' : 'on this Node (no compile cache) leaves alone'} the user’s cache folder`, () => {
    requireBuilt();
    const home = path.join(work, 'home');
    const r = runBin(home);
    expect(r.status).toBe(0);
    const dir = path.join(home, '.cache', 'cppcc-summary', 'compile-cache');
    if (hasCache) expect(readdirSync(dir).length).toBeGreaterThan(0);
    else expect(existsSync(dir)).toBe(false);
  });

  it.runIf(process.platform === 'linux')('with a home where no folder can be made, runs uncached and does not hang', () => {
    const r = runBin('/proc');
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
  });
});
