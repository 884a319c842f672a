/**
 * Smoke: in each browser the extension loads, the content script marks a page that states the
 * facts (also under a strict CSP and on a seed page), leaves an ordinary page alone, and nothing
 * is sent off the machine or logged as an error along the way.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, forEachBrowser, itWithSeeds, type PageHandle } from './harness/index.ts';

declare const browser: import('webextension-polyfill').Browser;

/** The summary the background keeps for this tab (set once the content script has scanned). */
async function storedSummary(driver: BrowserDriver, tabId: number) {
  return driver.extensionEval(
    async (id) => (await browser.storage.session.get(`summary:${id}`))[`summary:${id}`],
    tabId,
  ) as Promise<{ mentions: unknown[] } | undefined>;
}

async function expectMarked(driver: BrowserDriver, page: PageHandle) {
  await expect.poll(() => page.highlightCount(), { timeout: 15_000 }).toBeGreaterThan(0);
  const tabId = await driver.tabIdFor(page);
  await expect.poll(() => driver.badgeText(tabId), { timeout: 10_000 }).toMatch(/^[1-9]\d*\+?$/);
}

forEachBrowser('smoke', (b) => {
  it('loads the extension', async () => {
    expect(b.driver.extensionOrigin).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+$/);
    const name = await b.driver.extensionEval(() => browser.runtime.getManifest().name);
    expect(name).toBe('Second Source');
  });

  it('marks the paraphrase page and counts it on the badge', async () => {
    const page = await b.driver.newPage(b.driver.server.url('/paraphrase.html'));
    await expectMarked(b.driver, page);
    // The engine chunk is imported on first need: from the extension, never preloaded by the page.
    const preloads = await page.evaluate(() => document.querySelectorAll('link[rel$="preload"]').length, null);
    expect(preloads).toBe(0);
  });

  it('marks a page served with a strict Content-Security-Policy', async () => {
    const page = await b.driver.newPage(b.driver.server.url('/paraphrase.html?csp=strict&theme=dark'));
    await expectMarked(b.driver, page);
  });

  it('leaves an ordinary page alone (no marks, empty badge)', async () => {
    const page = await b.driver.newPage(b.driver.server.url('/no-mentions.html'));
    const tabId = await b.driver.tabIdFor(page);
    await expect.poll(() => storedSummary(b.driver, tabId), { timeout: 15_000 }).toBeTruthy();
    expect((await storedSummary(b.driver, tabId))?.mentions).toEqual([]);
    expect(await page.highlightCount()).toBe(0);
    expect(await b.driver.badgeText(tabId)).toBe('');
  });

  itWithSeeds('marks a seed article laid out as a news page', async () => {
    const page = await b.driver.newPage(b.driver.server.url('/seed/002'));
    await expectMarked(b.driver, page);
  });

  it('made no request off the machine and logged no errors', async () => {
    expect(b.driver.requests().length).toBeGreaterThan(0);
    expect(b.driver.externalRequests()).toEqual([]);
    expect(await b.driver.consoleErrors()).toEqual([]);
  });
});
