/**
 * The preview's local web server, on Node's own http module: a handful of
 * fixed routes, a page, two assets, a JSON view, an event stream and one
 * POST. A framework would bring routing and static-file serving, and static
 * serving from a folder is exactly what must not happen here: no part of a
 * request ever becomes a file path.
 *
 * Safe on a shared office PC (issue 24, 5): it listens on 127.0.0.1 only, on
 * a port the system picks; every path starts with a random token, and a
 * request without it is refused; a Host header other than this address
 * (a DNS-rebinding page) is refused; a POST from another origin is refused;
 * answers are never cached and never framed.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fontCss, fontStacks } from './fonts.js';
import type { OfficePreview } from './office-view.js';
import { indexPage, officePage, viewJson } from './page.js';
import { watchFiles, type FileWatch } from './watch.js';

/** What the write button answers: the text `build` would print, and whether an existing file stopped it. */
export interface WriteAnswer {
  ok: boolean;
  /** The report was already there and was left alone: the page may offer to replace it. */
  exists: boolean;
  text: string;
}

export interface PreviewOffice {
  /** The office as the command line named it. */
  label: string;
  preview: OfficePreview;
}

export interface ServeOptions {
  offices: readonly PreviewOffice[];
  /** Write an office's .docx as `build` would; `force` only after the reader said yes. */
  write(office: PreviewOffice, force: boolean): Promise<WriteAnswer>;
  /** Default 0: a free port. */
  port?: number;
  /** Test seam: the token, instead of a random one. */
  token?: string;
}

export interface PreviewServer {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  /** Stop watching, end the event streams, close the server. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** Open event streams at most: each page holds one; more is a runaway script, not a reader. */
const MAX_STREAMS = 64;
const MAX_BODY = 1024;

/** The page's script and style, read once from the package (assets/preview/), served from memory. */
const ASSETS: Record<string, { type: string; body: Buffer }> = Object.fromEntries(
  [
    ['preview.js', 'text/javascript; charset=utf-8'],
    ['preview.css', 'text/css; charset=utf-8'],
  ].map(([name, type]) => [name, { type: type as string, body: readFileSync(new URL(`../../assets/preview/${name}`, import.meta.url)) }]),
);

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const refuse = (res: http.ServerResponse, status: number, text: string): void => send(res, status, 'text/plain; charset=utf-8', `${text}\n`);

const sameToken = (given: string, token: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

export async function startPreviewServer(opts: ServeOptions): Promise<PreviewServer> {
  const token = opts.token ?? randomBytes(18).toString('base64url');
  const streams = new Set<http.ServerResponse>();
  const watches: FileWatch[] = [];
  /** Writes under way: a stop waits for them, so no staged file is left behind. */
  const writing = new Set<Promise<unknown>>();
  let port = 0;
  const single = opts.offices.length === 1;
  const apiOf = (n: number) => `/${token}/o/${n}/`;
  const assets = `/${token}/assets/`;

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, '预览服务出错了；请看启动它的窗口里的提示。');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Only this address: a page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) sends its own Host.
    const host = req.headers.host ?? '';
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) return refuse(res, 421, '拒绝：这个预览只接受 127.0.0.1 上的访问。');
    const raw = req.url ?? '';
    const [pathPart = ''] = raw.split('?');
    const segments = pathPart.split('/');
    // '' / token / …
    if (segments[0] !== '' || !sameToken(segments[1] ?? '', token)) return refuse(res, 403, '拒绝：地址里缺少或写错了访问口令。请用启动预览时显示的完整地址。');
    const rest = segments.slice(2).join('/');
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') return refuse(res, 405, '不支持这种请求。');

    const asset = /^assets\/([a-z.]+)$/.exec(rest);
    if (asset && req.method !== 'POST') {
      const a = Object.hasOwn(ASSETS, asset[1] as string) ? ASSETS[asset[1] as string] : undefined;
      return a ? send(res, 200, a.type, a.body) : refuse(res, 404, '没有这个文件。');
    }
    if (rest === '' && req.method !== 'POST') {
      if (single) return page(res, 0);
      const list = opts.offices.map((o, n) => ({ label: o.label, href: apiOf(n), view: o.preview.view }));
      return send(res, 200, 'text/html; charset=utf-8', indexPage(list, assets));
    }
    const office = /^o\/(0|[1-9]\d{0,5})\/(|view|events|fonts\.css|write)$/.exec(rest);
    const n = office ? Number(office[1]) : -1;
    if (!office || n >= opts.offices.length) return refuse(res, 404, '没有这个页面。');
    const what = office[2];
    if ((what === 'write') !== (req.method === 'POST')) return refuse(res, 405, '不支持这种请求。');
    switch (what) {
      case '':
        return page(res, n);
      case 'view':
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(viewJson((opts.offices[n] as PreviewOffice).preview.view)));
      case 'fonts.css':
        return send(res, 200, 'text/css; charset=utf-8', fontCss(fontStacks((opts.offices[n] as PreviewOffice).preview.options.office.fonts)));
      case 'events':
        return stream(req, res, opts.offices[n] as PreviewOffice);
      default:
        return write(req, res, opts.offices[n] as PreviewOffice);
    }
  }

  function page(res: http.ServerResponse, n: number): void {
    const o = opts.offices[n] as PreviewOffice;
    const html = officePage(o.preview.view, {
      api: apiOf(n),
      assets,
      label: o.label,
      fonts: fontStacks(o.preview.options.office.fonts),
      ...(!single && { index: `/${token}/` }),
    });
    send(res, 200, 'text/html; charset=utf-8', html);
  }

  /** Server-sent events: one line per change; the page then asks for the view. */
  function stream(req: http.IncomingMessage, res: http.ServerResponse, office: PreviewOffice): void {
    if (streams.size >= MAX_STREAMS) return refuse(res, 503, '打开的预览页面太多了；请关掉一些再刷新。');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(`data: ${office.preview.view.version}\n\n`);
    streams.add(res);
    const off = office.preview.onChange((view) => res.write(`data: ${view.version}\n\n`));
    const beat = setInterval(() => res.write(': \n\n'), 15_000);
    req.on('close', () => {
      off();
      clearInterval(beat);
      streams.delete(res);
    });
  }

  async function write(req: http.IncomingMessage, res: http.ServerResponse, office: PreviewOffice): Promise<void> {
    // The token already keeps other pages out; a browser's Origin says where a POST really came from.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${HOST}:${port}` && origin !== `http://localhost:${port}`) return refuse(res, 403, '拒绝：请求不是从预览页面发出的。');
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return refuse(res, 415, '请求的格式不对。');
    let body = '';
    for await (const chunk of req) {
      body += String(chunk);
      if (body.length > MAX_BODY) return refuse(res, 413, '请求太长。');
    }
    let force = false;
    try {
      force = (JSON.parse(body) as { force?: unknown }).force === true;
    } catch {
      return refuse(res, 400, '请求的格式不对。');
    }
    const pending = opts.write(office, force);
    writing.add(pending);
    const answer = await pending.finally(() => writing.delete(pending));
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(answer));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: HOST, port: opts.port ?? 0 }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  // Each office: read once now, then again whenever one of its files changes.
  for (const o of opts.offices) {
    const watch = watchFiles(() => void o.preview.refresh());
    watches.push(watch);
    o.preview.onChange(() => watch.set(o.preview.watched));
    await o.preview.refresh();
  }

  return {
    url: `http://${HOST}:${port}/${token}/`,
    port,
    token,
    async close() {
      await Promise.allSettled([...writing]);
      await Promise.all(watches.map((w) => w.close()));
      for (const s of streams) s.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
