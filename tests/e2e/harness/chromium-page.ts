/** Chromium page primitives over Playwright. */
import type { Page } from 'playwright-core';
import { makePageHandle } from './page-handle.ts';
import type { PageHandle } from './types.ts';

export const wrapChromiumPage = (page: Page): PageHandle =>
  makePageHandle({
    browser: 'chromium',
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    // Playwright's Unboxed<Arg> typing does not line up with a generic Arg; the call is the same.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout) =>
      (await page.waitForFunction(fn as never, arg, { timeout })).jsonValue() as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    wheel: (dy) => page.mouse.wheel(0, dy),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path, fullPage) => void (await page.screenshot({ path, fullPage })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  });
