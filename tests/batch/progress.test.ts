// Progress output: plain lines with no control sequences off a terminal or in CI,
// a redrawn bar on a terminal, nothing when quiet; and the final table and exit codes.
import { describe, expect, it } from 'vitest';
import type { OfficeBuildResult } from '../../src/office/types.js';
import { clock, createProgress, type ProgressOptions } from '../../src/batch/progress.js';
import { formatBatchTable } from '../../src/batch/report-table.js';
import { exitCodeOf } from '../../src/office/exit-code.js';
import { displayWidth } from '../../src/batch/text-width.js';

function capture(opts: Omit<ProgressOptions, 'stream'>) {
  let text = '';
  const stream = { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream;
  return { progress: createProgress({ ...opts, stream }), text: () => text };
}

const built: OfficeBuildResult = { input: 'a.yaml', status: 'built', office: '青石镇政协联络工作委员会', output: 'out/2021年青石镇.docx', diagnostics: [{ code: 'W', severity: 'warning', message: 'w', file: 'a.yaml', line: 1, column: 1 }] };
const invalid: OfficeBuildResult = { input: 'b.yaml', status: 'invalid', diagnostics: [{ code: 'TAB_AS_INDENT', severity: 'error', message: '用了制表符缩进', file: 'b.yaml', line: 3, column: 1 }] };
const failed: OfficeBuildResult = { input: 'c.yaml', status: 'failed', diagnostics: [{ code: 'BATCH_INTERNAL_ERROR', severity: 'error', message: '内部出错', file: 'c.yaml', line: 0, column: 0 }] };

function drive(p: ReturnType<typeof capture>['progress']) {
  p.phase('检查', 3, { quiet: true });
  for (const r of [built, invalid, failed]) {
    p.started(r.input);
    p.finished(r);
  }
  p.phase('生成', 1);
  p.started('青石镇政协联络工作委员会');
  p.finished(built);
  p.done();
}

describe('progress', () => {
  it.each([
    ['not a TTY', { tty: false }],
    ['CI on a TTY', { tty: true, ci: true }],
  ])('%s: one plain line per office, no control sequences', (_name, opts) => {
    const c = capture(opts);
    drive(c.progress);
    expect(c.text()).not.toContain('\x1b');
    expect(c.text()).not.toContain('\r');
    expect(c.text().trimEnd().split('\n')).toEqual([
      '[未生成] 数据有误 b.yaml：TAB_AS_INDENT b.yaml:3:1 用了制表符缩进',
      '[未生成] 失败 c.yaml：BATCH_INTERNAL_ERROR c.yaml 内部出错',
      '[1/1] 已生成 青石镇政协联络工作委员会：out/2021年青石镇.docx',
    ]);
  });

  it('quiet: nothing at all', () => {
    const c = capture({ tty: true, quiet: true });
    drive(c.progress);
    expect(c.text()).toBe('');
  });

  it('TTY: redraws one line within the terminal width and clears it at the end', () => {
    let t = 0;
    const c = capture({ tty: true, columns: 60, now: () => (t += 1000) });
    drive(c.progress);
    const frames = c.text().split('\r\x1b[2K').filter(Boolean);
    expect(frames.some((f) => f.startsWith('生成 [') && f.includes('1/1'))).toBe(true);
    expect(frames.some((f) => f.includes('已用'))).toBe(true);
    for (const f of frames) expect(displayWidth(f)).toBeLessThan(60);
    expect(c.text().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('TTY: names the offices a worker is on now, not the last one started', () => {
    let t = 0;
    const c = capture({ tty: true, columns: 120, now: () => (t += 1000) });
    c.progress.phase('生成', 3);
    c.progress.started('a.yaml');
    c.progress.started('b.yaml');
    const frame = () => c.text().split('\r\x1b[2K').filter(Boolean).at(-1) ?? '';
    expect(frame()).toContain('a.yaml、b.yaml');
    c.progress.finished({ ...built, input: 'a.yaml' });
    expect(frame()).toContain('b.yaml');
    expect(frame()).not.toContain('a.yaml');
    c.progress.started('c.yaml');
    expect(frame()).toContain('b.yaml、c.yaml');
  });

  it('plain: a report already as this run would write it shows its file and 未变', () => {
    const c = capture({ tty: false });
    c.progress.phase('生成', 1);
    c.progress.finished({ ...built, status: 'unchanged' });
    expect(c.text()).toBe('[1/1] 未变 青石镇政协联络工作委员会：out/2021年青石镇.docx\n');
  });

  it('formats times as m:ss', () => {
    expect(clock(7_000)).toBe('0:07');
    expect(clock(65_000)).toBe('1:05');
    expect(clock(3_723_000)).toBe('1:02:03');
  });
});

describe('final table and exit code', () => {
  it('names each office, its status, warnings and file or first error, then totals', () => {
    const table = formatBatchTable([built, invalid, failed]);
    expect(table).not.toContain('\x1b');
    const lines = table.split('\n');
    expect(lines[1]).toMatch(/^青石镇政协联络工作委员会\s+已生成\s+1\s+out\/2021年青石镇\.docx$/);
    expect(lines[2]).toMatch(/^b\.yaml\s+数据有误\s+0\s+TAB_AS_INDENT b\.yaml:3:1 用了制表符缩进$/);
    expect(table).toContain('共 3 个单位：已生成 1 个，数据有误 1 个，失败 1 个；警告 1 条。');
  });

  it('0 all built, 1 some data errors, 2 any failure or usage error', () => {
    expect(exitCodeOf({ results: [built] })).toBe(0);
    expect(exitCodeOf({ results: [built, invalid] })).toBe(1);
    expect(exitCodeOf({ results: [built, invalid, failed] })).toBe(2);
    expect(exitCodeOf({ results: [] })).toBe(2);
    expect(exitCodeOf({ results: [built], diagnostics: [{ ...invalid.diagnostics[0]!, code: 'BATCH_FILE_INVALID' }] })).toBe(2);
  });
});
