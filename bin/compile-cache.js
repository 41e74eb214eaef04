// Node ≥ 22.1 can keep the compiled code of the program between runs
// (module.enableCompileCache); on Node 20 there is no such thing and this
// does nothing. The cache lives in the user's own cache folder, never in
// the install (which may be read-only) nor in a folder other users can
// write to (/tmp on a shared machine: a planted cache entry would be code
// run as this user). Anything that goes wrong leaves the program uncached,
// silently: a cache is never a reason for a run to fail.
import { existsSync, mkdirSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** The folder for this user's cache, or undefined when there is no home to put it in. */
export function compileCacheDir(env, platform = process.platform, home = safeHomedir()) {
  const under = (base, ...rest) => (base && path.isAbsolute(base) ? path.join(base, ...rest) : undefined);
  if (platform === 'win32') return under(env.LOCALAPPDATA, 'cppcc-summary', 'compile-cache');
  if (platform === 'darwin') return under(home, 'Library', 'Caches', 'cppcc-summary', 'compile-cache');
  return under(env.XDG_CACHE_HOME, 'cppcc-summary', 'compile-cache') ?? under(home, '.cache', 'cppcc-summary', 'compile-cache');
}

/**
 * Turns the cache on for this process, unless the user decided already:
 * NODE_COMPILE_CACHE (Node then uses that folder) or NODE_DISABLE_COMPILE_CACHE.
 * Once on, NODE_COMPILE_CACHE is set in `env` (process.env) too: a worker
 * thread (a batch's, a check's) reads it as it starts, and otherwise compiles
 * its bundle anew every time. Returns Node's status, or undefined when nothing was tried.
 */
export function enableCompileCache(env) {
  if (typeof module.enableCompileCache !== 'function' || env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const dir = compileCacheDir(env);
  if (!dir) return undefined;
  try {
    makeFolders(dir);
    const result = module.enableCompileCache(dir);
    if (result?.status === module.constants?.compileCacheStatus?.ENABLED) env.NODE_COMPILE_CACHE = result.directory ?? dir;
    return result;
  } catch {
    return undefined;
  }
}

/**
 * The folder and its missing parents, one mkdir each; throws if one cannot be
 * made. Not Node's recursive mkdir, in fs or in enableCompileCache: both spin
 * for ever on a parent that exists but cannot hold folders (a path under
 * /proc, seen with Node 20 and 22), where this stops at the first refusal.
 */
export function makeFolders(dir) {
  const missing = [];
  for (let d = dir; !existsSync(d); d = path.dirname(d)) {
    if (path.dirname(d) === d) throw new Error('no existing parent');
    missing.push(d);
  }
  for (const d of missing.reverse()) mkdirSync(d, { mode: 0o700 });
}

function safeHomedir() {
  try {
    return os.homedir();
  } catch {
    return undefined;
  }
}
