/**
 * Runs the table of tests/cli/cases.ts twice per case: as a child process
 * (node bin/summary.js, as users run it), whose stdout and stderr are held to
 * the snapshots, and in-process through run(argv, io), which must give the
 * same exit code, the same files and the same normalised output. Both run the built dist/
 * (held fresh by requireBuilt): a batch starts worker threads from
 * dist/batch/worker.js, which src/ run under vitest cannot start. Snapshots hold no absolute path,
 * time or version, so they are stable on a fresh clone; rewrite them after a
 * deliberate change with `npx vitest run tests/cli/cases.test.ts -u`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';
import type { run as Run } from '../../src/cli/main.js';
import { CASES, type CliCase } from './cases.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'cli');
const PRETEND_TTY = path.join(ROOT, 'tests', 'fixtures', 'terminal', 'pretend-tty.mjs');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** The environment of both runs: nothing of the machine's (no CI, no SOURCE_DATE_EPOCH, no colours). */
const ENV = { NO_COLOR: '1' };

let scratch: string;
let run: typeof Run;
beforeAll(async () => {
  requireBuilt();
  ({ run } = (await import(path.join(ROOT, 'dist', 'cli', 'main.js'))) as { run: typeof Run });
  scratch = mkdtempSync(path.join(tmpdir(), 'cli-cases-'));
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Whether a case writes into {out}: an argument that is `{out}` or a path in it (`{out}/2024.yaml`). */
const usesOut = (c: CliCase): boolean => c.args.some((a) => a === '{out}' || a.startsWith('{out}/'));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What differs between machines and runs, replaced by a name for it. */
function normalise(text: string, out: string, cwd: string): string {
  return text
    .replace(new RegExp(escapeRe(out), 'g'), '<out>')
    .replace(new RegExp(escapeRe(cwd), 'g'), '<cwd>')
    .replace(new RegExp(escapeRe(ROOT), 'g'), '<root>')
    .replace(new RegExp(escapeRe(tmpdir()), 'g'), '<tmp>')
    .replace(new RegExp(`(?<![\\d.])${escapeRe(VERSION)}(?![\\d.])`, 'g'), '<version>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<time>')
    .replace(/\d+(?:\.\d+)?\s*(?:ms|毫秒|秒)/g, '<duration>')
    // Which fonts this machine lacks (fc-list) is the machine's, not the case's: tests/write/docx/fonts-installed.test.ts holds it.
    .replace(/^提示：本机没有安装字体 .*\n/gm, '');
}

interface Captured {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  written?: string[];
}

/** Each run gets its own copy of the case's folder, so nothing is written into the repository and runs cannot see each other's files. */
function prepare(c: CliCase, how: string): { args: string[]; out: string; cwd: string } {
  const cwd = path.join(scratch, `${c.name}-${how}`);
  cpSync(path.join(FIXTURES, c.cwd), cwd, { recursive: true });
  return { args: c.args.map((a) => a.replaceAll('{out}', 'out')), out: path.join(cwd, 'out'), cwd };
}

function outcome(c: CliCase, r: Captured, out: string, cwd: string): Outcome {
  const o: Outcome = { code: r.code, stdout: normalise(r.stdout, out, cwd), stderr: normalise(r.stderr, out, cwd) };
  if (usesOut(c)) {
    // A run that wrote nothing need not have made the folder.
    o.written = existsSync(out) ? readdirSync(out).sort() : [];
  }
  return o;
}

/** The case's environment: NO_COLOR unless the case is about colour. */
const envOf = (c: CliCase): Record<string, string> => c.colorEnv ?? { ...ENV };

async function inProcess(c: CliCase): Promise<Outcome> {
  const { args, out, cwd } = prepare(c, 'in-process');
  let stdout = '';
  let stderr = '';
  const terminal = c.terminal ?? [];
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: envOf(c), isTTY: terminal.includes('stdout'), stderrIsTTY: terminal.includes('stderr') };
  const code = await run(args, io);
  return outcome(c, { code, stdout, stderr }, out, cwd);
}

function childProcess(c: CliCase): Outcome {
  const { args, out, cwd } = prepare(c, 'child');
  // Streams that are to be terminals claim to be (the child's output is still captured).
  const pretend = c.terminal ? ['--import', PRETEND_TTY] : [];
  const env = { PATH: process.env.PATH ?? '', ...envOf(c), ...(c.terminal && { PRETEND_TTY: c.terminal.join(',') }) };
  const r = spawnSync(process.execPath, [...pretend, path.join(ROOT, 'bin', 'summary.js'), ...args], { cwd, encoding: 'utf8', env });
  return outcome(c, { code: r.status, stdout: r.stdout, stderr: r.stderr }, out, cwd);
}

/** No run of the CLI may show a stack trace or an English error, whatever the case. */
function expectNoTrace(o: Outcome, name: string): void {
  const all = o.stdout + o.stderr;
  expect(all, name).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  expect(all, name).not.toMatch(/\b(Error|TypeError|ReferenceError):/);
  expect(all, name).not.toMatch(/Parse error|Expecting '|node:internal/);
  // Issue 21 item 2: no message shows a JavaScript value's name or type instead of words.
  expect(all, name).not.toMatch(/\bundefined\b|\[object \w+\]|\bNaN\b|“null”|(?<![\w.-])(?:string|number|boolean|object)(?![\w.-])(?=[^\n]*[\u4e00-\u9fff])/);
}

describe('summary: the table of CLI cases', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const child = childProcess(c);
    expect(child.code, child.stderr).toBe(c.exitCode);
    await expect(child.stdout).toMatchFileSnapshot(`__snapshots__/cases/${name}.stdout.txt`);
    await expect(child.stderr).toMatchFileSnapshot(`__snapshots__/cases/${name}.stderr.txt`);
    if (c.written) expect(child.written).toEqual(c.written);
    expectNoTrace(child, name);

    const inside = await inProcess(c);
    if (c.knownDefect) {
      // Held as it is today so the case still runs; when the defect is fixed this fails: drop knownDefect.
      expect(inside, `fixed? remove knownDefect from ${name}`).not.toEqual(child);
      expect(inside.code).toBe(child.code);
    } else {
      expect(inside).toEqual(child);
    }
  });

  it('names every case once, and every case runs in a folder that exists', () => {
    const names = CASES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of CASES) expect(readdirSync(path.join(FIXTURES, c.cwd)).length, c.cwd).toBeGreaterThan(0);
    for (const c of CASES) expect(usesOut(c), c.name).toBe(c.written !== undefined);
  });

  it('keeps no snapshot of a case that is gone', () => {
    const kept = readdirSync(path.join(import.meta.dirname, '__snapshots__', 'cases')).map((f) => f.replace(/\.(stdout|stderr)\.txt$/, ''));
    expect([...new Set(kept)].filter((n) => !CASES.some((c) => c.name === n))).toEqual([]);
  });
});
