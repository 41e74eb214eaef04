/**
 * The bundled CLI (bin/summary.js over dist/bundle/, scripts/bundle.mjs) against
 * the unbundled build (tsc's dist/cli/main.js): every example's report, .md and
 * .docx, a batch with --rollup (in the command's thread, and on worker threads)
 * and a check on the worker pool give the same bytes, stdout, stderr and exit code. A bundler can
 * change what code runs without an error (a CommonJS bundle once silently
 * dropped two sections of every report); only a byte comparison sees that.
 *
 * The bundled side runs from a copy of the package holding bin/, dist/bundle/,
 * templates/, schema/ and package.json and nothing else — no dist/cli, no
 * dist/batch, no node_modules — so a bundle that reached back into the
 * unbundled files (a worker started from dist/batch/) or into a package at run
 * time fails here instead of passing on the files beside it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILES, requireBuilt } from '../support/built.js';
import { EXAMPLES_DIR, exampleNames } from '../support/example-data.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const UNBUNDLED = path.join(ROOT, 'tests', 'support', 'unbundled-cli.mjs');
const ENV = { PATH: process.env.PATH ?? '', NO_COLOR: '1', SOURCE_DATE_EPOCH: '1736467200' };

let work: string;
let alone: string; // the package with its bundles only

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every file the run wrote under its out/ folder, by name. */
  files: Map<string, Buffer>;
}

/** Runs one side in its own folder; both folders sit side by side, so relative paths print alike. */
function runSide(side: 'bundled' | 'unbundled', args: string[], name: string, env: Record<string, string>): Run {
  const cwd = path.join(work, name, side);
  mkdirSync(cwd, { recursive: true });
  const script = side === 'bundled' ? path.join(alone, 'bin', 'summary.js') : UNBUNDLED;
  const r = spawnSync(process.execPath, [script, ...args], { cwd, env: { ...ENV, ...env }, encoding: 'utf8' });
  const out = path.join(cwd, 'out');
  const files = new Map<string, Buffer>();
  if (existsSync(out)) for (const f of readdirSync(out).sort()) files.set(f, readFileSync(path.join(out, f)));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, files };
}

/**
 * Both sides, held equal. `progressInAnyOrder`: a batch's progress lines come as
 * its two workers finish, in either order; as a set with their counters, they must agree.
 * `env`: SUMMARY_WORKERS=2 puts a small batch or check on two workers (it would be done in the command's own thread).
 */
function expectSame(args: string[], name: string, { progressInAnyOrder = false, env = {} as Record<string, string> } = {}): Run {
  const bundled = runSide('bundled', args, name, env);
  const unbundled = runSide('unbundled', args, name, env);
  const progress = (s: string) => (progressInAnyOrder ? s.split('\n').map((l) => l.replace(/^\[\d+\/(\d+)\]/, '[?/$1]')).sort() : s);
  expect(progress(bundled.stderr), 'stderr').toEqual(progress(unbundled.stderr));
  expect(bundled.stdout, 'stdout').toBe(unbundled.stdout);
  expect(bundled.code, 'exit code').toBe(unbundled.code);
  expect([...bundled.files.keys()], 'files written').toEqual([...unbundled.files.keys()]);
  for (const [file, bytes] of unbundled.files) {
    const ours = bundled.files.get(file);
    // init's modeline names the schema of the package that wrote it, and the two packages lie in different folders.
    const mine = file.endsWith('.yaml') ? withoutSchemaPath(ours) : ours;
    expect(mine?.equals(file.endsWith('.yaml') ? withoutSchemaPath(bytes)! : bytes), `${file} byte for byte`).toBe(true);
  }
  return bundled;
}

const withoutSchemaPath = (bytes: Buffer | undefined) => (bytes ? Buffer.from(bytes.toString('utf8').replace(/\$schema=\S+/, '$schema=…')) : undefined);

beforeAll(() => {
  requireBuilt();
  work = mkdtempSync(path.join(tmpdir(), 'summary-bundle-'));
  alone = path.join(work, 'package');
  for (const part of ['bin', 'dist/bundle', 'templates', 'schema', 'package.json']) cpSync(path.join(ROOT, part), path.join(alone, part), { recursive: true });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the bundled CLI writes what the unbundled build writes', () => {
  for (const example of exampleNames()) {
    for (const format of ['md', 'docx']) {
      it(`${example} as .${format}`, () => {
        const r = expectSame(['build', path.join(EXAMPLES_DIR, `${example}.yaml`), '--out', 'out', '--format', format], `${example}-${format}`);
        expect(r.code).toBe(0);
        // The report, beside the folder's record of what the tool wrote (.summary-outputs.json, held equal above too).
        const reports = [...r.files].filter(([f]) => f !== '.summary-outputs.json');
        expect(reports).toHaveLength(1);
        // Every section of the report is there (what the CommonJS bundle lost): the .md has the golden's headings.
        if (format === 'md') {
          const golden = readFileSync(path.join(ROOT, 'tests', 'golden', `${example}.md`), 'utf8');
          const headings = (text: string) => text.split('\n').filter((l) => l.startsWith('#'));
          expect(headings(reports[0]![1].toString('utf8'))).toEqual(headings(golden));
        }
      });
    }
  }

  it.each([
    ['two worker threads', { SUMMARY_WORKERS: '2' }],
    ['the command’s own thread (too few offices for workers)', {}],
  ])('a batch of every example with --rollup, on %s', (_how, env) => {
    const r = expectSame(['build', EXAMPLES_DIR, '--out', 'out', '--rollup', '--county', '青山县', '--superior', '青山县政协办公室', '--date', '2025-01-10', '--jobs', '2'], `batch-${Object.keys(env).length}`, { progressInAnyOrder: true, env });
    expect(r.code).toBe(0);
    expect([...r.files.keys()].filter((f) => f.endsWith('.docx'))).toHaveLength(exampleNames().length + 1);
    expect([...r.files.keys()].some((f) => f.endsWith('.csv'))).toBe(true);
  });

  it('a check of 30 offices, some invalid, on the worker pool (two workers)', () => {
    const dir = path.join(work, 'many');
    mkdirSync(dir, { recursive: true });
    const valid = exampleNames().map((n) => readFileSync(path.join(EXAMPLES_DIR, `${n}.yaml`), 'utf8'));
    const invalid = readdirSync(path.join(EXAMPLES_DIR, 'invalid')).filter((f) => f.endsWith('.yaml')).sort();
    for (let i = 0; i < 30; i++) {
      const text = i % 3 === 2 ? readFileSync(path.join(EXAMPLES_DIR, 'invalid', invalid[i % invalid.length]!)) : valid[i % valid.length]!;
      writeFileSync(path.join(dir, `office-${String(i).padStart(2, '0')}.yaml`), text);
    }
    const r = expectSame(['check', dir, '--format', 'json', '--jobs', '2'], 'check', { env: { SUMMARY_WORKERS: '2' } });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { summary: { files: number } }).summary.files).toBe(30);
  });

  it.each([['--help'], ['--version'], ['help', 'build'], ['buidl'], ...['build', 'preview', 'check', 'init', 'schema', 'ledger', 'convert'].map((c) => [c, '--help'])])(
    'summary %s %s: each command’s entry is the whole program’s, for that command',
    (...args) => {
      expectSame(args.filter((a) => typeof a === 'string'), `help-${args.join('-')}`);
    },
  );

  it('schema prints the committed JSON Schema', () => {
    const r = expectSame(['schema'], 'schema');
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, 'schema', 'summary.schema.json'), 'utf8'));
  });

  it('init writes the same new office, its modeline pointing at the package’s schema', () => {
    const r = expectSame(['init', 'out/2024.yaml', '--name', '青石镇政协联络工作委员会', '--township', '青石镇', '--superior', '县政协', '--year', '2024'], 'init');
    expect(r.code).toBe(0);
    const modeline = /^# yaml-language-server: \$schema=(\S+)/.exec(r.files.get('2024.yaml')?.toString('utf8') ?? '');
    expect(path.resolve(work, 'init', 'bundled', 'out', modeline?.[1] ?? '')).toBe(path.join(alone, 'schema', 'summary.schema.json'));
  });
});

describe('the bundle as installed', () => {
  it('holds every file the bin and its workers load', () => {
    for (const file of BUNDLE_FILES) expect(existsSync(path.join(alone, 'dist', 'bundle', file)), file).toBe(true);
  });

  it('check holds no docx, init and schema no Handlebars', () => {
    const text = (name: string) => readFileSync(path.join(alone, 'dist', 'bundle', `${name}.js`), 'utf8');
    // Marks of the packages themselves, which minifying keeps: docx's XML namespace, Handlebars' compiler revision check.
    const docxMark = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const handlebarsMark = 'Template was precompiled with';
    expect(text('docx-writer')).toContain(docxMark);
    expect(text('build')).toContain(handlebarsMark);
    expect(text('check')).not.toContain(docxMark);
    for (const name of ['init', 'schema']) {
      expect(text(name)).not.toContain(docxMark);
      expect(text(name)).not.toContain(handlebarsMark);
    }
  });

  it('without its program files, the bin says so in Chinese and exits 2', () => {
    const bare = path.join(work, 'bare');
    cpSync(path.join(ROOT, 'bin'), path.join(bare, 'bin'), { recursive: true });
    for (const args of [['build', 'x.yaml'], ['--help']]) {
      const r = spawnSync(process.execPath, [path.join(bare, 'bin', 'summary.js'), ...args], { cwd: bare, env: ENV, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^无法启动 summary：程序文件缺失或不完整（ERR_MODULE_NOT_FOUND）。.*npm run build/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
