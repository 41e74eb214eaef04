// A worker's failure becomes one office's result: the words from the catalogue, the error itself kept for --debug only.
import { describe, expect, it } from 'vitest';
import { failedResult } from '../../src/batch/run-batch.js';

const cases = [
  { kind: 'threw', detail: 'TypeError: planted\n    at x (y.js:1:1)', code: 'TOOL_BUG', says: '生成这个单位的报告时工具内部出错了', crash: true },
  { kind: 'died', detail: '退出码 3', code: 'BATCH_WORKER_DIED', says: '（退出码 3）', crash: true },
  { kind: 'died', detail: 'Error: Worker terminated due to reaching memory limit: JS heap out of memory', code: 'BATCH_WORKER_DIED', says: '（内存用尽）', crash: true },
  { kind: 'died', detail: '已关闭', code: 'BATCH_WORKER_DIED', says: '（进程池已关闭）', crash: true },
  { kind: 'timeout', detail: '300', code: 'BATCH_TIMEOUT', says: '超过了 300 秒', crash: false },
] as const;

describe('failedResult', () => {
  it.each(cases)('$kind “$detail” → $code', ({ kind, detail, code, says, crash }) => {
    const r = failedResult('a.yaml', { ok: false, kind, detail });
    expect(r.status).toBe('failed');
    expect(r.diagnostics.map((d) => d.code)).toEqual([code]);
    const message = r.diagnostics[0]?.message ?? '';
    expect(message).toContain(says);
    expect(message).not.toMatch(/[A-Za-z]{4,}/);
    expect(r.crash).toBe(crash ? detail : undefined);
  });
});
