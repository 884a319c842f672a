/**
 * Fixture pages opened until Second Source has marked them: the summary the content script stored
 * for the tab (kept by the background) says the first scan is done, with the mentions expected,
 * and the page shows as many marks. The pages a spec opened are closed after each test.
 */
import { expect } from 'vitest';
import type { BrowserDriver, PageHandle } from './types.ts';

declare const browser: import('webextension-polyfill').Browser;

type Highlights = { highlights: Map<string, Set<Range>> };

/** The summary the content script last sent for the tab (kept by the background). */
export function storedSummary(driver: BrowserDriver, tabId: number) {
  return driver.extensionEval(
    async (id) => (await browser.storage.session.get(`summary:${id}`))[`summary:${id}`],
    tabId,
  ) as Promise<{ mentions: unknown[]; scanning?: boolean } | undefined>;
}

/** Texts of the ranges marked under the default style, in registration (document) order. */
export function markedTexts(page: PageHandle): Promise<string[]> {
  return page.evaluate(() => {
    const set = (CSS as unknown as Highlights).highlights.get('second-source');
    return set ? [...set].map((r) => r.toString().replace(/\s+/g, ' ')) : [];
  });
}

/** How many mentions the first scan must end with: at least, or exactly, this many. */
export type MentionCount = { atLeast: number } | { exactly: number };

let visit = 0;

export class MarkedPages {
  private readonly opened: PageHandle[] = [];

  /**
   * Opens `path` (with a query of its own, so tab lookups by URL find this very tab) and waits until
   * its first scan is finished with `count` mentions, and as many marks show.
   */
  async open(driver: BrowserDriver, path: string, count: MentionCount): Promise<PageHandle> {
    const page = await driver.newPage(driver.server.url(`${path}${path.includes('?') ? '&' : '?'}visit=${++visit}`));
    this.opened.push(page);
    const tabId = await driver.tabIdFor(page);
    const scanned = expect.poll(
      async () => {
        const s = await storedSummary(driver, tabId);
        return s && !s.scanning ? s.mentions.length : -1;
      },
      { timeout: 20_000 },
    );
    const marks = () => expect.poll(() => page.highlightCount(), { timeout: 5_000 });
    if ('exactly' in count) {
      await scanned.toBe(count.exactly);
      await marks().toBe(count.exactly);
    } else {
      await scanned.toBeGreaterThanOrEqual(count.atLeast);
      await marks().toBeGreaterThanOrEqual(count.atLeast);
    }
    return page;
  }

  /** Closes every page opened since the last call. */
  async closeAll(): Promise<void> {
    for (const page of this.opened.splice(0)) await page.close().catch(() => {});
  }
}
