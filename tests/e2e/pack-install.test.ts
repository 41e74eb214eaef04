/**
 * Install without git (issue 11): `npm pack` (its prepack builds dist/) gives a
 * tarball that installs with Node and npm alone — no dev dependencies, no
 * build or install script, no git — and the installed `summary` builds the
 * example shipped inside the package; python-docx reads the result back.
 * Dependencies come from the shared npm cache where it has them
 * (--prefer-offline); CI reaches only the npm registry, which is enough.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWithPythonDocx, requireReader, xmlParts } from '../support/readers/readers.js';
import { BUNDLE_FILES } from '../support/built.js';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; scripts: Record<string, string>; devDependencies: Record<string, string> };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir: string;
let tarball: string;
let prefix: string;
let installed: string;
let installLog: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'summary-pack-'));
  const packed = execFileSync(npm, ['pack', '--pack-destination', dir, '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(packed.slice(packed.indexOf('['))) as { filename: string }[];
  tarball = path.join(dir, info?.filename ?? '');
  prefix = path.join(dir, 'prefix');
  // A clean environment: no git on PATH is not something a test can arrange, but nothing here asks for it.
  // --engine-strict: a dependency whose engines refuse this Node fails the install instead of warning
  // (.ci/run runs this file on each Node line the README promises). npm runs on this test's Node.
  const env = { ...process.env, PATH: [path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter) };
  const install = spawnSync(npm, ['install', '--prefix', prefix, tarball, '--engine-strict', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', env });
  installLog = install.stdout + install.stderr;
  if (install.status !== 0) throw new Error(`npm install of the tarball failed on Node ${process.version}:\n${installLog}`);
  installed = path.join(prefix, 'node_modules', pkg.name);
}, 240_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm pack → npm install <tarball> → summary build', () => {
  it('the package needs no build or git at install time and carries dist/ and the examples', () => {
    expect(pkg.name).not.toBe('summary'); // taken on npm by an unrelated package
    for (const hook of ['prepare', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts[hook]).toBeUndefined();
    expect(existsSync(path.join(installed, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'dist', 'batch', 'worker.js'))).toBe(true);
    // What the bin loads: each command's bundle, the bundled worker and .docx writer, the precompiled templates.
    for (const file of BUNDLE_FILES) expect(existsSync(path.join(installed, 'dist', 'bundle', file)), file).toBe(true);
    expect(existsSync(path.join(installed, 'examples', 'qingshi-2021.yaml'))).toBe(true);
    // The docs messages and help send a clerk to are there, beside the program (tests/architecture/cited-docs.test.ts).
    for (const doc of ['README.md', 'docs/batch.md', 'docs/layout.md', 'docs/ledger.md', 'docs/data-format.md', 'docs/templates.md']) expect(existsSync(path.join(installed, doc)), doc).toBe(true);
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    expect(existsSync(path.join(installed, 'tests'))).toBe(false);
  });

  it(`installs on this Node (${process.version}) without an engine warning`, () => {
    expect(installLog).not.toMatch(/EBADENGINE|notsup|Unsupported engine/i);
  });

  it('installs no dev dependency (one present only as another package’s dependency)', () => {
    const nm = path.join(prefix, 'node_modules');
    const names = readdirSync(nm).flatMap((n) => (n.startsWith('@') ? readdirSync(path.join(nm, n)).map((m) => `${n}/${m}`) : [n])).filter((n) => !n.startsWith('.'));
    const neededBy = new Set<string>();
    for (const n of names) {
      if (n === pkg.name) continue;
      const deps = (JSON.parse(readFileSync(path.join(nm, n, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {};
      for (const d of Object.keys(deps)) neededBy.add(d);
    }
    // fflate and @types/node come with docx; typescript, vitest, eslint… must not come at all.
    const devOnly = Object.keys(pkg.devDependencies).filter((d) => !neededBy.has(d));
    expect(devOnly).toContain('typescript');
    for (const dev of devOnly) expect(names, dev).not.toContain(dev);
  });

  it('the installed `summary` builds the bundled example; the .docx reads back', async (ctx) => {
    const bin = path.join(prefix, 'node_modules', '.bin', process.platform === 'win32' ? 'summary.cmd' : 'summary');
    const out = path.join(dir, 'out');
    const r = spawnSync(bin, ['build', path.join(installed, 'examples', 'qingshi-2021.yaml'), '--out', out], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    const file = path.join(out, '2021年青石镇政协联络工作委员会工作总结.docx');
    expect(existsSync(file)).toBe(true);
    const parts = await xmlParts(file);
    expect(parts['word/document.xml']).toContain('青石镇');
    if (!(await requireReader(['python-docx'], ctx))) return;
    const read = await readWithPythonDocx(file);
    expect(read.paragraphs.map((p) => p.text).join('\n')).toContain('2021年');
    expect(read.title).toContain('青石镇政协联络工作委员会');
  });

  it('the installed `summary --help` and `check` run too (Chinese, exit 0)', () => {
    const bin = path.join(prefix, 'node_modules', '.bin', process.platform === 'win32' ? 'summary.cmd' : 'summary');
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^用法： summary/);
    const check = spawnSync(bin, ['check', path.join(installed, 'examples', 'qingshi-2021.yaml')], { encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
  });

  it('the installed `summary ledger` writes a workbook that `check` reads (exceljs and fflate are runtime dependencies)', () => {
    const bin = path.join(prefix, 'node_modules', '.bin', process.platform === 'win32' ? 'summary.cmd' : 'summary');
    const ledger = spawnSync(bin, ['ledger', '台账.xlsx', '--year', '2024', '--office', '青石镇政协联络工作委员会'], { cwd: dir, encoding: 'utf8' });
    expect(ledger.status, ledger.stderr).toBe(0);
    expect(ledger.stdout).toContain('已生成工作台账：台账.xlsx');
    const check = spawnSync(bin, ['check', '台账.xlsx', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    // A blank ledger lacks the office's required fields: findings (exit 1), named at their cells, not a crash.
    expect(check.status, check.stderr).toBe(1);
    const codes = (JSON.parse(check.stdout) as { diagnostics: { code: string; sheet?: string }[] }).diagnostics;
    expect(codes.some((d) => d.code === 'MISSING_FIELD' && d.sheet === '单位与委员')).toBe(true);
  });
});
