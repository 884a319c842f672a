/**
 * One local HTTP server on 127.0.0.1 (random port) that is both
 *  - the fixture site: tests/fixtures/pages/*, generated pages (/seed/002, /generated/large) and
 *    per-test routes (server.route), with ?theme=dark and ?csp=strict on any HTML page; and
 *  - the browsers' HTTP proxy: every request either browser makes, to any host, arrives here and
 *    is recorded. Other hosts get 502 (the machine is offline anyway); HTTPS is refused at CONNECT.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { largePage } from './large-page.ts';
import { FIXTURE_PAGES } from './paths.ts';
import { seedPage } from './seed-page.ts';

export interface RouteResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Inline body, or `file` (relative to tests/fixtures/pages) served with the usual page options. */
  body?: string;
  file?: string;
  contentType?: string;
}
export type Route = RouteResponse | ((url: URL) => RouteResponse | Promise<RouteResponse>);

export interface ProxyRecord {
  method: string;
  /** Full URL; for refused HTTPS tunnels, https://host:port/ (the path is never seen). */
  url: string;
}

export interface FixtureServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  url(path: string): string;
  /** Serve `path` (exact pathname) with this response until clearRoutes(). */
  route(path: string, route: Route): void;
  clearRoutes(): void;
  /** Everything that reached the server (pages, extension, browser), in order. */
  readonly log: ProxyRecord[];
  close(): Promise<void>;
}

/** ?csp=strict: no inline script or style, no third-party anything; scripts and styles from the page's own origin only. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

async function builtIn(url: URL): Promise<RouteResponse> {
  const seed = /^\/seed\/(\d{3})$/.exec(url.pathname);
  if (seed) return seedPage(seed[1]);
  if (url.pathname === '/generated/large') return largePage(Number(url.searchParams.get('paragraphs') ?? 2000));
  if (url.pathname === '/favicon.ico') return { status: 204, body: '' };
  const path = url.pathname === '/' ? '/index.html' : url.pathname;
  return { file: decodeURIComponent(path) };
}

async function materialize(r: RouteResponse): Promise<{ status: number; type: string; body: Buffer | string }> {
  if (r.file === undefined)
    return { status: r.status ?? 200, type: r.contentType ?? TYPES['.html'], body: r.body ?? '' };
  const path = normalize(join(FIXTURE_PAGES, r.file));
  if (!path.startsWith(FIXTURE_PAGES)) return { status: 403, type: TYPES['.txt'], body: 'forbidden' };
  try {
    return {
      status: r.status ?? 200,
      type: r.contentType ?? TYPES[extname(path)] ?? 'application/octet-stream',
      body: await readFile(path),
    };
  } catch {
    return { status: 404, type: TYPES['.txt'], body: `no fixture ${r.file}` };
  }
}

/** Page options that work on any HTML response: ?theme=dark and ?csp=strict. */
function pageOptions(url: URL, type: string, body: Buffer | string, headers: Record<string, string>) {
  if (!type.startsWith('text/html')) return body;
  if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
  const theme = url.searchParams.get('theme');
  return theme ? String(body).replace(/<html\b/i, `<html data-theme="${theme === 'dark' ? 'dark' : 'light'}"`) : body;
}

export async function startServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const log: ProxyRecord[] = [];
  let origin = '';
  let port = '';

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    log.push({ method: req.method ?? 'GET', url: url.href });
    const local = url.port === port && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
    if (!local) {
      res.writeHead(502, { 'content-type': TYPES['.txt'] }).end('offline test proxy: only 127.0.0.1 is served');
      return;
    }
    const route = routes.get(url.pathname);
    const spec = route ? (typeof route === 'function' ? await route(url) : route) : await builtIn(url);
    const { status, type, body } = await materialize(spec);
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store', ...spec.headers };
    const out = pageOptions(url, type, body, headers);
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : out);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': TYPES['.txt'] });
      res.end(String(e));
    });
  });
  // Browsers reset connections freely (closing tabs, refused tunnels): never an error for the tests.
  server.on('clientError', (_e, socket) => socket.destroy());
  server.on('connection', (socket) => socket.on('error', () => undefined));
  server.on('connect', (req, socket) => {
    socket.on('error', () => undefined);
    log.push({ method: 'CONNECT', url: `https://${req.url}/` });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = String((server.address() as AddressInfo).port);
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (path) => new URL(path, origin).href,
    route: (path, route) => void routes.set(path, route),
    clearRoutes: () => routes.clear(),
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
