/** The browser-neutral driver API every e2e spec is written against (see index.ts for a tour). */
import type { FixtureServer } from './server.ts';

export type BrowserName = 'chromium' | 'firefox';

/** A selector (pierces open shadow roots in both browsers) or a point in CSS px of the viewport. */
export type Target = string | { x: number; y: number };

export interface PageHandle {
  readonly browser: BrowserName;
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the page's main world (not the content script's world). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** Polls `fn` in the main world until it returns something truthy; returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, opts?: { timeout?: number }): Promise<R>;
  hover(target: Target): Promise<void>;
  click(target: Target): Promise<void>;
  /** Moves the mouse onto the middle of the first occurrence of `text` in the page's visible text. */
  hoverText(text: string, occurrence?: number): Promise<void>;
  keyboard: {
    /** 'Escape', 'Tab', 'Alt+Shift+N' … (Playwright key names in both browsers). */
    press(key: string): Promise<void>;
    type(text: string): Promise<void>;
  };
  /** Mouse wheel scroll, like a reader: triggers scroll listeners and IntersectionObservers. */
  scroll(dy: number): Promise<void>;
  screenshot(path: string, opts?: { fullPage?: boolean }): Promise<void>;
  bringToFront(): Promise<void>;
  /** Ranges registered in CSS.highlights under names starting with 'second-source' (active one included). */
  highlightCount(): Promise<number>;
  /** Every second-source* highlight name with its range count, e.g. { 'second-source': 4 }. */
  highlights(): Promise<Record<string, number>>;
  /** Fallback wrappers: elements carrying data-second-source. */
  markCount(): Promise<number>;
  /** querySelector inside #second-source-host's open shadow root: textContent, or null when absent. */
  shadowText(selector: string): Promise<string | null>;
  close(): Promise<void>;
}

export interface RequestRecord {
  url: string;
  method: string;
  /**
   * page: a web page or frame (the content script's requests count here too);
   * extension: service worker, background or an extension page;
   * browser: seen only by the recording proxy, from a known browser housekeeping host;
   * unattributed: seen only by the proxy, from anywhere else (e.g. a Firefox background page).
   */
  origin: 'page' | 'extension' | 'browser' | 'unattributed';
  /** The document or worker that made it, when the browser says. */
  initiator?: string;
}

export interface ConsoleError {
  origin: 'page' | 'extension';
  text: string;
  /** Script or document URL, when known. */
  source?: string;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  /** This browser's own fixture server (and recording proxy). */
  readonly server: FixtureServer;
  /** chrome-extension://<id> or moz-extension://<uuid> (no trailing slash). */
  readonly extensionOrigin: string;
  newPage(url: string): Promise<PageHandle>;
  /** Opens an extension page in a tab, e.g. 'src/popup/index.html?tabId=12'. */
  openExtensionPage(pathAndQuery: string): Promise<PageHandle>;
  /** The popup in a tab, about `tabId` (?tabId=) or, without it, about itself. */
  openPopup(tabId?: number): Promise<PageHandle>;
  openOptions(): Promise<PageHandle>;
  /** The browser's tab id for a page opened with newPage (or its URL). */
  tabIdFor(page: PageHandle | string): Promise<number>;
  /** The toolbar badge text for that tab ('' when none). */
  badgeText(page: PageHandle | string | number): Promise<string>;
  /** Runs `fn` in an extension context where `browser.*` (promise-based) is defined. */
  extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** browser.tabs.sendMessage(tabId, message, { frameId: 0 }) from the extension (e.g. a ToContent). */
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  /** Errors logged or thrown by pages, content scripts, extension pages and the background. */
  consoleErrors(): Promise<ConsoleError[]>;
  /** Every request seen since launch (or the last clearLogs()). */
  requests(): RequestRecord[];
  /** requests() to any host other than 127.0.0.1/localhost, minus known browser housekeeping. */
  externalRequests(): RequestRecord[];
  clearLogs(): void;
  close(): Promise<void>;
}
