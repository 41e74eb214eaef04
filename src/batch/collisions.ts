/**
 * Two offices that would write one file, or an office and the roll-up, are
 * refused before anything is put in place. Names come from data (office
 * names), so after sanitising two different names can meet (`青石镇/联络办`
 * and `青石镇_联络办`), and on Windows and macOS `A.docx` and `a.docx` are one file.
 */
import path from 'node:path';
import { diagnostic, wholeFile } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OfficeBuildResult } from '../office/types.js';

/** Files compare as the file system may: NFC, case folded (Windows and macOS). */
export const fileKey = (p: string): string => path.resolve(p).normalize('NFC').toLowerCase();

/**
 * Office index → the collision that stops it: the same file as another
 * office's report, or as the roll-up (which keeps its name: an office's
 * fileName is the one to change).
 */
export function findCollisions(results: readonly OfficeBuildResult[], rollupNames: readonly string[]): Map<number, Diagnostic> {
  const byKey = new Map<string, number[]>();
  results.forEach((r, i) => {
    if (r.status !== 'built' || r.output === undefined) return;
    for (const file of [r.output, `${r.output}.explain.txt`]) {
      const key = fileKey(file);
      byKey.set(key, [...(byKey.get(key) ?? []), i]);
    }
  });
  const rollupKeys = new Set(rollupNames.map(fileKey));
  const out = new Map<number, Diagnostic>();
  for (const [key, indexes] of byKey) {
    const unique = [...new Set(indexes)];
    const withRollup = rollupKeys.has(key);
    if (unique.length < 2 && !withRollup) continue;
    for (const i of unique) {
      if (out.has(i)) continue;
      const r = results[i] as OfficeBuildResult;
      const others = unique.filter((j) => j !== i).map((j) => results[j]?.input ?? '');
      if (withRollup) others.push('汇总表');
      out.set(i, diagnostic('BATCH_NAME_COLLISION', { name: path.basename(r.output as string), other: others }, wholeFile(r.input)));
    }
  }
  return out;
}

