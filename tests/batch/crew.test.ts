// Who does a batch's offices (src/batch/crew.ts): workers started as the inputs
// are found, once the count calls for them; otherwise this thread, one office
// after another, by the same task a worker runs. Workers run the compiled code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../support/built.js';
import { createCrew } from '../../src/batch/crew.js';
import type { OfficeTask } from '../../src/batch/office-task.js';
import { expandInputs } from '../../src/inputs/expand.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const workerUrl = new URL('../../dist/batch/worker.js', import.meta.url);
const example = readFileSync(path.join(root, 'examples', 'qingshi-2021.yaml'), 'utf8');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'summary-crew-'));
  for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, `o${i}.yaml`), example.replaceAll('青石镇', `青石${i}镇`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (file: string): OfficeTask => ({ op: 'check', input: path.join(dir, file), options: { cwd: dir, files: [path.join(dir, file)], root: dir } });

describe('the crew', () => {
  beforeAll(requireBuilt);

  it('starts no worker for a little work, and the workers the count calls for as soon as it does, before any task', async () => {
    const crew = createCrew({ kind: 'check', warm: 'check', workerUrl, cores: 2 });
    crew.found(10);
    expect(crew.workers).toBe(0);
    crew.found(199);
    expect(crew.workers).toBe(0);
    crew.found(200);
    expect(crew.workers).toBe(2);
    crew.found(5000);
    expect(crew.workers).toBe(2);
    const outcome = await crew.run(check('o0.yaml'));
    await crew.close();
    expect(outcome).toMatchObject({ ok: true, value: { result: { status: 'built' } } });
  });

  it('--jobs 1 keeps the work in this thread however much there is', async () => {
    const crew = createCrew({ kind: 'build-docx', warm: 'build-docx', workerUrl, cores: 2, jobs: 1 });
    crew.found(2000);
    expect(crew.workers).toBe(0);
    await crew.close();
  });

  it('in this thread: one office after another, in the order given, each begun only when the one before is done', async () => {
    const crew = createCrew({ kind: 'check', warm: 'check', workerUrl, cores: 2 });
    crew.found(3);
    const events: string[] = [];
    const runs = ['o0.yaml', 'o1.yaml', 'o2.yaml'].map((f) => crew.run(check(f), () => events.push(`start ${f}`)).then((o) => events.push(`end ${f} ${o.ok}`)));
    await Promise.all(runs);
    expect(events).toEqual(['start o0.yaml', 'end o0.yaml true', 'start o1.yaml', 'end o1.yaml true', 'start o2.yaml', 'end o2.yaml true']);
    await crew.close();
    // Closed (a batch stopped by Ctrl-C): what was not begun comes back as closed, as from a pool.
    expect(await crew.run(check('o3.yaml'))).toEqual({ ok: false, kind: 'died', how: 'closed' });
  });

  it('in this thread, an office that throws is that office’s failure alone', async () => {
    const crew = createCrew({ kind: 'check', warm: 'check', workerUrl, cores: 2 });
    // A task the office code cannot run: it throws inside runOfficeTask.
    const broken = { op: 'check', input: path.join(dir, 'o0.yaml'), options: null } as unknown as OfficeTask;
    const [bad, good] = await Promise.all([crew.run(broken), crew.run(check('o1.yaml'))]);
    await crew.close();
    expect(bad).toMatchObject({ ok: false, kind: 'threw', detail: expect.stringContaining('TypeError') });
    expect(good).toMatchObject({ ok: true });
  });

  it('`workers` puts even one office on a worker (tests, comparing)', async () => {
    const crew = createCrew({ kind: 'check', warm: 'check', workerUrl, workers: 2 });
    crew.found(1);
    expect(crew.workers).toBe(1);
    crew.found(5);
    expect(crew.workers).toBe(2);
    const outcome = await crew.run(check('o4.yaml'));
    await crew.close();
    expect(outcome).toMatchObject({ ok: true, value: { result: { status: 'built' } } });
  });

  it('is told each count as the expansion finds the offices', async () => {
    const counts: number[] = [];
    await expandInputs([dir], { cwd: dir, found: (n) => counts.push(n) });
    expect(counts).toEqual([1, 2, 3, 4, 5]);
  });
});
