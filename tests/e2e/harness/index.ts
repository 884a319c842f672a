/**
 * E2E harness for Second Source: one spec, both browsers.
 *
 *   import { expect, it } from 'vitest';
 *   import { forEachBrowser, itWithSeeds } from './harness/index.ts';
 *
 *   forEachBrowser('popup', (b) => {                         // → "chromium: popup", "firefox: popup"
 *     it('counts mentions', async () => {
 *       const page = await b.driver.newPage(b.driver.server.url('/paraphrase.html'));
 *       await page.waitFor(() => document.querySelector('#second-source-host'));
 *       expect(await page.highlightCount()).toBeGreaterThan(0);
 *       const tabId = await b.driver.tabIdFor(page);
 *       expect(await b.driver.badgeText(tabId)).toBe('7');
 *       const popup = await b.driver.openPopup(tabId);        // src/popup/index.html?tabId=…
 *       await popup.waitFor(() => document.body.textContent?.includes('Trade'));
 *       expect(b.driver.externalRequests()).toEqual([]);
 *       expect(await b.driver.consoleErrors()).toEqual([]);
 *     });
 *   });
 *
 * BrowserDriver (b.driver) — types.ts
 *   name: 'chromium' | 'firefox'; extensionOrigin: 'chrome-extension://<id>' | 'moz-extension://<uuid>'
 *   server: FixtureServer                    — this browser's own fixture site + recording proxy
 *   newPage(url): Promise<PageHandle>
 *   openExtensionPage('src/options/index.html'), openPopup(tabId?), openOptions(): Promise<PageHandle>
 *   tabIdFor(page | url): Promise<number>    — Chromium: brings the page to front (no `tabs` permission)
 *   badgeText(page | url | tabId): Promise<string>
 *   extensionEval(fn, arg): runs fn in an extension context with promise-based `browser.*`
 *                           (Chromium: the service worker; Firefox: an inert extension document)
 *   sendToTab(tabId, message): browser.tabs.sendMessage(tabId, message, { frameId: 0 }) — e.g. a ToContent
 *   consoleErrors(): Promise<ConsoleError[]>  — pages, content scripts, extension pages, background
 *   requests(): RequestRecord[]               — every request since launch/clearLogs, origin-tagged
 *   externalRequests(): RequestRecord[]       — to hosts other than 127.0.0.1, minus browser housekeeping
 *   clearLogs(); close()
 *   Chromium extras (launchChromium): context, extensionId, serviceWorker(). Firefox (launchFirefox): browser.
 *
 * PageHandle — types.ts
 *   url(), goto(url), reload(), close(), bringToFront()
 *   evaluate(fn, arg), waitFor(fn, arg, { timeout })  — main world; waitFor returns fn's truthy value
 *   hover(selector | {x, y}), click(…), hoverText('$190 billion', occurrence?)  — selectors pierce open shadow roots
 *   keyboard.press('Escape' | 'Alt+Shift+N'), keyboard.type(text), scroll(dy), screenshot(path, { fullPage })
 *   highlightCount(), highlights()   — CSS.highlights entries named second-source*, read from the main world
 *   markCount()                       — fallback <mark data-second-source> wrappers
 *   shadowText(selector)              — textContent inside #second-source-host's shadow root, or null
 *
 * FixtureServer — server.ts (http://127.0.0.1:<random port>)
 *   /paraphrase.html, /no-mentions.html, /late-content.html, /live-paragraph.html, /event.html, /card-many.html,
 *   /index.html  (tests/fixtures/pages)
 *   /seed/000 … /seed/004   seed articles laid out as news pages at request time (needs ../shared/seeds;
 *                           use itWithSeeds from tests/shared-data.ts: absent, it fails under CI and
 *                           skips with a message elsewhere)
 *   /generated/large?paragraphs=N   long page, one mention every 50 paragraphs
 *   any HTML page + ?theme=dark (dark variant) and/or ?csp=strict (strict CSP header, STRICT_CSP)
 *   server.route('/x.html', { file: 'paraphrase.html', headers: {...} } | { body } | (url) => …); clearRoutes()
 *   server.url(path), server.origin, server.log (raw proxy log)
 *
 * Notes
 *   - Functions given to evaluate / waitFor / extensionEval are sent as source text: they must be
 *     self-contained (no imports, no outer variables or helper functions; pass data through `arg`).
 *   - Each forEachBrowser suite launches a fresh browser with a fresh profile and its own server
 *     (idle machine: Chromium ≈1.5 s, Firefox ≈3–7 s; on a loaded 2-core box Firefox can take 15–25 s).
 *   - E2E_BROWSERS=chromium (or firefox) runs one browser; npm run test:e2e:chromium / :firefox.
 *   - Extension commands (Alt+Shift+N) are browser shortcuts that synthetic key events do not reach;
 *     test the relay with driver.sendToTab(tabId, { type: 'step-mention', direction: 1 }).
 *   - Screenshots go to SCREENSHOTS (.tmp/screenshots) unless you pass another path.
 */

export { itWithSeeds, SEEDS_DIR, seedsGate, seedsPresent } from '../../shared-data.ts';
export {
  BROWSERS,
  type BrowserUnderTest,
  forEachBrowser,
  type LaunchOptions,
  launch,
} from './browsers.ts';
export { type ChromiumDriver, launchChromium } from './chromium.ts';
export { chooseFile } from './file-input.ts';
export { FIREFOX_EXTENSION_UUID, type FirefoxDriver, launchFirefox } from './firefox.ts';
export { LARGE_PAGE_MENTION_EVERY } from './large-page.ts';
export { MarkedPages, type MentionCount, markedTexts, storedSummary } from './marked-pages.ts';
export { BROWSER_HOUSEKEEPING_HOSTS, isExternal } from './network-log.ts';
export { FIXTURE_PAGES, ROOT, SCREENSHOTS } from './paths.ts';
export { renderSeed, SEED_IDS, seedText } from './seed-page.ts';
export { type FixtureServer, type Route, type RouteResponse, STRICT_CSP, startServer } from './server.ts';
export type { BrowserDriver, BrowserName, ConsoleError, PageHandle, RequestRecord, Target } from './types.ts';
