/** What both drivers share, built on the few things each browser does its own way (DriverCore). */
import { externalOnly, mergeRequests } from './network-log.ts';
import type { FixtureServer } from './server.ts';
import type { BrowserDriver, BrowserName, ConsoleError, PageHandle, RequestRecord } from './types.ts';

type Fn<A, R> = (arg: A) => R | Promise<R>;

export interface DriverCore {
  name: BrowserName;
  server: FixtureServer;
  extensionOrigin: string;
  newPage(url: string): Promise<PageHandle>;
  /** Chromium: a normal navigation; Firefox needs the moz-extension workaround. */
  openExtensionPage?(url: string): Promise<PageHandle>;
  extensionEval<R, A>(fn: Fn<A, R>, arg: A): Promise<Awaited<R>>;
  tabIdFor(target: PageHandle | string): Promise<number>;
  /** Request events the browser attributed to a page or the extension. */
  requests(): RequestRecord[];
  consoleErrors(): Promise<ConsoleError[]>;
  clearEvents(): void;
  close(): Promise<void>;
}

declare const browser: import('webextension-polyfill').Browser;

export function makeDriver(core: DriverCore): BrowserDriver {
  let proxyFrom = 0;
  const tabId = (t: PageHandle | string | number) => (typeof t === 'number' ? Promise.resolve(t) : core.tabIdFor(t));
  const openExtensionPage = (path: string) => {
    const url = `${core.extensionOrigin}/${path.replace(/^\//, '')}`;
    return core.openExtensionPage ? core.openExtensionPage(url) : core.newPage(url);
  };
  const requests = () => mergeRequests(core.requests(), core.server.log.slice(proxyFrom));
  return {
    name: core.name,
    server: core.server,
    extensionOrigin: core.extensionOrigin,
    newPage: (url) => core.newPage(url),
    openExtensionPage,
    openPopup: (forTab) => openExtensionPage(`src/popup/index.html${forTab === undefined ? '' : `?tabId=${forTab}`}`),
    openOptions: () => openExtensionPage('src/options/index.html'),
    tabIdFor: (t) => core.tabIdFor(t),
    badgeText: async (t) =>
      core.extensionEval((id) => browser.action.getBadgeText({ tabId: id }), await tabId(t)) as Promise<string>,
    extensionEval: (fn, arg) => core.extensionEval(fn, arg as never),
    sendToTab: (id, message) =>
      core.extensionEval(([t, m]) => browser.tabs.sendMessage(t, m, { frameId: 0 }), [id, message] as [
        number,
        unknown,
      ]),
    consoleErrors: () => core.consoleErrors(),
    requests,
    externalRequests: () => externalOnly(requests()),
    clearLogs: () => {
      core.clearEvents();
      proxyFrom = core.server.log.length;
    },
    close: async () => {
      await core.close().catch(() => undefined);
      await core.server.close();
    },
  };
}
