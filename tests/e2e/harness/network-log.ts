/**
 * Joins the two views of the network: what the browser attributes to a page or the extension
 * (Playwright/Puppeteer request events) and what reached the recording proxy (everything). A proxy
 * record nobody claimed is 'browser' housekeeping when its host is on the list below (each seen on
 * this machine with the extension doing nothing), else 'unattributed' — e.g. a Firefox background
 * page, which no page event reports.
 */
import type { ProxyRecord } from './server.ts';
import type { RequestRecord } from './types.ts';

export const BROWSER_HOUSEKEEPING_HOSTS = [
  // Chromium 156, even with --disable-background-networking --disable-component-update --disable-sync:
  'update.googleapis.com',
  'accounts.google.com',
  'clients2.google.com',
  'optimizationguide-pa.googleapis.com',
  // Firefox: Puppeteer points Mozilla services at dummy.test; remote settings before that override applies.
  'dummy.test',
  'firefox.settings.services.mozilla.com',
];

const isLocalHost = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '[::1]';

export function isExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return /^(https?|wss?):$/.test(u.protocol) && !isLocalHost(u.hostname);
  } catch {
    return false;
  }
}

/** Key a request the way the proxy saw it: tunnels (CONNECT) only reveal scheme + host. */
const proxyKey = (r: { method: string; url: string }) => {
  const u = new URL(r.url);
  return r.method === 'CONNECT' || u.protocol === 'https:' || u.protocol === 'wss:' ? `tunnel ${u.host}` : `${r.url}`;
};

export function mergeRequests(events: RequestRecord[], proxied: ProxyRecord[]): RequestRecord[] {
  const claimed = new Map<string, number>();
  const tunnels = new Set<string>();
  for (const e of events) {
    if (!/^(https?|wss?):/.test(e.url)) continue;
    const key = proxyKey(e);
    if (key.startsWith('tunnel ')) tunnels.add(key);
    else claimed.set(key, (claimed.get(key) ?? 0) + 1);
  }
  const unclaimed: RequestRecord[] = [];
  for (const r of proxied) {
    const key = proxyKey(r);
    const left = claimed.get(key) ?? 0;
    if (left > 0) {
      claimed.set(key, left - 1);
      continue;
    }
    if (tunnels.has(key)) continue;
    const host = new URL(r.url).hostname;
    const origin = BROWSER_HOUSEKEEPING_HOSTS.includes(host) ? 'browser' : 'unattributed';
    unclaimed.push({ url: r.url, method: r.method, origin });
  }
  return [...events, ...unclaimed];
}

export const externalOnly = (all: RequestRecord[]) => all.filter((r) => r.origin !== 'browser' && isExternal(r.url));
