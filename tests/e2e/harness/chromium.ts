/**
 * Chromium (Debian's /usr/bin/chromium) through Playwright, with dist/chrome loaded unpacked and
 * every request routed through the harness server's recording proxy.
 */
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { wrapChromiumPage } from './chromium-page.ts';
import { type DriverCore, makeDriver } from './driver.ts';
import { NAME_SHIM } from './page-handle.ts';
import { CHROMIUM_BIN, DIST_CHROME } from './paths.ts';
import { type FixtureServer, startServer } from './server.ts';
import type { BrowserDriver, ConsoleError, PageHandle, RequestRecord } from './types.ts';

export interface ChromiumDriver extends BrowserDriver {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The extension's current service worker (it can be restarted by the browser). */
  serviceWorker(): Promise<Worker>;
}

export async function launchChromium(
  opts: { extensionDir?: string; server?: FixtureServer; locale?: string } = {},
): Promise<ChromiumDriver> {
  const ext = opts.extensionDir ?? DIST_CHROME;
  const server = opts.server ?? (await startServer());
  const context = await chromium.launchPersistentContext('', {
    // '' = a fresh profile under $TMPDIR that Playwright deletes on close.
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport: { width: 1280, height: 800 },
    // The UI language (and so chrome.i18n's). Chromium 156 on Linux: --lang alone switches the
    // extension's messages but getUILanguage() still says en-US; LANGUAGE/LANG switch both. Either
    // way its locales/<lang>.pak must exist (Debian: chromium-l10n), else it stays en-US.
    ...(opts.locale && {
      locale: opts.locale,
      env: { ...process.env, LANGUAGE: opts.locale.replace('-', '_'), LANG: `${opts.locale.replace('-', '_')}.UTF-8` },
    }),
    args: [
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      `--proxy-server=${server.origin}`,
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  // tsx/esbuild (keepNames) wraps named functions in __name(); give evaluated code a no-op one.
  await context.addInitScript({ content: NAME_SHIM });
  const requests: RequestRecord[] = [];
  const errors: ConsoleError[] = [];
  const isExt = (url: string) => url.startsWith('chrome-extension://');
  context.on('request', (r) => {
    const sw = r.serviceWorker();
    let initiator = sw?.url();
    try {
      initiator ??= r.frame().url();
    } catch {}
    // Opening an extension page is a navigation from about:blank: it is the extension's, not a page's.
    const extension = sw || isExt(initiator ?? '') || (r.isNavigationRequest() && isExt(r.url()));
    requests.push({ url: r.url(), method: r.method(), origin: extension ? 'extension' : 'page', initiator });
  });
  context.on('console', (m) => {
    if (m.type() !== 'error') return;
    const page = m.page();
    const origin = !page || isExt(page.url()) ? 'extension' : 'page';
    errors.push({ origin, text: m.text(), source: m.location().url || page?.url() });
  });
  context.on('weberror', (e) => {
    const url = e.page()?.url() ?? '';
    errors.push({
      origin: isExt(url) ? 'extension' : 'page',
      text: String(e.error()?.stack ?? e.error()),
      source: url,
    });
  });

  const prepared = new WeakSet<Worker>();
  const serviceWorker = async () => {
    const sw =
      context.serviceWorkers().find((w) => isExt(w.url())) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => isExt(w.url()), timeout: 20_000 }));
    if (!prepared.has(sw)) {
      prepared.add(sw);
      await sw.evaluate(NAME_SHIM);
      // `browser` for neutral extensionEval code; uncaught worker errors reach the console listener.
      await sw.evaluate(() => {
        const g = globalThis as unknown as Record<string, unknown>;
        g.browser ??= g.chrome;
        const report = (what: string) => (e: unknown) => console.error(what, e);
        self.addEventListener('error', (e) => report('Uncaught')((e as ErrorEvent).error ?? (e as ErrorEvent).message));
        self.addEventListener('unhandledrejection', (e) =>
          report('Unhandled rejection')((e as PromiseRejectionEvent).reason),
        );
      });
    }
    return sw;
  };
  const extensionId = new URL((await serviceWorker()).url()).host;

  const pageFor = (target: PageHandle | string) => {
    const url = typeof target === 'string' ? target : target.url();
    const page = context.pages().find((p) => p.url() === url);
    if (!page) throw new Error(`chromium: no open page at ${url}`);
    return page;
  };

  const core: DriverCore = {
    name: 'chromium',
    server,
    extensionOrigin: `chrome-extension://${extensionId}`,
    newPage: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return wrapChromiumPage(page);
    },
    extensionEval: async (fn, arg) => (await serviceWorker()).evaluate(fn as never, arg) as never,
    // No `tabs` permission, so tabs carry no URL: bring the page to front, ask for its window's active tab.
    tabIdFor: async (target) => {
      const page = pageFor(target);
      await page.bringToFront();
      const cdp = await context.newCDPSession(page);
      const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
      await cdp.detach();
      const id = await (await serviceWorker()).evaluate(
        async (w) => (await chrome.tabs.query({ active: true, windowId: w }))[0]?.id,
        windowId,
      );
      if (id === undefined) throw new Error(`chromium: no tab id for ${page.url()}`);
      return id;
    },
    requests: () => requests,
    consoleErrors: async () => errors,
    clearEvents: () => {
      requests.length = 0;
      errors.length = 0;
    },
    close: () => context.close(),
  };
  return { ...makeDriver(core), context, extensionId, serviceWorker };
}

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
