/**
 * Headless Chromium (Debian's /usr/bin/chromium) through playwright-core, as in TOOLCHAIN.md §6:
 * with dist/chrome loaded unpacked, or bare (the bench bundle and mark.js run there, with no
 * content script on the page). Every launch gets a new, empty profile.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';

export const TMP = resolve('.tmp');
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const FLAGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  extensionId?: string;
  close(): Promise<void>;
}

export async function launch(opts: { extensionDir?: string; initScript?: string }): Promise<Browser> {
  mkdirSync(join(TMP, 'home'), { recursive: true });
  const ext = opts.extensionDir ? resolve(opts.extensionDir) : undefined;
  const profile = mkdtempSync(join(TMP, 'bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    env: { ...process.env, HOME: join(TMP, 'home'), TMPDIR: TMP },
    args: [...FLAGS, ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : [])],
  });
  let extensionId: string | undefined;
  if (ext) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(sw.url()).host;
  }
  if (opts.initScript) await context.addInitScript({ content: opts.initScript });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true }); // runs leave nothing behind
  };
  return { context, page, cdp, extensionId, close };
}

/** Fresh load of `url`, then two frames so layout and first paint are done before timing. */
export async function load(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads the page every 100 ms until it is `ready` and its `key` (what changes while work goes on:
 * mark count, long tasks, slices) has not changed for `quietMs`; throws `failure` after `timeoutMs`.
 */
export async function untilStill(
  read: () => Promise<{ key: string; ready: boolean }>,
  quietMs: number,
  timeoutMs: number,
  failure: string,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  while (Date.now() < until) {
    const { key, ready } = await read();
    if (key !== last) {
      last = key;
      since = Date.now();
    }
    if (ready && Date.now() - since >= quietMs) return;
    await sleep(100);
  }
  throw new Error(failure);
}
