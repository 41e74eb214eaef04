/**
 * Issue 22 #33, #34 and issue 21 #6: a batch stopped with SIGINT (Ctrl-C) or
 * SIGTERM removes what it staged before it exits, never says 已生成 of a file
 * it did not write, leaves the terminal clean; and two batches into one
 * folder at once call a report the other put in place 已存在、未覆盖, never
 * 失败, with a roll-up that agrees. Through the bin over dist/, in the
 * command's own thread and on workers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commitOffice, stageOffice } from '../../src/office/build-office.js';
import { OutputRecords } from '../../src/write/output-record.js';
import { writeRollup } from '../../src/rollup/write-rollup.js';
import type { OfficeBuildResult } from '../../src/office/types.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'summary.js');
const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'qingshi-2021.yaml'), 'utf8');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder `in/` of `n` offices, each its own name (so each its own report). */
function offices(n: number): string {
  const d = mkdtempSync(path.join(tmpdir(), 'batch-stop-'));
  dirs.push(d);
  mkdirSync(path.join(d, 'in'));
  for (let i = 0; i < n; i++) writeFileSync(path.join(d, 'in', `o${String(i).padStart(2, '0')}.yaml`), EXAMPLE.replace(/青石镇/g, `青石${i}镇`));
  return d;
}

const leftovers = (out: string): string[] => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.tmp')) : []);
const reports = (out: string): string[] => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.docx')) : []);

/** What the bar writes to erase its line: carriage return, ESC [2K. */
const ERASE = '\r\u001b[2K';
const PRETEND_TTY = path.join(ROOT, 'tests', 'fixtures', 'terminal', 'pretend-tty.mjs');

/**
 * Start a batch, send `signal` once it has reported its second office (plain
 * lines) or drawn its bar a few times (stderr a terminal), and wait for it to end.
 */
function stopBatch(d: string, signal: 'SIGINT' | 'SIGTERM', terminal = false, workers?: number): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    // Twelve offices are built in the command's own thread; SUMMARY_WORKERS puts them on workers.
    const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...(terminal && { PRETEND_TTY: 'stderr' }), ...(workers !== undefined && { SUMMARY_WORKERS: String(workers) }) };
    const child = spawn(process.execPath, [...(terminal ? ['--import', PRETEND_TTY] : []), BIN, 'build', 'in', '--out', 'out', '--jobs', '2'], { cwd: d, env });
    let stderr = '';
    let stdout = '';
    let sent = false;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      // Mid-batch: some offices staged (their temp files written), others still in a worker.
      if (!sent && (terminal ? stderr.split(ERASE).length > 3 : /^\[2\//m.test(stderr))) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('exit', (code) => resolve({ code, stderr, stdout }));
  });
}

describe.runIf(existsSync(path.join(ROOT, 'dist', 'batch', 'worker.js')))('a batch stopped by a signal', () => {
  it.each([
    ['SIGINT', 130, undefined],
    ['SIGTERM', 143, undefined],
    ['SIGINT', 130, 2],
    ['SIGTERM', 143, 2],
  ] as const)('%s mid-batch: exit %i, no temp file and no report left, no 已生成, a line that says so (workers: %s)', async (signal, code, workers) => {
    const d = offices(12);
    const r = await stopBatch(d, signal, false, workers);
    expect(r.code, r.stderr).toBe(code);
    expect(leftovers(path.join(d, 'out'))).toEqual([]);
    expect(reports(path.join(d, 'out'))).toEqual([]);
    expect(r.stderr + r.stdout).not.toContain('已生成');
    expect(r.stderr).toMatch(/^\[1\/12\] 已排版，待写入 /m);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/生成已中止：还没有写入的报告一份也没有写，暂存的文件已删除/);
  });

  it('Ctrl-C with the bar drawn: the bar is erased before the line that says so, and nothing follows it', async () => {
    const d = offices(12);
    const r = await stopBatch(d, 'SIGINT', true);
    expect(r.code, r.stderr).toBe(130);
    // The last frame is erased (\r ESC[2K), then one line, then nothing: the prompt comes back on a clean line.
    const last = r.stderr.slice(r.stderr.lastIndexOf(ERASE) + ERASE.length);
    expect(last).toMatch(/^已按 Ctrl-C，生成已中止：[^\r]*\n$/);
    expect(last).not.toContain('\u001b');
    expect(leftovers(path.join(d, 'out'))).toEqual([]);
  });

  it('a second run after a stop builds every office: nothing of the stopped one is in the way', async () => {
    const d = offices(6);
    await stopBatch(d, 'SIGINT');
    const again = spawnSync(process.execPath, [BIN, 'build', 'in', '--out', 'out', '--jobs', '2'], { cwd: d, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(reports(path.join(d, 'out'))).toHaveLength(6);
  });
});

describe.runIf(existsSync(path.join(ROOT, 'dist', 'batch', 'worker.js')))('two batches into one folder at once (33)', () => {
  it('both end 0; every report there is 已生成 or 未变, never 失败, and the roll-up counts them all', async () => {
    for (let round = 0; round < 3; round++) {
      const d = offices(4);
      const args = [BIN, 'build', 'in', '--out', 'out', '--rollup', '--date', '2022-01-05', '--superior', '县政协', '--jobs', '1'];
      const both = await Promise.all(
        [0, 1].map(
          () =>
            new Promise<{ code: number | null; out: string }>((resolve) => {
              const c = spawn(process.execPath, args, { cwd: d });
              let out = '';
              c.stdout.on('data', (b: Buffer) => (out += b.toString()));
              c.stderr.on('data', (b: Buffer) => (out += b.toString()));
              c.on('exit', (code) => resolve({ code, out }));
            }),
        ),
      );
      for (const r of both) {
        expect(r.code, r.out).toBe(0);
        expect(r.out).not.toContain('失败');
      }
      expect(reports(path.join(d, 'out')).filter((f) => !f.includes('汇总'))).toHaveLength(4);
      const csv = readFileSync(path.join(d, 'out', '2021年各镇（街道）政协联络工作情况汇总.csv'), 'utf8');
      expect(csv).not.toMatch(/失败|OUTPUT_EXISTS/);
    }
  });

  it('a report another run put in place since this one looked: 未变 when it holds this run’s bytes, refused (OUTPUT_EDITED) when not; no temp file either way', async () => {
    const d = offices(1);
    const input = path.join(d, 'in', 'o00.yaml');
    const options = { cwd: d, outDir: path.join(d, 'out'), format: 'md' as const, force: false };
    const first = await stageOffice(input, options);
    const second = await stageOffice(input, options);
    // Both looked at a folder without the report (their records, read now, know nothing of it).
    const [own, other] = [new OutputRecords(), new OutputRecords()];
    await Promise.all([own.forFile(first.files[0]!.target), other.forFile(second.files[0]!.target)]);
    expect((await commitOffice(first, false, own)).status).toBe('built');
    expect((await commitOffice(second, false, other)).status).toBe('unchanged');
    // Another file put there by someone else, found at the commit: not known to be the tool's, left.
    const third = await stageOffice(input, options);
    const late = new OutputRecords();
    rmSync(first.result.output!);
    await late.forFile(third.files[0]!.target);
    writeFileSync(first.result.output!, 'another run’s file');
    const refused = await commitOffice(third, false, late);
    expect(refused.status).toBe('edited');
    expect(refused.diagnostics.map((x) => x.code)).toEqual(['OUTPUT_EDITED']);
    expect(leftovers(path.join(d, 'out'))).toEqual([]);
  });

  it('two roll-ups of the same data written at once: one written, the other found up to date, neither stale', async () => {
    const d = offices(0);
    const results: OfficeBuildResult[] = [{ input: 'a.yaml', status: 'built', office: '青石镇政协联络工作委员会', township: '青石镇', year: 2021, diagnostics: [], emptySections: [] }];
    const opts = { outDir: path.join(d, 'out'), force: false, superior: '县政协', date: new Date(Date.UTC(2022, 0, 5)) };
    const [a, b] = await Promise.all([writeRollup(results, opts), writeRollup(results, opts)]);
    const diagnostics = [...a.diagnostics, ...b.diagnostics].map((x) => x.code);
    expect(diagnostics).not.toContain('OUTPUT_EDITED');
    expect(diagnostics).not.toContain('OUTPUT_EXISTS');
    const outcomes = [...(a.value?.files ?? []), ...(b.value?.files ?? [])].map((f) => f.outcome);
    expect(outcomes.filter((o) => o === 'written')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'unchanged')).toHaveLength(2);
  });
});
