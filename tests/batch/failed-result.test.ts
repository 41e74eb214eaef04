// A worker's failure becomes one office's result: the words from the catalogue, the error itself kept for --debug only.
import { describe, expect, it } from 'vitest';
import { failedResult } from '../../src/batch/failed-result.js';
import type { PoolFailure } from '../../src/batch/pool.js';

const cases: { failure: PoolFailure; code: string; says: string; crash?: string }[] = [
  { failure: { kind: 'threw', detail: 'TypeError: planted\n    at x (y.js:1:1)' }, code: 'TOOL_BUG', says: '生成这个单位的报告时工具内部出错了', crash: 'TypeError: planted\n    at x (y.js:1:1)' },
  { failure: { kind: 'died', how: 'exited', exitCode: 3 }, code: 'BATCH_WORKER_DIED', says: '（退出码 3）', crash: 'exit code 3' },
  { failure: { kind: 'died', how: 'outOfMemory', detail: 'Error: Worker terminated due to reaching memory limit: JS heap out of memory' }, code: 'BATCH_WORKER_DIED', says: '（内存用尽）', crash: 'Error: Worker terminated due to reaching memory limit: JS heap out of memory' },
  { failure: { kind: 'died', how: 'crashed', detail: 'Error: uncaught' }, code: 'BATCH_WORKER_DIED', says: '（进程出错）', crash: 'Error: uncaught' },
  { failure: { kind: 'died', how: 'closed' }, code: 'BATCH_WORKER_DIED', says: '（进程池已关闭）', crash: 'pool closed' },
  { failure: { kind: 'timeout', seconds: 300 }, code: 'BATCH_TIMEOUT', says: '超过了 300 秒' },
];

describe('failedResult', () => {
  it.each(cases)('$failure.kind $failure.how → $code', ({ failure, code, says, crash }) => {
    const r = failedResult('a.yaml', failure);
    expect(r.status).toBe('failed');
    expect(r.diagnostics.map((d) => d.code)).toEqual([code]);
    const message = r.diagnostics[0]?.message ?? '';
    expect(message).toContain(says);
    expect(message).not.toMatch(/[A-Za-z]{4,}/);
    expect(r.crash).toBe(crash);
  });

  it('says which stage a bug stopped', () => {
    expect(failedResult('a.yaml', { kind: 'threw', detail: 'x' }, 'check').diagnostics[0]?.message).toContain('检查');
  });
});
