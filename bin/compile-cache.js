// Node ≥ 22.1 can keep the compiled code of the program between runs
// (module.enableCompileCache); on Node 20 there is no such thing and this
// does nothing. The cache lives in the user's own cache folder, never in
// the install (which may be read-only) nor in a folder other users can
// write to (/tmp on a shared machine: a planted cache entry would be code
// run as this user). Anything that goes wrong leaves the program uncached,
// silently: a cache is never a reason for a run to fail.
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
 * Returns Node's status, or undefined when nothing was tried.
 */
export function enableCompileCache(env) {
  if (typeof module.enableCompileCache !== 'function' || env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const dir = compileCacheDir(env);
  if (!dir) return undefined;
  try {
    return module.enableCompileCache(dir);
  } catch {
    return undefined;
  }
}

function safeHomedir() {
  try {
    return os.homedir();
  } catch {
    return undefined;
  }
}
