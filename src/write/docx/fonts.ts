/**
 * Fonts as the .docx writes them: a run's font attributes, and which of the
 * configured fonts this machine lacks.
 */
// The roles, their defaults and the override rule are the fonts table's (src/write/fonts.ts).
export { DEFAULT_FONTS, resolveFonts, type Fonts } from '../fonts.js';
import type { Fonts } from '../fonts.js';
import type { RunFonts } from './run.js';

/**
 * The run font attributes for one font name. The CJK font goes in every slot,
 * hAnsi included, so that — … “” ‘’ (which Word files under hAnsi) take the
 * Chinese font and its full-width glyphs; the eastAsia hint does the same for
 * characters Word would otherwise guess at.
 */
export function runFont(name: string): RunFonts {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

/**
 * The configured fonts this machine does not have, by fontconfig's list
 * (`fc-list`), asked once per process. The .docx names its fonts and carries
 * none of them, so what is missing here is only a hint of what a reader may
 * lack; the caller says so once. `undefined` when the machine cannot tell
 * (no fc-list, as on Windows): then nothing is claimed either way.
 */
export async function missingFonts(fonts: Fonts): Promise<string[] | undefined> {
  installed ??= listInstalledFonts();
  const have = await installed;
  if (!have) return undefined;
  return [...new Set(Object.values(fonts))].filter((name) => !have.has(name));
}

let installed: Promise<Set<string> | undefined> | undefined;

async function listInstalledFonts(): Promise<Set<string> | undefined> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('fc-list', [':', 'family'], { timeout: 10_000, maxBuffer: 16 << 20 }, (err, stdout) => {
      if (err) return resolve(undefined);
      // One line per face: "Family,本地名,…" — every comma-separated name counts.
      resolve(new Set(stdout.split('\n').flatMap((l) => l.split(',').map((n) => n.replace(/\\/g, '').trim())).filter(Boolean)));
    });
  });
}
