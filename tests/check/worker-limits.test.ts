/**
 * What `check` asks of its worker threads' heaps (src/check/check-inputs.ts
 * CHECK_WORKER_LIMITS): a 16 MB young generation, which keeps the peak memory
 * of a 5,000-file check under 200 MB (bench/README.md), and the pool's usual
 * old-generation ceiling, so a runaway office still ends its own thread.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/check/check-inputs.js';
import { DEFAULT_RESOURCE_LIMITS } from '../../src/batch/pool.js';

const root = path.resolve(import.meta.dirname, '../..');
const workerUrl = new URL('../fixtures/check/limits-worker.mjs', import.meta.url);

describe('check worker heap limits', () => {
  it('starts each worker with a 16 MB young generation and the default old-generation ceiling', async () => {
    const seen: string[] = [];
    const inputs = ['examples/qingshi-2021.yaml', 'examples/fenglin-2022.yaml'].map((f) => path.join(root, f));
    const { value } = await checkInputs(inputs, { cwd: root, workers: 2, workerUrl, onOffice: (o) => seen.push(o.frames.get('limits') ?? '') });
    expect(value.results.map((r) => r.status)).toEqual(['valid', 'valid']);
    expect(seen).toHaveLength(2);
    for (const limits of seen.map((s) => JSON.parse(s) as Record<string, number>)) {
      expect(limits.maxYoungGenerationSizeMb).toBe(16);
      expect(limits.maxOldGenerationSizeMb).toBe(DEFAULT_RESOURCE_LIMITS.maxOldGenerationSizeMb);
    }
  });
});
