/** The bench pages over node:http on 127.0.0.1 (random port); generated once, served from memory. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BLANK_PAGE, coldPage, heavyPage, mutationsPage, noMatchPage } from './pages.ts';

export interface BenchServer {
  origin: string;
  sizes: Record<string, number>;
  close(): Promise<void>;
}

export async function startServer(): Promise<BenchServer> {
  const pages: Record<string, string> = {
    '/blank.html': BLANK_PAGE,
    '/no-match.html': noMatchPage(),
    '/heavy.html': heavyPage(),
    '/mutations.html': mutationsPage(),
    '/cold.html': coldPage(),
  };
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const sizes = Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, Buffer.byteLength(v)]));
  return {
    origin: `http://127.0.0.1:${port}`,
    sizes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
