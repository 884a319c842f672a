/**
 * The extension reloaded or updated while a marked page (with an open card) stays open, in both
 * browsers. The old content script must clean up quietly: no "Extension context invalidated" or
 * any other error, no second host, no dead card left behind once the reader interacts.
 *
 * Chromium: runtime.reload() from the service worker. Chromium does not inject content scripts
 * into open tabs after a reload, so the old script is alone: it notices its dead context on the
 * next event (mutation, hover, keys) and removes its highlights, host and listeners. Under
 * Playwright the reloaded unpacked extension does not come back (no service worker, no content
 * script on new pages), so "works again after a reload of the page" cannot be checked here.
 * Firefox: runtime.reload() from an extension page, and an update (BiDi webExtension.install of
 * the same add-on again). Firefox injects the new content script into open tabs; the page must end
 * up with exactly one set of marks and one working card.
 * This file goes last in a browser's life: the reload takes the harness's extension context away.
 */
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { cardState, highlightTexts, readProbe } from '../fixtures/hostile/probes.ts';
import { record } from '../fixtures/hostile/report.ts';
import { ARTICLE_MARKS, registerHostileRoutes } from '../fixtures/hostile/routes.ts';
import type { FirefoxDriver } from './harness/index.ts';
import { forEachBrowser, type PageHandle } from './harness/index.ts';
import { DIST_FIREFOX } from './harness/paths.ts';

declare const browser: import('webextension-polyfill').Browser;

const hostCount = (p: PageHandle) => p.evaluate(() => document.querySelectorAll('#second-source-host').length);

/** A marked page with its card open: the state a reload finds. */
async function markedPageWithCard(p: PageHandle) {
  await p.waitFor(() => (document.readyState === 'complete' ? true : null));
  await expect.poll(() => p.evaluate(highlightTexts), { timeout: 15_000 }).toEqual(ARTICLE_MARKS);
  await p.hoverText('$190 billion');
  await expect.poll(async () => (await p.evaluate(cardState)).title).toBe('China–Russia trade in 2022');
}

/** What a reader does next: moves the pointer, the page changes, a key is pressed. */
async function interact(p: PageHandle) {
  await p.hover({ x: 3, y: 3 });
  await p.hoverText('40 times');
  await p.evaluate(() => {
    const el = document.createElement('p');
    el.textContent = 'Late update: the talks ran past midnight.';
    document.querySelector('article')?.appendChild(el);
  });
  await p.keyboard.press('Alt+Shift+N');
  await new Promise((r) => setTimeout(r, 1_000)); // mutation debounce (200 ms) and then some
}

/**
 * After the reload or update, and the reader's next moves: one copy at work — the same marks, a
 * working card, one host — and no error anywhere. Records what it found under `label`.
 */
async function expectOneWorkingCopy(
  p: PageHandle,
  browserName: string,
  label: string,
  consoleErrors: () => Promise<unknown[]>,
) {
  await interact(p);
  await expect.poll(() => p.evaluate(highlightTexts), { timeout: 10_000 }).toEqual(ARTICLE_MARKS);
  await p.hoverText('$200 billion');
  await expect.poll(async () => (await p.evaluate(cardState)).title).toBe('The $200 billion trade goal for 2024');
  const after = { hosts: await hostCount(p), marks: await p.evaluate(highlightTexts) };
  record(browserName, label, after);
  expect(after.hosts).toBe(1);
  expect((await p.evaluate(readProbe)).errors).toEqual([]);
  expect(await consoleErrors()).toEqual([]);
}

forEachBrowser('reliability: extension reloaded or updated while pages are open', (b) => {
  beforeAll(() => registerHostileRoutes(b.driver.server));

  if (b.name === 'chromium') {
    it(`${b.name}: runtime.reload(): the old content script removes its marks and card quietly`, async () => {
      b.driver.clearLogs();
      const p = await b.driver.newPage(b.driver.server.url('/hostile/article.html'));
      await markedPageWithCard(p);
      await b.driver.extensionEval(() => {
        setTimeout(() => browser.runtime.reload(), 50);
        return true;
      });
      await new Promise((r) => setTimeout(r, 1_500));
      const untouched = { marks: (await p.evaluate(highlightTexts)).length, hosts: await hostCount(p) };
      await interact(p);
      const after = {
        marks: await p.evaluate(highlightTexts),
        hosts: await hostCount(p),
        card: (await p.evaluate(cardState)).title,
      };
      record(b.name, 'reload', {
        marksBeforeInteraction: untouched.marks,
        hostsBeforeInteraction: untouched.hosts,
        ...after,
      });
      expect(after).toEqual({ marks: [], hosts: 0, card: null });
      expect((await p.evaluate(readProbe)).errors).toEqual([]);
      const errors = await b.driver.consoleErrors();
      expect(errors.filter((e) => /context invalidated/i.test(e.text))).toEqual([]);
      expect(errors).toEqual([]);
    });
    return;
  }

  it(`${b.name}: runtime.reload(): one set of marks and one working card afterwards, no error`, async () => {
    b.driver.clearLogs();
    const p = await b.driver.newPage(b.driver.server.url('/hostile/article.html'));
    await markedPageWithCard(p);
    // The extension page that runs this is closed by the reload itself.
    await b.driver
      .extensionEval(() => {
        setTimeout(() => browser.runtime.reload(), 50);
        return true;
      })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2_000));
    await expectOneWorkingCopy(p, b.name, 'reload', () => b.driver.consoleErrors());
    await p.close();
  });

  it(`${b.name}: update (the add-on installed again over itself): one set of marks and one working card, no error`, async () => {
    b.driver.clearLogs();
    const p = await b.driver.newPage(b.driver.server.url('/hostile/article.html'));
    await markedPageWithCard(p);
    await (b.driver as FirefoxDriver).browser.installExtension(resolve(DIST_FIREFOX));
    await new Promise((r) => setTimeout(r, 2_000));
    await expectOneWorkingCopy(p, b.name, 'update', () => b.driver.consoleErrors());
    await p.close();
  });
});
