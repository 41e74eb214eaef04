/**
 * The part of each source a code frame shows, and nothing else: the lines
 * around each diagnostic, at their own line numbers, the others left empty.
 * A batch or a check over thousands of files sends these instead of whole
 * files, so memory stays flat and no file is read twice for its frames.
 */
import type { Diagnostic } from '../diagnostic.js';

/** Lines a frame shows around its line (code-frame.ts: 2 above, 1 below). */
const ABOVE = 2;
const BELOW = 1;

export function excerptSources(sources: ReadonlyMap<string, string>, diagnostics: readonly Diagnostic[]): Map<string, string> {
  const wanted = new Map<string, Set<number>>();
  for (const d of diagnostics) {
    if (d.line <= 0 || !sources.has(d.file)) continue;
    const set = wanted.get(d.file) ?? new Set<number>();
    for (let n = Math.max(1, d.line - ABOVE); n <= d.line + BELOW; n++) set.add(n);
    wanted.set(d.file, set);
  }
  const out = new Map<string, string>();
  for (const [file, lines] of wanted) {
    const all = (sources.get(file) as string).split(/\r?\n|\r/);
    const last = Math.min(all.length, Math.max(...lines));
    const kept: string[] = new Array<string>(last).fill('');
    for (const n of lines) if (n <= last) kept[n - 1] = all[n - 1] ?? '';
    out.set(file, kept.join('\n'));
  }
  return out;
}
