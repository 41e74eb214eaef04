/**
 * Put a new office's file (or folder of files) on disk: nothing is written
 * when any of the files already exists, unless `force`; each file is written
 * whole or not at all, through the one file writer (src/write/output-file.ts).
 * Nothing here prints: problems are diagnostics naming the file.
 */
import { access, unlink } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import { failed, ok, type Result } from '../result.js';
import { writeWhole } from '../write/output-file.js';

const exists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false,
  );

/**
 * `files` maps names inside `target` (a folder) or, with `folder` false, holds one entry written at `target` itself.
 * The value is the files written.
 */
export async function writeNew(target: string, files: Map<string, string>, opts: { folder: boolean; force: boolean }): Promise<Result<string[]>> {
  const paths = opts.folder ? [...files.keys()].map((name) => path.join(target, name)) : [target];
  if (!opts.force) {
    for (const p of paths) if (await exists(p)) return failed([diagnostic('OUTPUT_EXISTS', { target: p }, wholeFile(p))]);
  }
  const texts = [...files.values()];
  const written: string[] = [];
  for (let i = 0; i < paths.length; i++) {
    const result = await writeWhole(paths[i]!, texts[i]!, opts.force);
    if (result.value === undefined) {
      // Without --force none of these files was there before: take back the ones written, so no half an office is left.
      if (!opts.force) await Promise.all(written.map((p) => unlink(p).catch(() => undefined)));
      return failed(result.diagnostics);
    }
    written.push(paths[i]!);
  }
  return ok(written);
}
