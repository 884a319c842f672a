/**
 * Firefox ESR (/usr/bin/firefox-esr) through Puppeteer over WebDriver BiDi, with dist/firefox
 * installed as a temporary add-on under a pinned moz-extension UUID, and every request routed
 * through the harness server's recording proxy.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/browser-manifest.ts';
import { type DriverCore, makeDriver } from './driver.ts';
import { backgroundErrorHook, readBackgroundErrors, watchStdout } from './firefox-errors.ts';
import { gotoExtensionPage, wrapFirefoxPage } from './firefox-page.ts';
import { NAME_SHIM } from './page-handle.ts';
import { DIST_FIREFOX, FIREFOX_BIN } from './paths.ts';
import { type FixtureServer, startServer } from './server.ts';
import type { BrowserDriver, ConsoleError, RequestRecord } from './types.ts';

/** Pinned, so moz-extension URLs are the same in every run. */
export const FIREFOX_EXTENSION_UUID = '5ec0d5ce-0000-4000-8000-5ec0d5ce0001';
const ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export interface FirefoxDriver extends BrowserDriver {
  readonly browser: Browser;
}

export async function launchFirefox(
  opts: { extensionDir?: string; server?: FixtureServer; locale?: string } = {},
): Promise<FirefoxDriver> {
  const server = opts.server ?? (await startServer());
  const port = Number(new URL(server.origin).port);
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    // Lets Puppeteer's services.settings.server override apply, so remote settings go to dummy.test.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Uncaught extension errors are printed as "JavaScript error: moz-extension://…" on stdout.
      'devtools.console.stdout.chrome': true,
      // The app locale, which browser.i18n follows. Firefox only switches to a locale it has
      // (Debian: firefox-esr-l10n-<lang>, a language pack in the system distribution folder);
      // matchOS off so the environment's LANG does not win.
      ...(opts.locale && { 'intl.locale.requested': opts.locale, 'intl.locale.matchOS': false }),
    },
  });
  const stdoutErrors = watchStdout(ff.process(), ORIGIN);
  await ff.installExtension(resolve(opts.extensionDir ?? DIST_FIREFOX));

  const requests: RequestRecord[] = [];
  const errors: ConsoleError[] = [];
  const watched = new WeakSet<Page>();
  const isExt = (url: string) => url.startsWith('moz-extension://');
  const watch = (page: Page) => {
    if (watched.has(page)) return page;
    watched.add(page);
    void page.evaluateOnNewDocument(NAME_SHIM).catch(() => undefined);
    page.on('request', (r) => {
      const initiator = r.frame()?.url() ?? page.url();
      requests.push({ url: r.url(), method: r.method(), origin: isExt(initiator) ? 'extension' : 'page', initiator });
    });
    page.on('console', (m) => {
      if (m.type() === 'error')
        errors.push({ origin: isExt(page.url()) ? 'extension' : 'page', text: m.text(), source: m.location().url });
    });
    page.on('pageerror', (e) =>
      errors.push({
        origin: isExt(page.url()) ? 'extension' : 'page',
        text: String((e as Error).stack ?? e),
        source: page.url(),
      }),
    );
    return page;
  };
  ff.on(
    'targetcreated',
    (t) =>
      void t.page().then(
        (p) => p && watch(p),
        () => undefined,
      ),
  );

  // An inert extension document to run extensionEval in: the manifest, shown by the JSON viewer.
  const extPage = watch(await ff.newPage());
  await gotoExtensionPage(extPage, `${ORIGIN}/manifest.json`);
  const extensionEval = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
    extPage.evaluate(fn as never, arg) as never as Promise<Awaited<R>>;
  await extensionEval(backgroundErrorHook, undefined);

  const core: DriverCore = {
    name: 'firefox',
    server,
    extensionOrigin: ORIGIN,
    newPage: async (url) => {
      const page = watch(await ff.newPage());
      await page.goto(url);
      return wrapFirefoxPage(page);
    },
    openExtensionPage: async (url) => {
      const page = watch(await ff.newPage());
      await gotoExtensionPage(page, url);
      return wrapFirefoxPage(page);
    },
    extensionEval,
    tabIdFor: async (target) => {
      const url = typeof target === 'string' ? target : target.url();
      // tabs.query({ url }) with a port matches nothing in Firefox: list all and compare.
      const id = await extensionEval(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (id === undefined) throw new Error(`firefox: no tab at ${url}`);
      return id;
    },
    requests: () => requests,
    consoleErrors: async () => {
      const fromBackground = await extensionEval(readBackgroundErrors, undefined).catch(() => []);
      // A restarted background page has lost the hook: put it back for what follows.
      await extensionEval(backgroundErrorHook, undefined).catch(() => undefined);
      const seen = errors.map((e) => e.text).join('\n');
      const uncaught = stdoutErrors.filter((e) => !seen.includes(e.text.replace(/^Error: /, '')));
      return [...errors, ...fromBackground, ...uncaught];
    },
    clearEvents: () => {
      requests.length = 0;
      errors.length = 0;
      stdoutErrors.length = 0;
      void extensionEval(backgroundErrorHook, true).catch(() => undefined);
    },
    close: () => ff.close(),
  };
  return { ...makeDriver(core), browser: ff };
}

declare const browser: import('webextension-polyfill').Browser;
