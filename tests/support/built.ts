/**
 * Tests of the built package (bin/summary.js and its bundles, the batch worker,
 * the precompiled templates) run what `npm run build` left in dist/. They do not build it
 * themselves (tsc on a shared machine, once per test file, and an emit that
 * hides type errors); instead a missing or stale dist/ fails the test with the
 * command to run, rather than skipping it or testing yesterday's code.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function mtime(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The bundles bin/summary.js loads (scripts/bundle.mjs): one per command, the worker, the .docx writer, pinyin-pro (the roll-up's order), the templates. */
export const BUNDLE_FILES = ['summary', 'build', 'check', 'init', 'schema', 'ledger', 'convert', 'worker', 'docx-writer', 'pinyin'].map((n) => `${n}.js`).concat('builtin-templates.cjs');

/**
 * Throws unless every src/**\/*.ts has its dist/ .js, no older than the source, and the bundles are no older
 * than any source. (Not "than any dist/ file": pack-install's `npm pack` rebuilds dist/ while other tests run.)
 */
export function requireBuilt(): void {
  const src = path.join(ROOT, 'src');
  const stale: string[] = [];
  let newest = 0;
  for (const rel of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.ts') || rel.endsWith('.d.ts')) continue;
    const source = mtime(path.join(src, rel)) ?? 0;
    const built = mtime(path.join(ROOT, 'dist', rel.replace(/\.ts$/, '.js')));
    if (built === undefined || built < source) stale.push(rel);
    newest = Math.max(newest, source);
  }
  const precompiled = mtime(path.join(ROOT, 'dist', 'render', 'builtin-templates.cjs'));
  if (precompiled === undefined) stale.push('render/builtin-templates.cjs');
  for (const file of BUNDLE_FILES) {
    const bundled = mtime(path.join(ROOT, 'dist', 'bundle', file));
    if (bundled === undefined || bundled < newest) stale.push(`bundle/${file}`);
  }
  if (stale.length > 0) {
    throw new Error(`dist/ is missing or older than src/ (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ' …' : ''}): run \`npm run build\` first`);
  }
}
