// The CI kit a data repository copies: the sample workflow's check step and the
// pre-commit hook's entry, run as they are written (with the bin standing in for
// the installed `summary`) over a small data repository: a good record passes,
// a bad one fails with its annotation; dot folders and node_modules are not records.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const BIN = path.join(ROOT, 'bin/summary.js');
let repo: string;

interface Workflow {
  jobs: Record<string, { steps: { run?: string; name?: string }[] }>;
}
interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
}

/** A command line as a shell would split it: words, "quoted words". */
const words = (line: string): string[] => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');

function summary(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'data-repo-'));
  mkdirSync(path.join(repo, '各镇'));
  cpSync('examples/qingshi-2021.yaml', path.join(repo, '各镇/青石镇2021.yaml'));
  mkdirSync(path.join(repo, '.github/workflows'), { recursive: true });
  cpSync('docs/examples/summary-check.yml', path.join(repo, '.github/workflows/summary-check.yml'));
  mkdirSync(path.join(repo, 'node_modules/x'), { recursive: true });
  writeFileSync(path.join(repo, 'node_modules/x/broken.yaml'), 'a: [\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('sample workflow', () => {
  const workflow = parse(readFileSync('docs/examples/summary-check.yml', 'utf8')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const check = steps.find((s) => s.run?.includes('summary check'))?.run ?? '';

  it('installs the package by its real name and runs it with npx --no --', () => {
    expect(steps.some((s) => s.run?.includes('npm install') && s.run.includes('cppcc-summary'))).toBe(true);
    expect(check).toMatch(/^npx --no -- summary check /);
    expect(readFileSync('docs/ci.md', 'utf8')).toContain(check);
  });

  it('its check step passes a clean repository and annotates a bad record', () => {
    const args = words(check).slice(words(check).indexOf('summary') + 1);
    const clean = summary(args);
    expect(clean.code, clean.stdout).toBe(0);
    expect(clean.stdout).toContain('检查了 1 个文件');
    writeFileSync(path.join(repo, '各镇/太平镇2021.yaml'), readFileSync('examples/invalid/typo-key.yaml', 'utf8'));
    const bad = summary(args);
    rmSync(path.join(repo, '各镇/太平镇2021.yaml'));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^::error file=各镇\/太平镇2021\.yaml,line=14,col=5,/m);
  });
});

describe('pre-commit hook', () => {
  const [hook] = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Hook[];

  it('is a node hook running summary check on YAML files, not on dot files', () => {
    expect(hook).toMatchObject({ id: 'summary-check', entry: 'summary check', language: 'node' });
    const files = new RegExp(hook?.files ?? '$^');
    const exclude = new RegExp(hook?.exclude ?? '$^');
    const picked = (f: string) => files.test(f) && !exclude.test(f);
    expect(['各镇/青石镇2021.yaml', 'a.yml'].every(picked)).toBe(true);
    expect(['.pre-commit-config.yaml', '.github/workflows/summary-check.yml', 'README.md'].some(picked)).toBe(false);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook?.entry.split(' ')[0]);
  });

  it('its entry with the staged file names passes a good record and stops a bad one', () => {
    const entry = words(hook?.entry ?? '').slice(1);
    expect(summary([...entry, '各镇/青石镇2021.yaml']).code).toBe(0);
    writeFileSync(path.join(repo, 'bad.yaml'), readFileSync('examples/invalid/typo-key.yaml', 'utf8'));
    const bad = summary([...entry, 'bad.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('UNKNOWN_KEY');
  });
});
