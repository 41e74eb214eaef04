/**
 * `topic：研究部署…` — a key followed by a full-width colon, as a Chinese
 * input method types it. YAML sees no key there, and its error lands on the
 * line before or names a fault the clerk cannot see (MULTILINE_IMPLICIT_KEY).
 * Such lines are found by their shape: a Latin key (the format's keys are
 * all English), optional spaces, then `：`. Only looked for when the file did
 * not parse, so a full-width colon inside text that parsed is never blamed.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/create.js';
import { rangeLocation, type SourceDoc } from './positions.js';

// The value is taken whole and trimmed in code: `(.*?)\s*$` would backtrack quadratically over trailing spaces.
const KEY_WITH_FULLWIDTH_COLON = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][A-Za-z0-9_]*)[ \t]*：(.*)$/;

export interface FullwidthColon {
  /** 1-based line of the colon. */
  line: number;
  diagnostic: Diagnostic;
}

export function fullwidthColonKeys(src: SourceDoc): FullwidthColon[] {
  const out: FullwidthColon[] = [];
  let offset = 0;
  const lines = src.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = KEY_WITH_FULLWIDTH_COLON.exec(line);
    if (m && !line.trimStart().startsWith('#')) {
      const colon = offset + line.indexOf('：', (m[1] ?? '').length);
      const rest = (m[3] ?? '').trim();
      // The hint rewrites the line: the key, a half-width colon and the rest (clipped to 40 characters).
      const value = rest.length > 40 ? `${rest.slice(0, 40)}…` : rest;
      out.push({ line: i + 1, diagnostic: diagnostic('FULLWIDTH_COLON_KEY', { key: m[2] ?? '', ...(value !== '' && { value }) }, rangeLocation(src, colon, colon + 1)) });
    }
    offset += line.length + 1;
  }
  return out;
}
