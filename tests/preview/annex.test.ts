/**
 * `preview --annex` (issue 19's closing note: --annex was on build only): the
 * terminal preview prints the statistics table, and the live page's write
 * button writes it into the .docx, as `build --annex` would. The command runs
 * as a child from dist/ (bin/summary.js), the page is asked over HTTP as its
 * own button asks (a POST of JSON to its write address).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../support/example-data.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'summary.js');
const TITLE = '2021年青石镇政协联络工作委员会工作总结';
const dir = mkdtempSync(path.join(tmpdir(), 'preview-annex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'), path.join(dir, 'qingshi-2021.yaml'));

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (s: Buffer) => (out += s.toString('utf8')));
    child.stderr.on('data', (s: Buffer) => (out += s.toString('utf8')));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** The text of a .docx's body (w:t runs joined). */
function docxText(file: string): string {
  const xml = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('preview --annex', () => {
  it('the terminal preview prints the statistics table only when asked', async () => {
    const plain = await run(['preview', 'qingshi-2021.yaml']);
    const annexed = await run(['preview', 'qingshi-2021.yaml', '--annex']);
    expect(plain.code).toBe(0);
    expect(annexed.code).toBe(0);
    expect(plain.out).not.toContain('全年工作数据统计表');
    expect(annexed.out).toContain('全年工作数据统计表');
    expect(annexed.out).toMatch(/\| 队伍建设 \| 委员总数 \| 26 \| 人 \|/);
  });

  it('the page shows the table and its write button writes it into the .docx', async () => {
    const child = spawn(process.execPath, [BIN, 'preview', 'qingshi-2021.yaml', '--serve', '--annex', '--out', 'out'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address after 30 s:\n${out}`)), 30_000);
        const take = (s: Buffer) => {
          out += s.toString('utf8');
          const m = /预览已启动：(http:\/\/127\.0\.0\.1:\d+\/[\w-]+\/)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1] as string);
          }
        };
        child.stdout.on('data', take);
        child.stderr.on('data', take);
      });
      // The page's report: the view the page asks for once the office is read.
      let view = '';
      for (let i = 0; i < 100 && !view.includes('全年工作数据统计表'); i++) {
        view = await (await fetch(`${url}o/0/view`)).text();
        if (!view.includes('全年工作数据统计表')) await new Promise((r) => setTimeout(r, 100));
      }
      expect(view).toContain('全年工作数据统计表');
      const answer = (await (await fetch(`${url}o/0/write`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json()) as { ok: boolean; text: string };
      expect(answer.ok).toBe(true);
      const text = docxText(path.join(dir, 'out', `${TITLE}.docx`));
      expect(text).toContain('全年工作数据统计表');
      expect(text).toContain('委员总数');
    } finally {
      child.kill('SIGINT');
      await exited;
    }
  }, 60_000);
});
