// Output names from the pattern, and two offices meeting in one file refused before writing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPattern, planOutputs, type PlanItem } from '../src/batch/plan.js';

const item = (input: string, office: string, extra: Partial<PlanItem> = {}): PlanItem => ({
  input,
  outDir: '/tmp/out',
  format: 'docx',
  fields: { year: 2021, office, short: '镇政协联工委', township: office.slice(0, 3) },
  ...extra,
});

describe('fillPattern', () => {
  it('fills every field and lets the format decide the extension', () => {
    const f = { year: 2021, office: '青石镇政协联络工作委员会', short: '镇政协联工委', township: '青石镇' };
    expect(fillPattern(undefined, f, 'docx')).toBe('2021年青石镇政协联络工作委员会工作总结.docx');
    expect(fillPattern('{year}年{township}{short}总结.docx', f, 'md')).toBe('2021年青石镇镇政协联工委总结.md');
    expect(fillPattern('{township}', f, 'txt')).toBe('青石镇.txt');
  });
});

describe('planOutputs', () => {
  it('gives each office its own file inside the output folder', () => {
    const plan = planOutputs([item('a.yaml', '青石镇政协联工委'), item('b.yaml', '燕泉街道政协联络办')]);
    expect(plan.outputs.map((o) => o.ok && o.output.path)).toEqual([
      path.resolve('/tmp/out/2021年青石镇政协联工委工作总结.docx'),
      path.resolve('/tmp/out/2021年燕泉街道政协联络办工作总结.docx'),
    ]);
  });

  it('refuses two offices whose names meet after sanitising, naming the other input', () => {
    const plan = planOutputs([item('a.yaml', '青石镇/联络办'), item('b.yaml', '青石镇_联络办'), item('c.yaml', '白河镇联络办')]);
    const [a, b, c] = plan.outputs;
    expect(a?.ok).toBe(false);
    expect(b?.ok).toBe(false);
    expect(c?.ok).toBe(true);
    if (a?.ok === false) {
      expect(a.diagnostics[0]).toMatchObject({ code: 'BATCH_NAME_COLLISION', file: 'a.yaml', severity: 'error' });
      expect(a.diagnostics[0]?.message).toContain('b.yaml');
    }
    if (b?.ok === false) expect(b.diagnostics[0]?.message).toContain('a.yaml');
  });

  it('treats names differing only in case as one file (Windows, macOS)', () => {
    const plan = planOutputs([item('a.yaml', 'Qingshi'), item('b.yaml', 'QINGSHI')]);
    expect(plan.outputs.every((o) => !o.ok)).toBe(true);
  });

  it('refuses a name that sanitises to nothing', () => {
    const plan = planOutputs([item('a.yaml', 'x', { pattern: '///' })]);
    // '///.docx' keeps the extension, so only an all-forbidden pattern without one fails.
    expect(plan.outputs[0]?.ok).toBe(true);
    const none = planOutputs([item('a.yaml', 'x')], () => ({ ok: false, reason: '不可用' }));
    expect(none.outputs[0]).toMatchObject({ ok: false, diagnostics: [{ code: 'BATCH_BAD_NAME' }] });
  });
});
