// Output names from the one namer, and offices meeting in one file refused before anything is put in place.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCollisions } from '../../src/batch/collisions.js';
import { reportFileName } from '../../src/office/file-name.js';
import type { OfficeBuildResult } from '../../src/office/types.js';

const f = { year: 2021, office: '青石镇政协联络工作委员会', short: '镇政协联工委', township: '青石镇' };

describe('reportFileName', () => {
  it('fills every field and lets the format decide the extension', () => {
    expect(reportFileName(undefined, f, 'docx')).toBe('2021年青石镇政协联络工作委员会工作总结.docx');
    expect(reportFileName('{year}年{township}{short}总结.docx', f, 'md')).toBe('2021年青石镇镇政协联工委总结.md');
    expect(reportFileName('{township}', f, 'txt')).toBe('青石镇.txt');
  });

  it('shortens a long office name and keeps the words of the pattern and the year', () => {
    const office = '青'.repeat(75);
    const name = reportFileName(undefined, { ...f, office }, 'docx');
    expect(name.startsWith('2021年青')).toBe(true);
    expect(name.endsWith('工作总结.docx')).toBe(true);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(180);
    expect(reportFileName('{year}年{township}政协联络工作.docx', { ...f, township: office }, 'docx').endsWith('政协联络工作.docx')).toBe(true);
  });

  it('never cuts inside a character, for names of every width', () => {
    for (const ch of ['a', 'é', '青', '𠀀']) {
      const name = reportFileName(undefined, { ...f, office: ch.repeat(300) }, 'docx');
      expect(name).toBe(Buffer.from(name, 'utf8').toString('utf8'));
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(180);
      expect(name.endsWith('工作总结.docx')).toBe(true);
    }
  });
});

const built = (input: string, output: string): OfficeBuildResult => ({ input, status: 'built', output: path.resolve('/tmp/out', output), diagnostics: [] });

describe('findCollisions', () => {
  it('refuses every office of a shared file, naming the others', () => {
    const found = findCollisions([built('a.yaml', '青石镇_联络办.docx'), built('b.yaml', '青石镇_联络办.docx'), built('c.yaml', '白河镇.docx')], []);
    expect([...found.keys()]).toEqual([0, 1]);
    expect(found.get(0)).toMatchObject({ code: 'BATCH_NAME_COLLISION', file: 'a.yaml', severity: 'error' });
    expect(found.get(0)?.message).toContain('b.yaml');
    expect(found.get(1)?.message).toContain('a.yaml');
  });

  it('treats names differing only in case as one file (Windows, macOS)', () => {
    expect(findCollisions([built('a.yaml', 'Qingshi.docx'), built('b.yaml', 'QINGSHI.docx')], []).size).toBe(2);
  });

  it('refuses an office whose file is the roll-up’s, and leaves the roll-up its name', () => {
    const rollup = path.resolve('/tmp/out', '2021年各镇（街道）政协联络工作情况汇总.docx');
    const found = findCollisions([built('a.yaml', '2021年各镇（街道）政协联络工作情况汇总.docx'), built('b.yaml', 'b.docx')], [rollup]);
    expect([...found.keys()]).toEqual([0]);
    expect(found.get(0)?.message).toContain('汇总表');
  });

  it('leaves offices that did not build out of it', () => {
    const failed: OfficeBuildResult = { input: 'x.yaml', status: 'invalid', output: '/tmp/out/a.docx', diagnostics: [] };
    expect(findCollisions([failed, built('a.yaml', 'a.docx')], []).size).toBe(0);
  });
});
