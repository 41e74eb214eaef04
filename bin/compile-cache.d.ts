// Types of bin/compile-cache.js, for the tests that import it.
export function compileCacheDir(env: Record<string, string | undefined>, platform?: NodeJS.Platform, home?: string): string | undefined;
export function enableCompileCache(env: Record<string, string | undefined>): { status: number; message?: string; directory?: string } | undefined;
export function makeFolders(dir: string): void;
