/**
 * The preview server on a shared office PC (issue 24, 5): loopback only, a
 * token on every path, this address's Host only, no path in a request ever
 * reaching the file system, a POST only from its own page. Requests are made
 * with node:http, not fetch, so the Host header and the raw path are exactly
 * what a hostile page or program would send.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficePreview } from '../../src/preview/office-view.js';
import { startPreviewServer, type PreviewServer, type WriteAnswer } from '../../src/preview/server.js';
import { EXAMPLES_DIR } from '../support/example-data.js';

interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function request(port: number, rawPath: string, opts: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: rawPath, method: opts.method ?? 'GET', headers: { Host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers }, setHost: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('preview server', () => {
  let dir: string;
  let server: PreviewServer;
  const writes: boolean[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'preview-server-'));
    copyFileSync(path.join(EXAMPLES_DIR, 'qingshi-2021.yaml'), path.join(dir, 'qingshi-2021.yaml'));
    const input = path.join(dir, 'qingshi-2021.yaml');
    const preview = new OfficePreview(input, { office: { cwd: dir, outDir: path.join(dir, 'out'), format: 'docx', force: false }, show: (f) => path.relative(dir, f) });
    server = await startPreviewServer({
      offices: [{ label: 'qingshi-2021.yaml', preview }],
      write: async (_office, force): Promise<WriteAnswer> => {
        writes.push(force);
        return { ok: true, exists: false, text: '已生成：out/x.docx\n' };
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on the loopback address, on a port the system gave, with a token in the address', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/[A-Za-z0-9_-]{24}/$`));
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the report page with the token, its text in the HTML itself', async () => {
    const r = await request(server.port, `/${server.token}/`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body).toContain('<title>预览：2021年青石镇政协联络工作委员会工作总结</title>');
    expect(r.body).toContain('一是谋划在前，部署到位。');
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    expect(r.headers['cache-control']).toBe('no-store');
    expect((await request(server.port, `/${server.token}/assets/preview.js`)).status).toBe(200);
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    for (const p of ['/', '/favicon.ico', `/${server.token.slice(0, -1)}/`, `/${server.token}x/`, `/x/${server.token}/`, `/?t=${server.token}`, `/assets/preview.js`]) {
      const r = await request(server.port, p);
      expect(r.status, p).toBe(403);
      expect(r.body, p).toBe('拒绝：地址里缺少或写错了访问口令。请用启动预览时显示的完整地址。\n');
    }
  });

  it('refuses another Host (a page that points its own name at 127.0.0.1)', async () => {
    for (const host of ['evil.example:80', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1', '']) {
      const r = await request(server.port, `/${server.token}/`, { host });
      expect(r.status, host).toBe(421);
      expect(r.body, host).toBe('拒绝：这个预览只接受 127.0.0.1 上的访问。\n');
    }
    expect((await request(server.port, `/${server.token}/`, { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('never lets a path reach the file system', async () => {
    const t = server.token;
    const tricks = [
      `/${t}/../../../../etc/passwd`,
      `/${t}/assets/../../package.json`,
      `/${t}/assets/..`,
      `/${t}/assets/%2e%2e/%2e%2e/package.json`,
      `/${t}/assets/preview.js/../../../../etc/passwd`,
      `/${t}/assets/constructor`,
      `/${t}/assets/__proto__`,
      `/${t}/qingshi-2021.yaml`,
      `/${t}/o/0/../../qingshi-2021.yaml`,
      `/${t}/o/1/`,
      `/${t}/o/00/`,
      `/${t}/o/0/view/..`,
      `/${t}//etc/passwd`,
      `/${t}/%2fetc%2fpasswd`,
      `/${t}/C:%5CWindows%5Cwin.ini`,
    ];
    for (const p of tricks) {
      const r = await request(server.port, p);
      expect(r.status, p).toBe(404);
      expect(r.body, p).toMatch(/^没有这个(页面|文件)。\n$/);
      expect(r.body, p).not.toContain('root:');
    }
  });

  it('writes only on a POST of JSON from its own page', async () => {
    const t = server.token;
    const json = { 'Content-Type': 'application/json' };
    expect((await request(server.port, `/${t}/o/0/write`)).status).toBe(405);
    expect((await request(server.port, `/${t}/o/0/write`, { method: 'PUT', headers: json, body: '{}' })).status).toBe(405);
    const foreign = await request(server.port, `/${t}/o/0/write`, { method: 'POST', headers: { ...json, Origin: 'http://evil.example' }, body: '{"force":true}' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toBe('拒绝：请求不是从预览页面发出的。\n');
    expect((await request(server.port, `/${t}/o/0/write`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"force":true}' })).status).toBe(415);
    expect((await request(server.port, `/${t}/o/0/write`, { method: 'POST', headers: json, body: 'x'.repeat(5000) })).status).toBe(413);
    expect(writes).toEqual([]);
    const own = await request(server.port, `/${t}/o/0/write`, { method: 'POST', headers: { ...json, Origin: `http://127.0.0.1:${server.port}` }, body: '{"force":false}' });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toEqual({ ok: true, exists: false, text: '已生成：out/x.docx\n' });
    expect(writes).toEqual([false]);
  });

  it('answers the view as JSON and streams a change as an event', async () => {
    const view = await request(server.port, `/${server.token}/o/0/view`);
    expect(view.status).toBe(200);
    const parsed = JSON.parse(view.body) as { version: number; stale: boolean; report: string };
    expect(parsed.stale).toBe(false);
    expect(parsed.report).toContain('data-b="0"');
    // The first event names the version the server has now.
    const first = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: `/${server.token}/o/0/events` }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        res.setEncoding('utf8');
        res.once('data', (c: string) => {
          req.destroy();
          resolve(c);
        });
      });
      req.on('error', reject);
    });
    expect(first).toBe(`data: ${parsed.version}\n\n`);
  });

  it('leaves nothing in the office folder', () => {
    expect(readdirSync(dir).sort()).toEqual(['qingshi-2021.yaml']);
  });
});

describe('preview server, several offices', () => {
  it('lists the offices it was started on, serves each by its number, and nothing else', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'preview-batch-'));
    const names = ['qingshi-2021.yaml', 'yanquan-street-2021.yaml'];
    for (const n of names) copyFileSync(path.join(EXAMPLES_DIR, n), path.join(dir, n));
    const offices = names.map((n) => ({
      label: n,
      preview: new OfficePreview(path.join(dir, n), { office: { cwd: dir, outDir: dir, format: 'docx' as const, force: false }, show: (f: string) => path.relative(dir, f) }),
    }));
    const server = await startPreviewServer({ offices, write: async () => ({ ok: false, exists: false, text: '' }) });
    try {
      const index = await request(server.port, `/${server.token}/`);
      expect(index.status).toBe(200);
      expect(index.body).toContain(`<a href="/${server.token}/o/0/">2021年青石镇政协联络工作委员会工作总结</a>`);
      expect(index.body).toContain(`<a href="/${server.token}/o/1/">2021年雁泉街道政协联络工作委员会工作总结</a>`);
      const second = await request(server.port, `/${server.token}/o/1/`);
      expect(second.status).toBe(200);
      expect(second.body).toContain('<title>预览：2021年雁泉街道政协联络工作委员会工作总结</title>');
      expect(second.body).toContain(`<a class="back" href="/${server.token}/">← 全部单位</a>`);
      expect((await request(server.port, `/${server.token}/o/2/`)).status).toBe(404);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
