// One pipeline per office: the same office built alone and in a batch gives the same
// bytes under the same name; each file is read once; nothing staged is left behind;
// an office's file that is the roll-up's is refused. Workers run the compiled code
// (npm test builds it first).
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RECORD_FILE } from '../../src/write/output-record.js';
import { requireBuilt } from '../support/built.js';
import { runBatch, type BatchOptions } from '../../src/batch/run-batch.js';
import { expandInputs } from '../../src/inputs/expand.js';
import { buildOffice } from '../../src/office/build-office.js';
import type { OfficeOptions } from '../../src/office/types.js';
import { requireReader } from '../support/readers/readers.js';
import { showFrom } from '../../src/cli/display-paths.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const workerUrl = new URL('../../dist/batch/worker.js', import.meta.url);
const bin = path.join(root, 'bin', 'summary.js');
const date = new Date(Date.UTC(2021, 11, 25));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'summary-one-pass-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// `date` is the roll-up's; each report keeps its own signature date, alone or in a batch.
// On two workers; a batch this small is otherwise built in this thread (the first test compares both).
const batchOpts = (extra: BatchOptions = {}): BatchOptions => ({ cwd: dir, workerUrl, workers: 2, date, ...extra });
const alone = (input: string, extra: Partial<OfficeOptions> = {}) =>
  buildOffice(input, { cwd: dir, outDir: path.join(dir, 'alone'), format: 'docx', force: false, ...extra });

/** An example copied into the test folder, its office renamed. */
function office(file: string, from: string, rename?: (s: string) => string): string {
  const text = readFileSync(path.join(root, 'examples', from), 'utf8');
  writeFileSync(path.join(dir, file), rename ? rename(text) : text);
  return file;
}

/** Hidden files in a folder other than the output record (.summary-outputs.json): temp files left behind. */
const hidden = async (folder: string) => (await readdir(folder).catch(() => [] as string[])).filter((f) => f.startsWith('.') && f !== RECORD_FILE);

describe('one office, one path', () => {
  beforeAll(requireBuilt);
  it('alone and in a batch: byte-identical files under the same name (long name, pattern, previous year)', async () => {
    // 60 characters, the longest name the schema takes: 204 bytes with the year and 工作总结, so it must give way.
    const longName = `青石镇${'政协联络工作'.repeat(9)}委员会`;
    office('long.yaml', 'qingshi-2021.yaml', (s) => s.replace('name: 青石镇政协联络工作委员会', `name: ${longName}`));
    office('yanquan.yaml', 'yanquan-street-2021.yaml');
    office('baihe-2022.yaml', 'baihe-counts-2022.yaml');
    mkdirSync(path.join(dir, 'last'));
    writeFileSync(path.join(dir, 'last', 'baihe-2021.yaml'), readFileSync(path.join(root, 'tests/fixtures/previous/baihe-2021.yaml'), 'utf8'));
    writeFileSync(
      path.join(dir, 'county.batch.yaml'),
      [
        'output: batch',
        'offices:',
        '  - long.yaml',
        '  - path: yanquan.yaml',
        '    fileName: "{year}年{township}{short}总结"',
        '  - path: baihe-2022.yaml',
        '    previous: last/baihe-2021.yaml',
        'rollup: false',
        '',
      ].join('\n'),
    );
    const batch = await runBatch(['county.batch.yaml'], batchOpts());
    expect(batch.value.results.map((r) => r.status)).toEqual(['built', 'built', 'built']);
    // The same batch in this thread (no worker: too few offices to pay for one) writes the same files.
    const fromWorkers = batch.value.results.map((r) => readFileSync(r.output!));
    // Removed first: a re-run that would write the same bytes writes nothing (未变, the re-run rule), and these must be this thread's.
    for (const r of batch.value.results) rmSync(r.output!);
    const here = await runBatch(['county.batch.yaml'], { cwd: dir, workerUrl, date, force: true });
    expect(here.value.results.map((r) => r.status)).toEqual(['built', 'built', 'built']);
    expect(here.value.results.map((r) => r.output)).toEqual(batch.value.results.map((r) => r.output));
    for (const [i, r] of here.value.results.entries()) expect(readFileSync(r.output!).equals(fromWorkers[i]!), r.output).toBe(true);

    const single = [
      await alone('long.yaml'),
      await alone('yanquan.yaml', { fileName: '{year}年{township}{short}总结' }),
      await alone('baihe-2022.yaml', { previous: 'last/baihe-2021.yaml' }),
    ];
    for (const [i, s] of single.entries()) {
      const b = batch.value.results[i]!;
      expect(s.result.status).toBe('built');
      expect(path.basename(s.result.output!)).toBe(path.basename(b.output!));
      expect(readFileSync(s.result.output!).equals(readFileSync(b.output!))).toBe(true);
    }
    expect(path.basename(single[0]!.result.output!).endsWith('工作总结.docx')).toBe(true);
    // The previous year reached the report and the numbers the roll-up reads, alike.
    expect(batch.value.results[2]?.previousNumbers).toEqual(single[2]?.result.previousNumbers);
    expect(batch.value.results[2]?.previousNumbers?.meetings).toBeDefined();
  });

  it('refuses an office whose file name is the roll-up’s, even with --force, and keeps the roll-up', async () => {
    office('qingshi.yaml', 'qingshi-2021.yaml');
    office('yanquan.yaml', 'yanquan-street-2021.yaml');
    writeFileSync(
      path.join(dir, 's.batch.yaml'),
      'output: out\noffices:\n  - path: qingshi.yaml\n    fileName: "2021年各镇（街道）政协联络工作情况汇总.docx"\n  - yanquan.yaml\n',
    );
    const r = await runBatch(['s.batch.yaml'], batchOpts({ force: true }));
    expect(r.value.results.map((x) => x.status)).toEqual(['invalid', 'built']);
    expect(r.value.results[0]?.diagnostics.find((d) => d.code === 'BATCH_NAME_COLLISION')?.message).toContain('汇总表');
    expect(r.value.exitCode).toBe(1);
    expect(r.value.rollup?.docx).toBe(path.join(dir, 'out', '2021年各镇（街道）政协联络工作情况汇总.docx'));
    expect(await hidden(path.join(dir, 'out'))).toEqual([]);
  });

  it('a collision commits nothing of the colliding offices and leaves no staged file', async () => {
    office('a.yaml', 'qingshi-2021.yaml');
    office('b.yaml', 'qingshi-2021.yaml', (s) => s.replace('township: 青石镇', 'township: 青石乡'));
    const r = await runBatch(['a.yaml', 'b.yaml'], batchOpts({ outDir: 'out', rollup: false }));
    expect(r.value.results.map((x) => x.status)).toEqual(['invalid', 'invalid']);
    expect(await readdir(path.join(dir, 'out'))).toEqual([]);
  });

  it('removes the temp files a killed run left, and only those of dead processes', async () => {
    mkdirSync(path.join(dir, 'out'));
    const stale = '.2021年青石镇政协联络工作委员会工作总结.docx.999999.0123456789ab.tmp';
    const live = `.x.docx.${process.pid}.0123456789ab.tmp`;
    writeFileSync(path.join(dir, 'out', stale), 'partial');
    writeFileSync(path.join(dir, 'out', live), 'in use');
    office('qingshi.yaml', 'qingshi-2021.yaml');
    const { result } = await alone('qingshi.yaml', { outDir: path.join(dir, 'out') });
    expect(result.status).toBe('built');
    expect((await hidden(path.join(dir, 'out'))).sort()).toEqual([live]);
  });

  it('opens each office file once and each previous year once, in a batch (strace)', async (ctx) => {
    if (!(await requireReader(['strace'], ctx))) return;
    office('qingshi.yaml', 'qingshi-2021.yaml');
    office('yanquan.yaml', 'yanquan-street-2021.yaml');
    office('baihe-2022.yaml', 'baihe-counts-2022.yaml');
    writeFileSync(path.join(dir, 'baihe-2021.yaml'), readFileSync(path.join(root, 'tests/fixtures/previous/baihe-2021.yaml'), 'utf8'));
    writeFileSync(path.join(dir, 'c.batch.yaml'), 'offices:\n  - qingshi.yaml\n  - yanquan.yaml\n  - path: baihe-2022.yaml\n    previous: baihe-2021.yaml\n');
    const trace = path.join(dir, 'trace.txt');
    await run('strace', ['-f', '-e', 'trace=open,openat', '-o', trace, process.execPath, bin, 'build', 'c.batch.yaml', '--rollup', '--jobs', '2'], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    const opens = readFileSync(trace, 'utf8').split('\n').filter((l) => /open(at)?\(/.test(l) && !/ENOENT/.test(l));
    const count = (f: string) => opens.filter((l) => l.includes(`"${path.join(dir, f)}"`) || l.includes(`"${f}"`)).length;
    for (const f of ['qingshi.yaml', 'yanquan.yaml', 'baihe-2022.yaml', 'baihe-2021.yaml']) expect(count(f), f).toBe(1);
    expect(count('c.batch.yaml')).toBe(1);
  });
});

describe('what a command loads', () => {
  it('each command reads its own bundle, not the packages; only a .docx reads the writer (strace)', async (ctx) => {
    if (!(await requireReader(['strace'], ctx))) return;
    const opened = async (args: string[]) => {
      const trace = path.join(dir, 'trace.txt');
      await run('strace', ['-f', '-e', 'trace=open,openat', '-o', trace, process.execPath, bin, ...args], { cwd: root });
      return readFileSync(trace, 'utf8');
    };
    // The bundles (scripts/bundle.mjs) hold yaml, zod, the project's own .docx writer and Handlebars' runtime; no docx library is loaded. The one package still read from
    // node_modules is picomatch, which fdir (under tinyglobby) looks up with its own require for a feature not used here.
    const packages = (trace: string) => [...new Set([...trace.matchAll(/node_modules\/((?:@[^/"]+\/)?[^/"]+)/g)].map((m) => m[1]))].sort();
    const check = await opened(['check', 'examples/qingshi-2021.yaml']);
    expect(check).toContain('dist/bundle/check.js');
    expect(check).not.toContain('dist/bundle/docx-writer.js');
    expect(packages(check)).toEqual(['picomatch']);
    const md = await opened(['build', 'examples/qingshi-2021.yaml', '--format', 'md', '--out', path.join(dir, 'out-md')]);
    expect(md).toContain('dist/bundle/build.js');
    expect(md).not.toContain('dist/bundle/docx-writer.js');
    const build = await opened(['build', 'examples/qingshi-2021.yaml', '--out', path.join(dir, 'out')]);
    expect(build).toContain('dist/bundle/build.js');
    expect(build).toContain('dist/bundle/docx-writer.js');
    expect(build).toContain('dist/bundle/builtin-templates.cjs');
    expect(packages(build)).toEqual(['picomatch']);
    expect(build).not.toContain('node_modules/docx/');
    const init = await opened(['init', path.join(dir, 'new.yaml'), '--year', '2024']);
    expect(init).toContain('dist/bundle/init.js');
    expect(init).not.toContain('dist/bundle/docx-writer.js');
    expect(init).not.toContain('builtin-templates.cjs');
    expect(packages(init)).toEqual([]);
  });
});

describe('what is read', () => {
  it('names a folder x.yaml, a dangling link and a pipe in a data folder instead of skipping them', async () => {
    mkdirSync(path.join(dir, 'in'));
    office('in/good.yaml', 'qingshi-2021.yaml');
    mkdirSync(path.join(dir, 'in', 'x.yaml'));
    symlinkSync('/nonexistent/y.yaml', path.join(dir, 'in', 'y.yaml'));
    await run('mkfifo', [path.join(dir, 'in', 'z.yaml')]);
    const out = await expandInputs(['in'], { cwd: dir });
    expect(out.jobs.map((j) => showFrom(dir)(j.input))).toEqual(['in/good.yaml']);
    expect(out.diagnostics.map((d) => [d.code, showFrom(dir)(d.file)])).toEqual([
      ['INPUT_NOT_A_FILE', 'in/x.yaml'],
      ['INPUT_NOT_A_FILE', 'in/y.yaml'],
      ['INPUT_NOT_A_FILE', 'in/z.yaml'],
    ]);
    const check = await run(process.execPath, [bin, 'check', 'in'], { cwd: dir }).then(() => 0, (e: { code: number }) => e.code);
    expect(check).toBe(2);
  });

  it('reads nothing outside the data: a batch entry outside its folder, a link out of the folder', async () => {
    mkdirSync(path.join(dir, 'repo'));
    writeFileSync(path.join(dir, 'repo', 'leak.batch.yaml'), 'offices:\n  - /etc/passwd\n  - ../secret.yaml\n');
    writeFileSync(path.join(dir, 'secret.yaml'), 'year: 2021\n');
    symlinkSync('/etc/passwd', path.join(dir, 'repo', 'leak.yaml'));
    const out = await expandInputs(['repo/leak.batch.yaml', 'repo'], { cwd: dir });
    expect(out.jobs).toEqual([]);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['INPUT_OUTSIDE', 'INPUT_OUTSIDE', 'INPUT_OUTSIDE']);
    const allowed = await expandInputs(['repo/leak.batch.yaml'], { cwd: dir, allowOutside: true });
    expect(allowed.jobs).toHaveLength(2);
    const r = await run(process.execPath, [bin, 'check', 'repo'], { cwd: dir }).catch((e: { stdout: string; code: number }) => e);
    expect((r as { stdout: string }).stdout).not.toContain('root:');
  });
});

describe('stages', () => {
  it('a build refused after staging leaves no temp file (an edited report, new data, no --force)', async () => {
    office('qingshi.yaml', 'qingshi-2021.yaml');
    const first = await alone('qingshi.yaml');
    expect(first.result.status).toBe('built');
    const report = first.result.output!;
    const edited = Buffer.concat([await readFile(report), Buffer.from('edited')]);
    writeFileSync(report, edited);
    office('qingshi.yaml', 'qingshi-2021.yaml', (s) => s.replace('shortName: 镇政协联工委', 'shortName: 青石联工委'));
    const again = await alone('qingshi.yaml');
    expect(again.result.status).toBe('edited');
    expect(again.result.diagnostics.map((d) => d.code)).toContain('OUTPUT_EDITED');
    expect(await hidden(path.join(dir, 'alone'))).toEqual([]);
    // The edited report is still there as the user left it, not emptied or replaced by the refused second build.
    expect(await readFile(report)).toEqual(edited);
  });
});
