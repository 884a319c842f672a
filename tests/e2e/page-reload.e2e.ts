/**
 * Reloading or updating the extension must not leave a dead card or stale marks on open pages:
 * Chrome keeps the old content script running until its next event, Firefox stops it and injects
 * the new one. Its own file, since the reload replaces the extension the other specs talk to.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from './harness/index.ts';

declare const browser: import('webextension-polyfill').Browser;

forEachBrowser('page after an extension reload', (b) => {
  it('removes the old card, host and active mark', async () => {
    const page = await b.driver.newPage(b.driver.server.url('/paraphrase.html'));
    await expect.poll(() => page.highlightCount(), { timeout: 15_000 }).toBeGreaterThan(3);
    await page.hoverText('$190 billion');
    await expect.poll(() => page.highlights(), { timeout: 5000 }).toMatchObject({ 'second-source-active': 1 });
    expect(await page.shadowText('[role="dialog"] .title')).toBe('China–Russia trade in 2022');

    await b.driver
      .extensionEval(() => {
        setTimeout(() => browser.runtime.reload(), 50);
        return true;
      })
      .catch(() => {});
    await new Promise((r) => setTimeout(r, 3000));
    // Chrome: the old script notices on its next event.
    await page.hover({ x: 10, y: 10 });
    await page.hover({ x: 30, y: 30 });

    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('#second-source-host').length), { timeout: 5000 })
      .toBe(0);
    expect((await page.highlights())['second-source-active']).toBeUndefined();
  });
});
