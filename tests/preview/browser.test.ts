/**
 * `summary preview --serve` in a real browser (Debian's chromium, driven by
 * playwright-core; nothing downloaded): the installed command as a child
 * process, a clerk's session on its page. Open it; edit the YAML; replace a
 * workbook the way WPS and Excel save; save a broken file; click a sentence;
 * write the .docx and read it back with python-docx; stop with Ctrl-C. No
 * console errors on the way. The first page's screenshot is saved under
 * .tmp/preview-browser/ to be looked at.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertFile } from '../../src/office/convert.js';
import { prepareOffice } from '../../src/office/prepare.js';
import { requireBuilt } from '../support/built.js';
import { EXAMPLES_DIR } from '../support/example-data.js';
import { CHROMIUM, haveReader, readWithPythonDocx, requireReader } from '../support/readers/readers.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUTPUT = path.join(ROOT, '.tmp', 'preview-browser');
const TITLE = '2021年青石镇政协联络工作委员会工作总结';
const TOPIC = '研究部署全年政协联络工作';
// Longer by several lines (over 150 characters), more than any page's slack, so the text after it surely moves down.
const EDITED = `研究部署全年政协联络、委员履职考核、委员活动小组建设和委员工作室运行等工作${'，逐项明确责任人和完成时限'.repeat(12)}`;

/** The flags the brief asks for: no network of its own, a fresh profile, no GPU. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Served {
  child: ChildProcessWithoutNullStreams;
  url: string;
  out: () => string;
  exited: Promise<number | null>;
}

/** `summary preview FILE --serve` as a child; resolves once it has printed its address. */
function serve(cwd: string, args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'summary.js'), 'preview', ...args, '--serve'], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => (out += s));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address after 30 s:\n${out}`)), 30_000);
    child.stdout.on('data', (s: string) => {
      out += s;
      const m = /预览已启动：(http:\/\/127\.0\.0\.1:\d+\/[\w-]+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] as string, out: () => out, exited });
      }
    });
    void exited.then((code) => reject(new Error(`exited ${code} before serving:\n${out}`)));
  });
}

async function stop(s: Served): Promise<number | null> {
  s.child.kill('SIGINT');
  return s.exited;
}

const pagesText = (page: Page): Promise<string> => page.locator('.pages').innerText();

/** Wait until the pages show `text` (after a save the server reads the files again and the page follows). */
const waitForText = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('.pages')?.textContent?.includes(t) === true, text, { timeout: 15_000 });

describe('preview --serve in chromium', () => {
  let dir: string;
  let context: BrowserContext | undefined;
  const problems: string[] = [];
  const running: Served[] = [];
  let ready = false;

  beforeAll(async () => {
    // Each test asks requireReader: it skips without chromium, and fails under CI=true.
    if (!(await haveReader('chromium')) || !(await haveReader('python-docx'))) return;
    requireBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'preview-browser-'));
    copyFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'), path.join(dir, 'qingshi-2021.yaml'));
    // The ledger office, and the same year with one topic changed, as a second workbook to swap in.
    const made = await convertFile(path.join(dir, 'qingshi-2021.yaml'), path.join(dir, '台账.xlsx'));
    expect(made.diagnostics).toEqual([]);
    mkdirSync(path.join(dir, 'next'));
    writeFileSync(path.join(dir, 'next', 'edited.yaml'), readFileSync(path.join(dir, 'qingshi-2021.yaml'), 'utf8').replace(TOPIC, EDITED));
    expect((await convertFile(path.join(dir, 'next', 'edited.yaml'), path.join(dir, 'next', 'edited.xlsx'))).diagnostics).toEqual([]);
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'preview-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1300, height: 1500 },
    });
    ready = true;
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await (context as BrowserContext).newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="1"]');
    return page;
  }

  it('a YAML office: shows, follows edits, keeps the last good report over a broken save, traces, writes the .docx', async (ctx) => {
    if (!(await requireReader(['chromium', 'python-docx'], ctx)) || !ready) return;
    const served = await serve(dir, ['qingshi-2021.yaml', '--out', 'out']);
    running.push(served);
    const page = await open(served.url);

    // The report as it will print: its title, a point, pages.
    expect(await page.title()).toBe(`预览：${TITLE}`);
    expect(await page.locator('.pages .b-title').innerText()).toBe(TITLE);
    expect(await pagesText(page)).toContain(`一是谋划在前，部署到位。2月23日，镇党委召开党委会，11人参加，${TOPIC}`);
    expect(await page.locator('.page').count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: path.join(OUTPUT, 'page1.png'), clip: { x: 0, y: 0, width: 1300, height: 1250 } });
    await page.locator('.page').first().screenshot({ path: path.join(OUTPUT, 'first-page.png') });

    // Edit the YAML: the page follows, and the reader stays where they were reading.
    const file = path.join(dir, 'qingshi-2021.yaml');
    const good = readFileSync(file, 'utf8');
    const reading = page.locator('.pages .b-h1', { hasText: '主动联络、增进友谊' });
    await reading.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    const before = { top: (await reading.boundingBox())?.y ?? NaN, scroll: await page.evaluate(() => window.scrollY) };
    writeFileSync(file, good.replace(TOPIC, EDITED));
    await waitForText(page, EDITED);
    expect(await pagesText(page)).not.toContain(`召开党委会，11人参加，${TOPIC}`);
    // The longer topic took a line more on page 1 and pushed the heading down the document; the window followed it.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before.scroll);
    expect(Math.abs(((await reading.boundingBox())?.y ?? NaN) - before.top)).toBeLessThan(2);

    // Saved half-way: the last good report, greyed, with the problem on top.
    writeFileSync(file, good.replace(TOPIC, EDITED).slice(0, good.indexOf('meetings:') + 40));
    await page.waitForSelector('body.stale', { timeout: 15_000 });
    expect(await page.locator('#problem').isVisible()).toBe(true);
    // On top means in view: the reader was far down the report, and the problem is still right under the bar.
    const problemBox = await page.locator('#problem').boundingBox();
    expect(problemBox?.y).toBeGreaterThan(0);
    expect(problemBox?.y).toBeLessThan(100);
    expect(await page.locator('#problem').innerText()).toMatch(/数据有错误，报告没有更新[\s\S]*qingshi-2021\.yaml:\d+:\d+ 错误/);
    expect(await pagesText(page)).toContain(EDITED);
    expect(await page.locator('#status').innerText()).toMatch(/数据有 \d+ 个错误/);

    // Fixed again.
    writeFileSync(file, good.replace(TOPIC, EDITED));
    await page.waitForSelector('body:not(.stale)', { timeout: 15_000 });
    expect(await page.locator('#problem').isHidden()).toBe(true);

    // Click a sentence: its record's line, and what it counts in.
    const prepared = await prepareOffice(file);
    const line = prepared.value?.locate(['meetings', 0]).line;
    expect(line).toBeGreaterThan(0);
    await page.locator('.pages .s', { hasText: '2月23日，镇党委召开党委会' }).first().click();
    const trace = await page.locator('#trace').innerText();
    expect(trace).toContain('这一句来自：');
    expect(trace).toContain(`qingshi-2021.yaml:${line}`);
    expect(trace).toContain(`2021-02-23 党委会 ${EDITED}`);
    expect(trace).toContain('计入：党委研究政协工作');
    await page.screenshot({ path: path.join(OUTPUT, 'traced.png'), clip: { x: 0, y: 0, width: 1300, height: 1250 } });

    // The button writes the .docx as build would, by build's re-run rule: a second press finds it up to date;
    // a file there that the tool did not write (or that was edited since, and the data changed) is replaced only when the reader says so.
    const docx = path.join(dir, 'out', `${TITLE}.docx`);
    await page.locator('#write').click();
    await page.waitForFunction(() => document.querySelector('#write-result pre') !== null);
    // build's own words: its font hint on a machine without the official fonts, then the line it ends with.
    expect((await page.locator('#write-result pre').innerText()).split('\n').at(-1)).toBe(`已生成报告：out/${TITLE}.docx`);
    const read = await readWithPythonDocx(docx);
    expect(read.title).toBe(TITLE);
    expect(read.paragraphs.map((p) => p.text).join('\n')).toContain(`召开党委会，11人参加，${EDITED}`);
    const first = statSync(docx).mtimeMs;

    await page.locator('#write').click();
    await page.waitForFunction(() => document.querySelector('#write-result pre')?.textContent?.includes('已是最新') === true);
    expect(await page.locator('#write-result pre').innerText()).toBe(`报告已是最新：out/${TITLE}.docx（与这次的数据一致，没有改动）`);
    expect(await page.locator('#write-force').count()).toBe(0);
    expect(statSync(docx).mtimeMs).toBe(first);

    // Someone else's file in its place, and no record of the tool's own: left, and the page offers to replace it.
    rmSync(path.join(dir, 'out', '.summary-outputs.json'));
    writeFileSync(docx, '别人放在这里的文件');
    await page.locator('#write').click();
    await page.waitForSelector('#write-force');
    // Word for word what `build` says (the target shown from the folder the preview was started in, as build shows it).
    expect(await page.locator('#write-result pre').innerText()).toMatch(
      new RegExp(`^qingshi-2021\\.yaml 错误 OUTPUT_EDITED 已经有一个“out/${TITLE}\\.docx”，内容与这次要写的不同.*\n  提示：.*\n没有更新报告。$`),
    );
    expect(readFileSync(docx, 'utf8')).toBe('别人放在这里的文件');
    await page.locator('#write-force').click();
    await page.waitForFunction(() => document.querySelector('#write-result pre')?.textContent?.includes('已更新报告：') === true);
    expect((await readWithPythonDocx(docx)).title).toBe(TITLE);

    // Ctrl-C: a clean stop, nothing left behind.
    expect(await stop(served)).toBe(0);
    expect(served.out()).toContain('预览已停止。');
    expect(readdirSync(dir).sort()).toEqual(['next', 'out', 'qingshi-2021.yaml', '台账.xlsx']);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['.summary-outputs.json', `${TITLE}.docx`]);
    expect(problems).toEqual([]);
  }, 180_000);

  it('a ledger office: replaced as WPS and Excel save it (a new file renamed over the old), the page follows', async (ctx) => {
    if (!(await requireReader(['chromium', 'python-docx'], ctx)) || !ready) return;
    const served = await serve(dir, ['台账.xlsx']);
    running.push(served);
    const page = await open(served.url);
    expect(await pagesText(page)).toContain(`召开党委会，11人参加，${TOPIC}`);

    // A ledger's record is a sheet and a cell.
    await page.locator('.pages .s', { hasText: '2月23日，镇党委召开党委会' }).first().click();
    expect(await page.locator('#trace').innerText()).toMatch(/台账\.xlsx 会议!A\d+/);

    // WPS writes the whole workbook under another name, then renames it over the old one.
    const temp = path.join(dir, '~WRL0001.tmp');
    copyFileSync(path.join(dir, 'next', 'edited.xlsx'), temp);
    renameSync(temp, path.join(dir, '台账.xlsx'));
    await waitForText(page, EDITED);
    expect(await page.locator('body').getAttribute('class')).not.toContain('stale');

    expect(await stop(served)).toBe(0);
    expect(existsSync(temp)).toBe(false);
    expect(problems).toEqual([]);
  }, 120_000);
});
