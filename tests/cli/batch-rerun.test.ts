/**
 * A county's week (issue 21 item 3): 30 townships built with the roll-up, 3
 * broken on purpose; the 3 fixed and the batch run again, as a county office
 * runs it, through the bin over dist/ (worker threads). The re-run rewrites
 * only what changed — the 3 reports and the roll-up — with no --force, exit 0;
 * a report a township edited in Word is never overwritten: when its data
 * changes it is left, named with the way to replace it, and the run exits 2
 * with a last line that says it did not finish. Which files were touched is
 * read from their inode and bytes, not from what the tool says.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'qingshi-2021.yaml'), 'utf8');
const BROKEN = new Set([4, 17, 29]);
const ROLLUP = '2021年青山县各镇（街道）政协联络工作情况汇总';

let dir: string;
const towns = () => path.join(dir, '各镇');
const out = () => path.join(dir, '输出');
const report = (i: number) => path.join(out(), `2021年青石${i}镇政协联络工作委员会工作总结.docx`);

/** Township i's records: the example renamed, broken (an impossible date) when asked. */
function town(i: number, change: (s: string) => string = (s) => s): void {
  const text = EXAMPLE.replaceAll('青石镇', `青石${i}镇`).replace(/^# yaml-language-server.*\n/, '');
  writeFileSync(path.join(towns(), `青石${i}镇.yaml`), change(text));
}
const broken = (s: string) => s.replace('date: 2021-02-23', 'date: 2021-02-30');
const moreAttendees = (s: string) => s.replace('attendees: 11', 'attendees: 12');

function build(): { code: number | null; stdout: string; stderr: string; last: string } {
  const args = ['build', '各镇', '--out', '输出', '--rollup', '--county', '青山县', '--superior', '青山县政协办公室', '--date', '2022-01-10', '--jobs', '2'];
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'summary.js'), ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, last: r.stdout.trimEnd().split('\n').at(-1) ?? '' };
}

/** Each file of the output folder and what identifies its present bytes on disk: inode and content. */
function snapshot(): Map<string, { ino: number; bytes: Buffer }> {
  return new Map(readdirSync(out()).map((f) => [f, { ino: statSync(path.join(out(), f)).ino, bytes: readFileSync(path.join(out(), f)) }]));
}
/** The files whose inode or bytes differ between two snapshots, or that are new. */
const touched = (a: ReturnType<typeof snapshot>, b: ReturnType<typeof snapshot>) =>
  [...b.entries()].filter(([f, v]) => !a.has(f) || a.get(f)?.ino !== v.ino || !a.get(f)?.bytes.equals(v.bytes)).map(([f]) => f).sort();

beforeAll(() => {
  requireBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'summary-rerun-'));
  mkdirSync(towns());
  for (let i = 1; i <= 30; i++) town(i, BROKEN.has(i) ? broken : undefined);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a county of 30 townships, run again and again', () => {
  let first: ReturnType<typeof snapshot>;
  let second: ReturnType<typeof snapshot>;

  it('the first run builds 27, names the 3 broken ones, writes the roll-up and the record: exit 1, and the last line says so', () => {
    const r = build();
    expect(r.code, r.stderr).toBe(1);
    expect(r.last).toBe('共 30 个单位：已生成 27 个，数据有误 3 个；警告 0 条。有单位的数据有错误，没有为它们生成报告（退出码 1）。');
    // The table in the order people count: 青石1镇, 青石2镇 … 青石10镇, not 青石1镇, 青石10镇, 青石11镇.
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('青石')).map((l) => l.split(/\s+/)[0]);
    expect(rows).toEqual(Array.from({ length: 30 }, (_, i) => `青石${i + 1}镇政协联络工作委员会`));
    // The roll-up too (pinyin order, its numbers as people count them).
    const csv = readFileSync(path.join(out(), `${ROLLUP}.csv`), 'utf8').split('\n').map((l) => l.split(',')[0] ?? '');
    expect(csv.filter((c) => c.startsWith('青石'))).toEqual(Array.from({ length: 30 }, (_, i) => `青石${i + 1}镇政协联络工作委员会`));
    first = snapshot();
    expect([...first.keys()].filter((f) => f.endsWith('工作总结.docx'))).toHaveLength(27);
    expect(first.has(`${ROLLUP}.docx`) && first.has(`${ROLLUP}.csv`) && first.has('.summary-outputs.json')).toBe(true);
  }, 120_000);

  it('after the 3 are fixed, a re-run writes only those 3 and the roll-up, without --force: exit 0', () => {
    for (const i of BROKEN) town(i);
    const r = build();
    expect(r.code, r.stderr).toBe(0);
    second = snapshot();
    expect(touched(first, second)).toEqual(
      ['.summary-outputs.json', `${ROLLUP}.csv`, `${ROLLUP}.docx`, ...[...BROKEN].map((i) => path.basename(report(i)))].sort(),
    );
    expect(r.stdout).toContain(`已更新汇总表：输出/${ROLLUP}.docx`);
    expect(r.last).toBe('共 30 个单位：已生成 3 个，未变 27 个；警告 0 条。');
    expect(r.stderr).not.toMatch(/OUTPUT_EXISTS|OUTPUT_EDITED|BATCH_ROLLUP_STALE/);
  }, 120_000);

  it('a report edited since is left alone when its data changes, named with the way to replace it; the others are updated; exit 2 and a last line that says so', () => {
    // Township 5 edits its report in Word; then the county corrects 5's and 6's records.
    const edited = Buffer.concat([readFileSync(report(5)), Buffer.from('（镇里改过）')]);
    writeFileSync(report(5), edited);
    const beforeEdit = snapshot();
    town(5, moreAttendees);
    town(6, moreAttendees);
    const r = build();
    expect(r.code).toBe(2);
    expect(readFileSync(report(5)).equals(edited)).toBe(true);
    expect(touched(beforeEdit, snapshot())).toEqual(['.summary-outputs.json', path.basename(report(6))]);
    const row5 = r.stdout.split('\n').find((l) => l.startsWith('青石5镇')) ?? '';
    expect(row5).toMatch(/^青石5镇政协联络工作委员会\s+有修改、未更新\s+0\s+OUTPUT_EDITED 各镇\/青石5镇\.yaml “输出\/2021年青石5镇政协联络工作委员会工作总结\.docx”在上次生成之后被改过/);
    // Above the table, in full: the way to replace it.
    expect(r.stderr).toContain('各镇/青石5镇.yaml 错误 OUTPUT_EDITED');
    expect(r.stderr).toContain('先把这个文件改名或移到别处');
    expect(r.stdout).toMatch(/青石6镇政协联络工作委员会\s+已更新/);
    expect(r.last).toBe('共 30 个单位：已生成 0 个，已更新 1 个，未变 28 个，有修改、未更新 1 个；警告 0 条。没有全部完成（退出码 2），原因见上。');

    // The way out the message gives: move the edited file away, run again.
    const kept = path.join(dir, '镇里改过的.docx');
    writeFileSync(kept, readFileSync(report(5)));
    rmSync(report(5));
    const again = build();
    expect(again.code, again.stderr).toBe(0);
    expect(again.last).toBe('共 30 个单位：已生成 1 个，未变 29 个；警告 0 条。');
  }, 180_000);
});
