/** Firefox page primitives over Puppeteer (BiDi), and the moz-extension navigation workaround. */
import type { Page } from 'puppeteer-core';
import { makePageHandle, NAME_SHIM } from './page-handle.ts';
import type { PageHandle } from './types.ts';

/**
 * Puppeteer's goto never resolves for moz-extension:// (the page does load): start it, then poll
 * by hand (waitForFunction fails outright when it lands mid-navigation).
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const state = await page.evaluate('[location.href, document.readyState]').catch(() => null);
    if (JSON.stringify(state) === JSON.stringify([url, 'complete'])) break;
    if (Date.now() > deadline) throw new Error(`firefox: ${url} did not load (last seen ${JSON.stringify(state)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.evaluate(NAME_SHIM);
}

async function pressCombo(page: Page, combo: string): Promise<void> {
  const keys = combo.split(/\+(?!$)/) as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop() as (typeof keys)[number];
  for (const m of keys) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of keys.reverse()) await page.keyboard.up(m);
}

export const wrapFirefoxPage = (page: Page): PageHandle =>
  makePageHandle({
    browser: 'firefox',
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout) => {
      const handle = await page.waitForFunction(fn as (a: unknown) => unknown, { timeout }, arg);
      return (await handle.jsonValue()) as never;
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    wheel: (dy) => page.mouse.wheel({ deltaY: dy }),
    press: (key) => pressCombo(page, key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path, fullPage) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  });
