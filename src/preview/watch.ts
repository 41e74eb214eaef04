/**
 * Watching an office's files with chokidar. Node's own fs.watch follows a
 * file's inode on Linux and loses it when WPS or Excel save by writing a new
 * file and renaming it over the old one; chokidar notices the replacement
 * (and a file deleted and written again) and reports one change, on Linux,
 * macOS and Windows alike. Changes close together (a save that writes, then
 * renames, then deletes a backup) come out as one call, `quiet` ms after the
 * last of them.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** Lock and backup files office programs keep beside an open file: never the data. */
const NOT_DATA = /^(~\$|\.~lock\.)/;

export interface FileWatch {
  /** Watch exactly these files and folders (a folder: its files, one level down). */
  set(paths: readonly string[]): void;
  close(): Promise<void>;
}

export function watchFiles(onChange: (changed: string) => void, quiet = 40): FileWatch {
  let watcher: FSWatcher | undefined;
  let current = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  const fire = (_event: string, file: string) => {
    if (NOT_DATA.test(path.basename(file))) return;
    last = file;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange(last);
    }, quiet);
  };
  return {
    set(paths) {
      const wanted = new Set(paths);
      if (!watcher) {
        watcher = watch([...wanted], { ignoreInitial: true, depth: 0 });
        watcher.on('all', fire);
        // A folder that cannot be read is no reason to stop the server: the next refresh says what is wrong.
        watcher.on('error', () => undefined);
      } else {
        const added = [...wanted].filter((p) => !current.has(p));
        const removed = [...current].filter((p) => !wanted.has(p));
        if (removed.length > 0) watcher.unwatch(removed);
        if (added.length > 0) watcher.add(added);
      }
      current = wanted;
    },
    async close() {
      if (timer) clearTimeout(timer);
      await watcher?.close();
    },
  };
}
