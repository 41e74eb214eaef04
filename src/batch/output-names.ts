/**
 * How the plan turns a wanted file name into a path: through the same
 * sanitiser and resolver as a single build (src/write/output-file.ts), so a
 * batch can never name a file differently from `summary build` alone.
 * Injected into the plan so its collision logic can be tested on its own.
 */
import { resolveOutputPath } from '../write/output-file.js';

export type Namer = (outDir: string, wanted: string) => { ok: true; path: string } | { ok: false; reason: string };

export const defaultNamer: Namer = (outDir, wanted) => {
  const full = resolveOutputPath(outDir, wanted);
  return full === undefined ? { ok: false, reason: '去掉不能用于文件名的字符后什么也不剩，或会写到输出文件夹之外' } : { ok: true, path: full };
};
