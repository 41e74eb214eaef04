// How many workers a batch or a check starts: a pure function of the work and
// the machine (src/batch/worker-count.ts), held to a table.
import { describe, expect, it } from 'vitest';
import { OFFICE_MS, ONE_THREAD_MS, workerCount, type WorkKind } from '../../src/batch/worker-count.js';

type Row = [kind: WorkKind, offices: number, cores: number, jobs: number | undefined, workers: number, why: string];

const rows: Row[] = [
  ['build-docx', 1, 2, undefined, 0, 'one office'],
  ['build-docx', 10, 2, undefined, 0, 'ten townships'],
  ['build-docx', 40, 2, undefined, 0, 'a county: under a second on one thread'],
  ['build-docx', 49, 2, undefined, 0, 'just under a second'],
  ['build-docx', 50, 2, undefined, 2, 'a second of work: both cores'],
  ['build-docx', 200, 2, undefined, 2, 'hundreds: both cores'],
  ['build-docx', 500, 2, undefined, 2, 'never more than the cores'],
  ['build-docx', 2000, 2, 4, 2, 'never more than the cores, whatever --jobs says'],
  ['build-docx', 500, 8, undefined, 8, 'every core of a big machine for hundreds'],
  ['build-docx', 60, 8, undefined, 2, 'each worker needs its half-second of work'],
  ['build-docx', 100, 8, undefined, 4, 'two seconds of work: four workers'],
  ['build-docx', 500, 8, 3, 3, 'never more than --jobs'],
  ['build-docx', 500, 2, 1, 0, '--jobs 1: this thread alone'],
  ['build-docx', 500, 1, undefined, 0, 'one core: a worker would only add its start'],
  ['build-text', 60, 2, undefined, 0, 'Markdown is cheaper than .docx'],
  ['build-text', 80, 2, undefined, 2, 'but a second of it is still a second'],
  ['check', 40, 2, undefined, 0, 'checking a county'],
  ['check', 199, 2, undefined, 0, 'checking just under a second'],
  ['check', 200, 2, undefined, 2, 'checking a second of files'],
  ['check', 5000, 2, undefined, 2, 'checking thousands'],
  ['check', 0, 2, undefined, 0, 'nothing to do'],
];

describe('workerCount', () => {
  it.each(rows)('%s × %i on %i cores, --jobs %s → %i (%s)', (kind, offices, cores, jobs, workers) => {
    expect(workerCount({ kind, offices }, { cores, ...(jobs !== undefined && { jobs }) })).toBe(workers);
  });

  it('never starts workers for less than a second of one thread’s work, nor more than the cores, --jobs or offices', () => {
    for (const kind of Object.keys(OFFICE_MS) as WorkKind[]) {
      for (let offices = 0; offices <= 3000; offices += 7) {
        for (const cores of [1, 2, 3, 4, 16]) {
          for (const jobs of [undefined, 1, 2, 3, 64]) {
            const n = workerCount({ kind, offices }, { cores, ...(jobs !== undefined && { jobs }) });
            if (offices * OFFICE_MS[kind] < ONE_THREAD_MS) expect(n).toBe(0);
            expect(n).toBeLessThanOrEqual(Math.min(cores, jobs ?? cores, offices));
            expect(n === 0 || n >= 2).toBe(true);
          }
        }
      }
    }
  });

  it('only grows as more offices are found (workers started during the expansion are never too many)', () => {
    for (const kind of Object.keys(OFFICE_MS) as WorkKind[]) {
      let before = 0;
      for (let offices = 0; offices <= 1000; offices++) {
        const n = workerCount({ kind, offices }, { cores: 8 });
        expect(n).toBeGreaterThanOrEqual(before);
        before = n;
      }
    }
  });
});
