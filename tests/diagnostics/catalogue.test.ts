// The catalogue is the whole list of what the tool can say: every code is in
// docs/diagnostics.md, and every code still given has an input that makes the
// real pipeline give it (tests/fixtures/diagnostics/triggers.yaml). Codes that
// no input can cause (the tool's own bugs, a dying worker) are caused by an
// injected fault, named in the table's `fault` and set up below.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { CATALOGUE, type Entry } from '../../src/diagnostics/catalogue.js';
import { catalogueMarkdown, variants, type TriggerExample, type TriggerFile } from '../../src/diagnostics/catalogue-doc.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { fillMessage } from '../../src/diagnostics/message-text.js';
import { formatBatchTable } from '../../src/batch/report-table.js';

/** The fault in force for the current trigger (read by the mocks below). */
const fault = vi.hoisted(() => ({ current: undefined as string | undefined }));

vi.mock('../../src/validate/validate-year.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/validate/validate-year.js')>();
  return {
    ...real,
    validateYear: (...args: Parameters<typeof real.validateYear>) => {
      if (fault.current === 'validateYear throws') throw new TypeError('planted bug');
      return real.validateYear(...args);
    },
  };
});
vi.mock('../../src/load/depth-guard.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/load/depth-guard.js')>();
  return {
    ...real,
    findShapeProblem: (...args: Parameters<typeof real.findShapeProblem>) => {
      if (fault.current === 'the YAML shape check throws') throw new Error('planted parser failure');
      if (fault.current?.startsWith('the YAML shape guard is switched off')) return undefined;
      return real.findShapeProblem(...args);
    },
  };
});
vi.mock('../../src/write/staging.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/write/staging.js')>();
  return {
    ...real,
    stageFile: async (...args: Parameters<typeof real.stageFile>) =>
      fault.current?.startsWith('writing the temporary file fails') ? { ok: false, reason: 'io', message: '磁盘已满。' } : real.stageFile(...args),
    commitStaged: async (...args: Parameters<typeof real.commitStaged>) =>
      fault.current?.startsWith('putting the file in place fails') ? { ok: false, reason: 'busy', message: '文件正被其他程序占用（EBUSY）。' } : real.commitStaged(...args),
  };
});
vi.mock('../../src/render/track.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/render/track.js')>();
  return {
    ...real,
    trackedView: (...args: Parameters<typeof real.trackedView>) => {
      if (fault.current?.startsWith('the view of the data throws')) throw new TypeError('planted bug');
      return real.trackedView(...args);
    },
  };
});
vi.mock('../../src/rollup/rollup-document.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rollup/rollup-document.js')>();
  return {
    ...real,
    rollupDocument: (...args: Parameters<typeof real.rollupDocument>) => {
      if (fault.current === 'building the roll-up document throws') throw new TypeError('planted bug');
      return real.rollupDocument(...args);
    },
  };
});

const { cli } = await import('../support/cli-helpers.js');
const { runBatch } = await import('../../src/batch/run-batch.js');

const TABLE_FILE = 'tests/fixtures/diagnostics/triggers.yaml';
const raw = parse(readFileSync(TABLE_FILE, 'utf8')) as Record<string, TriggerExample>;
const entries = Object.entries(CATALOGUE as Record<string, Entry>);
const active = entries.filter(([, e]) => !e.deprecated).map(([code]) => code);

function writeTriggerFile(target: string, f: TriggerFile): void {
  if (typeof f === 'string') writeFileSync(target, f);
  else if ('base64' in f) writeFileSync(target, Buffer.from(f.base64, 'base64'));
  else if ('fifo' in f) execFileSync('mkfifo', [target]);
  else writeFileSync(target, `${f.before ?? ''}${f.repeat.repeat(f.times)}${f.after ?? ''}`);
}

const REPO = process.cwd();
/** No SOURCE_DATE_EPOCH: BATCH_ROLLUP_NO_DATE is given only when no date is fixed. */
const ENV: Record<string, string> = {};
const { SOURCE_DATE_EPOCH: _fixedDay, ...PARENT_ENV } = process.env;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'summary-triggers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Codes of the diagnostics a command gave: from the JSON of `check --format
 * json`; for `build` (text only), each catalogue code standing as a word of
 * its output (`… 错误 CODE …`, or `…：CODE …` in the batch table) outside the
 * hint lines, which may name another code (CHARACTERS_REMOVED's names
 * INVISIBLE_CHARACTER).
 */
function codesIn(stdout: string, stderr: string, json: boolean): string[] {
  if (json) return (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics.map((d) => d.code);
  const said = `${stdout}\n${stderr}`
    .split('\n')
    .filter((line) => !/^\s*提示：/.test(line))
    .join('\n');
  return [...said.matchAll(/(?<=[\s：])([A-Z][A-Z0-9_]+)(?=\s)/g)].map((m) => m[1] as string).filter((c) => c in CATALOGUE);
}

/** Faults of a worker thread (mocks do not reach it): the real batch run with a worker that fails so (tests/fixtures/diagnostics/*-worker.mjs). */
const WORKER_FAULTS: Record<string, { worker: string; taskTimeoutMs?: number }> = {
  'the worker exits on its first task': { worker: 'exiting-worker.mjs' },
  'the worker never answers, and the task timeout is 300 ms': { worker: 'hanging-worker.mjs', taskTimeoutMs: 300 },
};

async function batchWithFaultyWorker(args: string[], cwd: string, f: { worker: string; taskTimeoutMs?: number }): Promise<{ codes: string[]; output: string }> {
  const inputs = args.slice(1).filter((a, i, all) => !a.startsWith('-') && !all[i - 1]?.startsWith('-'));
  const workerUrl = pathToFileURL(path.join(REPO, 'tests/fixtures/diagnostics', f.worker));
  const r = await runBatch(inputs, { cwd, outDir: path.join(cwd, 'out'), workerUrl, workers: 1, ...(f.taskTimeoutMs !== undefined && { taskTimeoutMs: f.taskTimeoutMs }) });
  return { codes: [...r.diagnostics, ...r.value.results.flatMap((x) => x.diagnostics)].map((d) => d.code), output: formatBatchTable(r.value.results) };
}

async function trigger(code: string, t: TriggerExample): Promise<{ codes: string[]; output: string }> {
  let cwd = REPO;
  if (t.files) {
    cwd = path.join(scratch, code);
    mkdirSync(cwd, { recursive: true });
    for (const [name, f] of Object.entries(t.files)) {
      const target = path.join(cwd, name);
      if (name.endsWith('/')) {
        mkdirSync(target, { recursive: true });
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      writeTriggerFile(target, f);
    }
  }
  const args = t.run.split(' ').map((a) => a.replaceAll('{repo}', REPO));
  const workerFault = t.fault === undefined ? undefined : WORKER_FAULTS[t.fault];
  if (workerFault) return batchWithFaultyWorker(args, cwd, workerFault);
  const json = args[0] === 'check';
  const argv = json ? [...args, '--format', 'json'] : args;
  if (!json && !t.fault) {
    const r = spawnSync(process.execPath, [path.join(REPO, 'bin/summary.js'), ...argv], { cwd, encoding: 'utf8', env: { ...PARENT_ENV, NO_COLOR: '1', ...ENV } });
    return { codes: codesIn(r.stdout, r.stderr, false), output: `${r.stdout}\n${r.stderr}` };
  }
  fault.current = t.fault;
  try {
    const r = await cli(argv, cwd, ENV);
    return { codes: codesIn(r.stdout, r.stderr, json), output: `${r.stdout}\n${r.stderr}` };
  } finally {
    fault.current = undefined;
  }
}

/** A wording as the docs show it: each parameter as ‹name›. */
const asInDocs = (text: string): string => fillMessage(text, {}, (name) => `‹${name}›`);

/** Paths of every function inside an entry: an entry must be plain strings, arrays and objects. */
function functionsIn(v: unknown, at = ''): string[] {
  if (typeof v === 'function') return [at || '(entry)'];
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([k, x]) => functionsIn(x, `${at}.${k}`));
}

describe('the diagnostics catalogue', () => {
  // The `build` triggers run the built CLI; build it from this source first, as tests/cli/process.test.ts does.
  beforeAll(() => {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
  }, 120_000);

  it('docs/diagnostics.md is generated from the catalogue and the trigger table (npm run build && node scripts/diagnostics-doc.mjs)', () => {
    expect(readFileSync('docs/diagnostics.md', 'utf8')).toBe(catalogueMarkdown(raw));
  });

  it('docs/diagnostics.md has a section for every code, deprecated ones marked with what replaced them', () => {
    const doc = readFileSync('docs/diagnostics.md', 'utf8');
    for (const [code, e] of entries) {
      const section = doc.split(`### \`${code}\`\n`)[1]?.split('\n### ')[0];
      expect(section, code).toBeDefined();
      expect(section, code).toContain(`标题：${e.title}`);
      for (const m of variants(e.message)) expect(section, code).toContain(asInDocs(m));
      for (const h of e.hint === undefined ? [] : variants(e.hint).filter((v) => v !== '')) expect(section, code).toContain(asInDocs(h));
      if (e.deprecated) expect(section, code).toContain(`**已弃用**（deprecated）：不再给出，改为 \`${e.deprecated.replacedBy}\``);
      else expect(section, code).toContain('```sh\nsummary ');
    }
  });

  it('every entry is data in Chinese: a permanent-looking name, a title, and every wording of its message and hint', () => {
    const chinese = /[\u4e00-\u9fff]/;
    for (const [code, e] of entries) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(e.title, code).toMatch(chinese);
      for (const m of variants(e.message)) expect(m, code).toMatch(chinese);
      for (const h of e.hint === undefined ? [] : variants(e.hint).filter((v) => v !== '')) expect(h, code).toMatch(chinese);
      expect(functionsIn(e), `${code} holds code, not data`).toEqual([]);
    }
  });

  it('a deprecated name points at a code that is itself still given', () => {
    for (const [code, e] of entries) if (e.deprecated) expect(active, code).toContain(e.deprecated.replacedBy);
  });

  it('the trigger table has an entry for every code still given, and none for a code that is not', () => {
    expect(Object.keys(raw).sort()).toEqual([...active].sort());
  });

  it.each(active)('%s: its trigger makes the pipeline give it', async (code) => {
    const t = raw[code];
    expect(t, `${code} has no trigger in ${TABLE_FILE}`).toBeDefined();
    const r = await trigger(code, t as TriggerExample);
    expect(r.codes, r.output).toContain(code);
    // Every parameter its message needs was given (a missing one shows as ‹name›), and no template syntax is left.
    expect(r.output).not.toMatch(/‹\w+›|%\{/);
  });
});
