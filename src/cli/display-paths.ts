/**
 * The one place paths become relative for a reader. The library names files
 * as it was given them (resolved, absolute); the CLI shows them from a base:
 * the current folder for people, the repository root for GitHub annotations
 * (a workflow's `working-directory:` would otherwise put them on the wrong
 * file). A path outside the base is shown as it is.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { showPathsIn } from '../diagnostics/create.js';
import type { OfficeBuildResult } from '../office/types.js';
import type { Progress } from '../batch/progress.js';

/** How one base shows paths: `file` is resolved against `cwd` first, so a name as typed and an absolute one agree. */
export type ShowPath = (file: string) => string;

export function showFrom(base: string, cwd: string = base): ShowPath {
  return (file) => {
    if (file === '') return file;
    const abs = path.resolve(cwd, file);
    const rel = path.relative(base, abs);
    if (rel === '') return '.';
    if (rel.startsWith('..') || path.isAbsolute(rel)) return file;
    return rel.split(path.sep).join('/');
  };
}

/** A diagnostic's file and the paths inside its message and hint, shown alike. */
export const showDiagnostic = (d: Diagnostic, show: ShowPath): Diagnostic => showPathsIn(d, show);

export const showDiagnostics = (list: readonly Diagnostic[], show: ShowPath): Diagnostic[] => list.map((d) => showDiagnostic(d, show));

/** Code-frame sources keyed the way the shown diagnostics name their files. */
export function showSources(sources: ReadonlyMap<string, string>, show: ShowPath): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, text] of sources) out.set(show(file), text);
  return out;
}

/** An office's result as the table and the progress lines show it. */
export function showResult(r: OfficeBuildResult, show: ShowPath): OfficeBuildResult {
  const shown: OfficeBuildResult = { ...r, input: show(r.input), diagnostics: showDiagnostics(r.diagnostics, show) };
  if (r.output !== undefined) shown.output = show(r.output);
  return shown;
}

/** Progress that shows what it is handed through `show` (the batch reports resolved paths). */
export function showProgress(progress: Progress, show: ShowPath): Progress {
  return {
    phase: (label, total, opts) => progress.phase(label, total, opts),
    started: (name) => progress.started(show(name)),
    finished: (r) => progress.finished(showResult(r, show)),
    done: () => progress.done(),
  };
}

/**
 * Where GitHub annotation paths start: GITHUB_WORKSPACE when set, else the
 * git top level of each file (the nearest folder above it holding a `.git`
 * entry, folder or file, so worktrees and submodules count; found by looking,
 * not by running git per file), else the current folder.
 */
export function showForGithub(env: Record<string, string | undefined>, cwd: string): ShowPath {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace) return showFrom(path.resolve(cwd, workspace), cwd);
  const topOf = gitTopLevelFinder();
  return (file) => {
    const abs = path.resolve(cwd, file);
    return showFrom(topOf(path.dirname(abs)) ?? cwd, cwd)(file);
  };
}

/** The git top level above a folder; the answer for each folder asked is kept, so many files cost one walk. */
export function gitTopLevelFinder(): (dir: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  const find = (dir: string): string | undefined => {
    if (known.has(dir)) return known.get(dir);
    const here = statSync(path.join(dir, '.git'), { throwIfNoEntry: false }) !== undefined;
    const parent = path.dirname(dir);
    const top = here ? dir : parent === dir ? undefined : find(parent);
    known.set(dir, top);
    return top;
  };
  return find;
}
