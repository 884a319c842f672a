/**
 * Hostile layouts, in both browsers: CSS that targets everything (`* { all: unset !important }`,
 * `span { display: block }`, maximal z-indexes, a transformed body), the page zoomed to 50% and
 * 200% (by the browser, tabs.setZoom, and by the page's own CSS zoom) and a right-to-left page.
 * Each time: the same three marks as on a plain page, a card that opens on hover with the right
 * fact, sits inside the viewport and is not covered by the page, and no console error anywhere.
 */
import { afterEach, beforeAll, expect, it } from 'vitest';
import { cardState, highlightTexts, readProbe } from '../fixtures/hostile/probes.ts';
import { ARTICLE_MARKS, registerHostileRoutes } from '../fixtures/hostile/routes.ts';
import { forEachBrowser, type PageHandle } from './harness/index.ts';

declare const browser: import('webextension-polyfill').Browser;

const CARD_TITLES: Record<string, string> = {
  '$190 billion': 'China–Russia trade in 2022',
  '40 times': 'How often Xi and Putin have met',
  '$200 billion': 'The $200 billion trade goal for 2024',
};

forEachBrowser('reliability: hostile CSS, zoom and right-to-left pages', (b) => {
  let page: PageHandle | undefined;
  beforeAll(() => registerHostileRoutes(b.driver.server));
  afterEach(async () => {
    await page?.close().catch(() => undefined);
    page = undefined;
  });

  async function open(path: string): Promise<PageHandle> {
    b.driver.clearLogs();
    page = await b.driver.newPage(b.driver.server.url(path));
    return page;
  }

  /** The three article marks, then a card for each of `cards` (hover), then a clean console. */
  async function expectMarksAndCards(p: PageHandle, label: string, cards = ['$190 billion']) {
    await p.waitFor(() => (document.readyState === 'complete' ? true : null));
    await expect.poll(() => p.evaluate(highlightTexts), { timeout: 15_000 }).toEqual(ARTICLE_MARKS);
    for (const text of cards) {
      const title = CARD_TITLES[text];
      await p.hoverText(text);
      await expect.poll(async () => (await p.evaluate(cardState)).title, { timeout: 5_000 }).toBe(title);
      const card = await p.evaluate(cardState);
      expect(card.rect, `${label}: card box for ${text}`).not.toBeNull();
      const r = card.rect as NonNullable<typeof card.rect>;
      expect(r.width, `${label}: card width`).toBeGreaterThan(150);
      expect(r.height, `${label}: card height`).toBeGreaterThan(60);
      expect(r.left, `${label}: card inside viewport (left)`).toBeGreaterThanOrEqual(-1);
      expect(r.right, `${label}: card inside viewport (right)`).toBeLessThanOrEqual(card.viewport.width + 1);
      expect(card.onTop, `${label}: nothing of the page covers the card for ${text}`).toBe(true);
      await p.keyboard.press('Escape');
      await p.hover({ x: 2, y: 2 });
      await expect.poll(async () => (await p.evaluate(cardState)).title, { timeout: 5_000 }).toBeNull();
    }
    const probe = await p.evaluate(readProbe);
    expect(probe.errors, `${label}: page errors`).toEqual([]);
    expect(await b.driver.consoleErrors(), `${label}: console errors`).toEqual([]);
  }

  it.each([
    ['all-unset', '* { all: unset !important }'],
    ['span-block', 'span { display: block }'],
    ['z-index', 'z-index 2147483647 on everything, fixed bars'],
    ['transform', 'transformed body'],
  ])(`${b.name}: %s (%s): marks and cards still right, no error`, async (name) => {
    const p = await open(`/hostile/css/${name}.html`);
    await expectMarksAndCards(p, name, name === 'z-index' ? Object.keys(CARD_TITLES) : undefined);
  });

  it.each([
    ['zoom-half', '50%'],
    ['zoom-double', '200%'],
  ])(`${b.name}: page's own CSS zoom (%s, %s): marks and cards still right`, async (name) => {
    const p = await open(`/hostile/css/${name}.html`);
    await expectMarksAndCards(p, name);
  });

  it.each([0.5, 2])(`${b.name}: browser zoom %s (tabs.setZoom): marks and cards still right`, async (factor) => {
    const p = await open('/hostile/article.html');
    const tabId = await b.driver.tabIdFor(p);
    await b.driver.extensionEval(([id, z]) => browser.tabs.setZoom(id, z), [tabId, factor] as [number, number]);
    await expect.poll(() => p.evaluate(() => Math.round(devicePixelRatio * 100) / 100)).not.toBe(1);
    try {
      await expectMarksAndCards(p, `zoom ${factor}`);
    } finally {
      await b.driver.extensionEval(([id]) => browser.tabs.setZoom(id, 1), [tabId] as [number]);
    }
  });

  it(`${b.name}: right-to-left page (dir=rtl, Arabic with English figures): marks and cards still right`, async () => {
    const p = await open('/hostile/rtl.html');
    await expectMarksAndCards(p, 'rtl', Object.keys(CARD_TITLES));
  });
});
