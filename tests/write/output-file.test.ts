/** Reliability rows 18–19: safe names, paths inside the folder, no overwrite, atomic writes. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diagnostic, wholeFile } from '../../src/diagnostics/create.js';
import { MAX_NAME_BYTES, resolveOutputPath, safeFileName } from '../../src/write/safe-name.js';
import { commitStaged, stageFile, type WriteFs, type WriteOptions, type WriteResult } from '../../src/write/staging.js';
import { writeWhole } from '../../src/write/output-file.js';

/** The staging mechanics end to end, as the one writer uses them: written beside the target, then put in place. */
async function writeStaged(target: string, data: Uint8Array | string, options: WriteOptions = {}): Promise<WriteResult> {
  const staged = await stageFile(target, data, options);
  return staged.ok ? commitStaged(staged.staged, target, options) : staged;
}

const hundredChinese = '政'.repeat(100); // 300 bytes of UTF-8

describe('safeFileName', () => {
  it.each([
    ['青山镇2024年工作总结.docx', '青山镇2024年工作总结.docx'],
    ['../x', '_x'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['a/b\\c', 'a_b_c'],
    ['CON', '_CON'],
    ['con.docx', '_con.docx'],
    ['COM1', '_COM1'],
    ['LPT9.txt', '_LPT9.txt'],
    ['CONSOLE', 'CONSOLE'],
    ['a<b>', 'a_b_'],
    ['x:"|?*y', 'x_____y'],
    ['tab\there\u0001', 'tab_here_'],
    ['name. . .', 'name'],
    ['  spaced  ', 'spaced'],
    ['.hidden', 'hidden'],
    ['', undefined],
    ['   ', undefined],
    ['..', undefined],
    ['///', undefined],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('caps 100 Chinese characters at 200 bytes without cutting a character', () => {
    const out = safeFileName(hundredChinese)!;
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(out).toBe('政'.repeat(66));
  });

  it('keeps the extension when it cuts', () => {
    const out = safeFileName(`${hundredChinese}.docx`)!;
    expect(out.endsWith('政.docx')).toBe(true);
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });

  it('never splits a surrogate pair', () => {
    const out = safeFileName('😀'.repeat(80))!;
    expect(out).toBe('😀'.repeat(50));
  });
});

describe('resolveOutputPath', () => {
  const dir = path.resolve('/tmp/out-folder');
  it.each(['../x', '../../x.docx', '/etc/passwd', 'a/../../b', '..\\..\\x', 'C:\\x', '正常.docx'])(
    '%j stays directly inside the folder',
    (name) => {
      const p = resolveOutputPath(dir, name)!;
      expect(path.dirname(p)).toBe(dir);
    },
  );
  it('refuses a name that sanitises to nothing', () => {
    expect(resolveOutputPath(dir, '..')).toBeUndefined();
  });
});

describe('staging: stageFile then commitStaged', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'out-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a new file and leaves no temp file', async () => {
    const target = path.join(dir, '总结.docx');
    expect(await writeStaged(target, Buffer.from('one'))).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe('one');
    expect(await readdir(dir)).toEqual(['总结.docx']);
  });

  it('refuses to overwrite without force, and overwrites with it', async () => {
    const target = path.join(dir, 'a.docx');
    await writeFile(target, 'old');
    const refused = await writeStaged(target, 'new');
    expect(refused).toMatchObject({ ok: false, reason: 'exists' });
    expect(said(refused)).toContain('--force');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await writeStaged(target, 'new', { force: true })).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.docx']);
  });

  it('cleans up the temp file when the final step fails', async () => {
    // A non-empty folder where the file should go: rename onto it fails.
    const target = path.join(dir, 'blocked.docx');
    await mkdir(target);
    await writeFile(path.join(target, 'inside'), 'x');
    const result = await writeStaged(target, 'data', { force: true });
    expect(result.ok).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['blocked.docx']);
  });

  /** What the user reads of a failed write: the catalogue's message for its cause. */
  const said = (r: WriteResult): string =>
    r.ok ? '' : diagnostic('OUTPUT_WRITE_FAILED', { target: 't.docx', cause: r.cause, ...(r.errno !== undefined && { errno: r.errno }) }, wholeFile('t.docx')).message;

  const failingRename = (code: string): WriteFs => ({
    ...nodeFs,
    rename: async () => {
      throw Object.assign(new Error(`${code}: refused`), { code });
    },
  });

  it.each(['EBUSY', 'EPERM', 'EACCES'])('an existing file that cannot be replaced (%s) may be open in Word or WPS: it says so, and keeps the old file', async (code) => {
    const target = path.join(dir, 'open-in-word.docx');
    await writeFile(target, 'old');
    const result = await writeStaged(target, 'new', { force: true, fs: failingRename(code) });
    expect(result).toMatchObject({ ok: false, reason: 'busy' });
    expect(said(result)).toMatch(/Word 或 WPS 中打开.*关闭/);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['open-in-word.docx']);
  });

  it.each(['EPERM', 'EACCES'])('a new file the folder refuses (%s) is a permission problem, not Word', async (code) => {
    const target = path.join(dir, 'new.docx');
    const result = await writeStaged(target, 'new', { fs: { ...failingRename(code), link: async () => { throw Object.assign(new Error(code), { code }); } } });
    expect(result).toMatchObject({ ok: false, reason: 'denied' });
    expect(said(result)).toContain('没有在这个文件夹中写文件的权限');
    expect(said(result)).not.toContain('Word');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports other failures as io', async () => {
    const result = await writeStaged(path.join(dir, 'no-such-folder', 'x.docx'), 'data');
    expect(result).toMatchObject({ ok: false, reason: 'io' });
  });
});

describe('writeWhole: the one file writer', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'out-whole-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('makes the folder, writes the file whole and names it; never over an existing file without force', async () => {
    const target = path.join(dir, 'a', 'b', '2024.yaml');
    expect(await writeWhole(target, 'year: 2024\n', false)).toEqual({ value: target, diagnostics: [] });
    expect(await readFile(target, 'utf8')).toBe('year: 2024\n');
    const again = await writeWhole(target, 'year: 2025\n', false);
    expect(again.value).toBeUndefined();
    expect(again.diagnostics).toMatchObject([{ code: 'OUTPUT_EXISTS', file: target }]);
    expect(await readFile(target, 'utf8')).toBe('year: 2024\n');
    expect((await writeWhole(target, 'year: 2025\n', true)).value).toBe(target);
    expect(await readdir(path.dirname(target))).toEqual(['2024.yaml']);
  });

  it('never writes an empty file and calls it done (issue 21 item 1: init --from once wrote a 0-byte ledger)', async () => {
    for (const empty of ['', new Uint8Array(0)]) {
      const target = path.join(dir, 'new', '台账2025.xlsx');
      const r = await writeWhole(target, empty, true);
      expect(r.value).toBeUndefined();
      expect(r.diagnostics).toMatchObject([{ code: 'OUTPUT_WRITE_FAILED', severity: 'error', message: expect.stringContaining('要写的内容是空的') }]);
      // Nothing made, not even the folder.
      expect(await readdir(dir)).toEqual([]);
    }
  });

  it('refuses a folder under /proc before making anything', async () => {
    const r = await writeWhole('/proc/self/summary-test/x.docx', 'x', false);
    expect(r.diagnostics).toMatchObject([{ code: 'OUTPUT_DIR_INVALID', message: expect.stringContaining('/proc') }]);
  });

  it('a folder that is a file is said so', async () => {
    await writeFile(path.join(dir, 'plain'), 'x');
    const r = await writeWhole(path.join(dir, 'plain', 'x.docx'), 'x', false);
    expect(r.diagnostics).toMatchObject([{ code: 'OUTPUT_DIR_INVALID', message: expect.stringContaining('这是一个文件，不是文件夹') }]);
  });
});
