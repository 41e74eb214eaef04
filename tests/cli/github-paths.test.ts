// GitHub places an annotation by its path from the repository root. A data
// repository that runs `summary check` under a workflow's `working-directory:`
// must still get `file=` paths from the root, while the text log beside them
// stays relative to the current folder, as people read it.
import { cpSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-helpers.js';

const FIXTURE = 'examples/invalid/counts-disagree.yaml';

/** repo/.git (a folder, or a file as in a worktree), repo/data/offices/bad.yaml; returns repo. */
function fakeRepo(gitEntry: 'folder' | 'file' | 'none'): string {
  const repo = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'summary-repo-')));
  if (gitEntry === 'folder') mkdirSync(path.join(repo, '.git'));
  if (gitEntry === 'file') writeFileSync(path.join(repo, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
  mkdirSync(path.join(repo, 'data', 'offices'), { recursive: true });
  cpSync(FIXTURE, path.join(repo, 'data', 'offices', 'bad.yaml'));
  return repo;
}

const fileProps = (stdout: string) => [...stdout.matchAll(/^::error file=([^,]+),line=(\d+),col=(\d+)/gm)].map((m) => `${m[1]}:${m[2]}:${m[3]}`);

describe('--format github annotation paths', () => {
  it.each(['folder', 'file'] as const)('from a subfolder, relative to the git top level (.git %s)', async (entry) => {
    const repo = fakeRepo(entry);
    const r = await cli(['check', 'offices', '--format', 'github'], path.join(repo, 'data'));
    expect(r.code).toBe(1);
    expect(fileProps(r.stdout)).toEqual(['data/offices/bad.yaml:32:11']);
    // The text log under the annotations reads from the current folder.
    expect(r.stdout).toContain('offices/bad.yaml:32:11 错误 COUNT_MISMATCH');
    expect(r.stdout).not.toContain(repo);
  });

  it('GITHUB_WORKSPACE wins over the git top level', async () => {
    const repo = fakeRepo('folder');
    const r = await cli(['check', 'bad.yaml', '--format', 'github'], path.join(repo, 'data', 'offices'), { GITHUB_WORKSPACE: path.join(repo, 'data') });
    expect(fileProps(r.stdout)).toEqual(['offices/bad.yaml:32:11']);
  });

  it('outside any repository, relative to the current folder', async () => {
    const repo = fakeRepo('none');
    const r = await cli(['check', 'offices/bad.yaml', '--format', 'github'], path.join(repo, 'data'));
    // A .git above the temp folder would make this test meaningless; the machine's tmpdir has none.
    expect(fileProps(r.stdout)).toEqual(['offices/bad.yaml:32:11']);
  });

  it('json and text show paths from the current folder, never the resolved absolute path', async () => {
    const repo = fakeRepo('folder');
    const cwd = path.join(repo, 'data');
    const json = JSON.parse((await cli(['check', 'offices', '--format', 'json'], cwd)).stdout) as { diagnostics: { file: string }[] };
    expect(json.diagnostics.map((d) => d.file)).toEqual(['offices/bad.yaml']);
    const text = await cli(['check', path.join(cwd, 'offices')], cwd);
    expect(text.stdout).toContain('offices/bad.yaml:32:11');
    expect(text.stdout).not.toContain(repo);
  });
});
