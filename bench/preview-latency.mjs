// How long `summary preview --serve` takes from a save to the page showing it
// (issue 24): the built command as a child, the page in Debian's chromium
// (playwright-core), the example office saved N times (default 20) with one
// topic changed each time, as an editor saves (the whole file rewritten) or,
// with --replace, as WPS and Excel save (a new file renamed over the old).
// The clock starts just before the write and stops in the page, on the first
// animation frame after the new text is in the pages (both sides read the same
// system clock). Prints each time and the median.
//   npm run build && node bench/preview-latency.mjs [--saves 20] [--replace] [--ledger]
/* global window, document, MutationObserver, requestAnimationFrame -- page.evaluate callbacks run in the page */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { bin, median, root } from './lib.mjs';

const argv = process.argv.slice(2);
const at = argv.indexOf('--saves');
const SAVES = at >= 0 ? Number(argv[at + 1]) : 20;
const REPLACE = argv.includes('--replace');
const LEDGER = argv.includes('--ledger');
const TOPIC = '研究部署全年政协联络工作';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-preview-'));
const yaml = path.join(dir, 'qingshi-2021.yaml');
copyFileSync(path.join(root, 'examples', 'qingshi-2021.yaml'), yaml);
const good = readFileSync(yaml, 'utf8');

// The ledger variant: one workbook per save made beforehand (convert is not what is measured).
const { convertFile } = await import(path.join(root, 'dist', 'ledger', 'convert.js'));
const target = LEDGER ? path.join(dir, '台账.xlsx') : yaml;
const marker = (i) => `${TOPIC}第${i + 1}稿`;
const versions = [];
for (let i = 0; i < SAVES; i++) {
  const text = good.replace(TOPIC, marker(i));
  if (!LEDGER) {
    versions.push(text);
    continue;
  }
  const src = path.join(dir, `v${i}.yaml`);
  writeFileSync(src, text);
  await convertFile(src, path.join(dir, `v${i}.xlsx`));
  versions.push(readFileSync(path.join(dir, `v${i}.xlsx`)));
}
if (LEDGER) await convertFile(yaml, target);

const child = spawn(process.execPath, [bin, 'preview', path.basename(target), '--serve'], { cwd: dir, env: { ...process.env, NODE_EXTRA_CA_CERTS: '' } });
const url = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (s) => {
    out += s;
    const m = /预览已启动：(\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  child.on('exit', (code) => reject(new Error(`preview exited ${code}: ${out}`)));
});

const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await context.newPage();
await page.goto(url);
await page.waitForSelector('body[data-ready="1"]');

const times = [];
try {
  for (let i = 0; i < SAVES; i++) {
    // The page notes when the marker first shows in its pages, on the next frame.
    await page.evaluate((m) => {
      window.__shown = undefined;
      const seen = () => document.querySelector('.pages')?.textContent?.includes(m);
      const observer = new MutationObserver(() => {
        if (!seen()) return;
        observer.disconnect();
        requestAnimationFrame(() => (window.__shown = Date.now()));
      });
      observer.observe(document.getElementById('report'), { childList: true, subtree: true, characterData: true });
    }, marker(i));
    const start = Date.now();
    if (REPLACE || LEDGER) {
      const temp = path.join(dir, `~WRL${String(i).padStart(4, '0')}.tmp`);
      writeFileSync(temp, versions[i]);
      renameSync(temp, target);
    } else {
      writeFileSync(target, versions[i]);
    }
    await page.waitForFunction(() => window.__shown !== undefined, null, { timeout: 20_000, polling: 20 });
    const shown = await page.evaluate(() => window.__shown);
    times.push(shown - start);
    // A pause between saves, as between a clerk's saves: each change is measured on its own.
    await new Promise((r) => setTimeout(r, 300));
  }
} finally {
  await context.close();
  child.kill('SIGINT');
  rmSync(dir, { recursive: true, force: true });
}

const how = LEDGER ? 'a ledger replaced as WPS/Excel save' : REPLACE ? 'YAML replaced by rename' : 'YAML rewritten in place';
console.log(`preview --serve, ${how}: save → page, ${SAVES} saves (ms): ${times.join(' ')}`);
console.log(`median ${median(times)} ms, min ${Math.min(...times)} ms, max ${Math.max(...times)} ms (load average ${os.loadavg()[0].toFixed(1)})`);
