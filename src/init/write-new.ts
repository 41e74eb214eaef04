/**
 * Put a new office's file (or folder of files) on disk: nothing is written
 * when any of the files already exists, unless `force`; each file is written
 * whole or not at all (writeFileAtomic). Nothing here prints: the result
 * carries Chinese messages for the CLI.
 */
import { access, mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { WRITE_PROBLEM } from '../diagnostics/catalogue/cases.js';
import { fillMessage } from '../diagnostics/message-text.js';
import { inSystemFolder, writeFileAtomic } from '../write/output-file.js';

export type WriteNewResult = { ok: true; written: string[] } | { ok: false; message: string };

const exists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false,
  );

/** `files` maps names inside `target` (a folder) or, with `folder` false, holds one entry written at `target` itself. */
export async function writeNew(target: string, files: Map<string, string>, opts: { folder: boolean; force: boolean; shown: (p: string) => string }): Promise<WriteNewResult> {
  const paths = opts.folder ? [...files.keys()].map((name) => path.join(target, name)) : [target];
  if (!opts.force) {
    for (const p of paths) {
      if (await exists(p)) return { ok: false, message: `“${opts.shown(p)}”已存在，没有覆盖。如需覆盖，请加 --force；或换一个文件名。` };
    }
  }
  // The folder the file goes in (or the office's folder) is made when missing, never under /proc, /sys or /dev.
  const folder = opts.folder ? target : path.dirname(target);
  if (inSystemFolder(folder)) return { ok: false, message: `“${opts.shown(folder)}”是系统的内核或设备目录（/proc、/sys、/dev），不能在其中写记录。` };
  try {
    await mkdir(folder, { recursive: true });
  } catch (err) {
    return { ok: false, message: `无法建立文件夹“${opts.shown(folder)}”（系统错误 ${(err as NodeJS.ErrnoException).code ?? '未知'}）。` };
  }
  const texts = [...files.values()];
  const written: string[] = [];
  for (let i = 0; i < paths.length; i++) {
    const result = await writeFileAtomic(paths[i]!, texts[i]!, { force: opts.force });
    if (!result.ok) {
      // Without --force none of these files was there before: take back the ones written, so no half an office is left.
      if (!opts.force) await Promise.all(paths.slice(0, i).map((p) => unlink(p).catch(() => undefined)));
      // Why, in the words the report's own write failures use (the catalogue's WRITE_PROBLEM).
      const why = fillMessage(WRITE_PROBLEM, { cause: result.cause, errno: result.errno });
      return { ok: false, message: `“${opts.shown(paths[i]!)}”没有写入：${why}` };
    }
    written.push(opts.shown(paths[i]!));
  }
  return { ok: true, written };
}
