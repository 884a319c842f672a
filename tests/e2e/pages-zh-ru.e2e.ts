/**
 * Chinese- and Russian-language pages in each browser: /zh-news.html and /ru-news.html (our own
 * words) get marks on exactly the facts they state, not on the 2021 figures or the trade with India
 * beside them; hovering a figure, or reaching the visit with Alt+Shift+N, opens the card for that
 * fact with the page's value as written and what the other outlets reported.
 */
import { afterEach, expect, it } from 'vitest';
import { type BrowserDriver, forEachBrowser, MarkedPages, markedTexts, type PageHandle } from './harness/index.ts';

/** The card as a reader (and a screen reader) meets it. */
function cardState(page: PageHandle) {
  return page.evaluate(() => {
    const root = document.getElementById('second-source-host')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('[role="dialog"]');
    const written = card?.querySelector('.page-written');
    const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      open: !!card,
      label: card?.getAttribute('aria-label') ?? null,
      written: written?.textContent ?? null,
      writtenLang: written?.getAttribute('lang') ?? null,
      pageValue: card?.querySelector('.page-value')?.textContent ?? null,
      lead: card?.querySelector('.summary .lead')?.textContent ?? null,
      groups: [...(card?.querySelectorAll('.summary .group-value') ?? [])].map(text),
      reports: [...(card?.querySelectorAll('tbody.report') ?? [])].map((r) => ({
        outlet: text(r.querySelector('.outlet-name')),
        value: text(r.querySelector('.value')),
      })),
      said: [...(card?.querySelectorAll('.said-item') ?? [])].map((li) => ({
        outlet: text(li.querySelector('.outlet-name')),
        words: text(li.querySelector('.said-words')),
      })),
      focusInside: document.activeElement?.id === 'second-source-host' && !!root?.activeElement,
      /** The announcement of a mention reached from the keyboard. */
      live: root?.querySelector('[aria-live]')?.textContent ?? '',
    };
  });
}

type Card = Awaited<ReturnType<typeof cardState>>;

const pages = new MarkedPages();
const openMarked = (driver: BrowserDriver, path: string, exactly: number) => pages.open(driver, path, { exactly });

async function openCard(page: PageHandle, how: () => Promise<void>, label: string): Promise<Card> {
  await how();
  await expect.poll(async () => (await cardState(page)).label, { timeout: 5000 }).toBe(`Second Source: ${label}`);
  return cardState(page);
}

/** Other outlets' values: several outlets, each row with a figure. */
function expectOtherOutlets(card: Card) {
  expect(card.reports.length).toBe(5); // the first five, the rest behind "Show all"
  expect(new Set(card.reports.map((r) => r.outlet)).size).toBeGreaterThanOrEqual(3);
  for (const r of card.reports) {
    expect(r.outlet.length).toBeGreaterThan(0);
    expect(r.value).toMatch(/\d/);
  }
}

/** The event's card: what each outlet said, in its own words. */
function expectOutletWords(card: Card) {
  expect(card.said.length).toBe(5);
  for (const s of card.said) {
    expect(s.outlet.length).toBeGreaterThan(0);
    expect(s.words.length).toBeGreaterThan(10);
  }
}

forEachBrowser('Chinese and Russian pages', (b) => {
  afterEach(async () => {
    await pages.closeAll();
  });

  it('marks the Chinese page’s facts, not its 2021 figure', async () => {
    const page = await openMarked(b.driver, '/zh-news.html', 4);
    expect(await markedTexts(page)).toEqual([
      '3月20日至22日对俄罗斯进行',
      '连任国家主席后的首次出访',
      '1902.71亿美元',
      '29.3%',
    ]);
    expect(await page.markCount()).toBe(0); // highlights, no wrappers in the page's text
  });

  it('opens the Chinese page’s trade card on hover, with the value as written and other outlets’ values', async () => {
    const page = await openMarked(b.driver, '/zh-news.html', 4);
    const card = await openCard(page, () => page.hoverText('1902.71亿美元'), 'China–Russia trade in 2022');
    expect(card.written).toBe('1902.71亿美元');
    expect(card.writtenLang).toMatch(/^zh\b/);
    expect(card.pageValue).toBe('≈ ¥1.31 trn · $190.27 bn');
    expect(card.lead).toBe('Most of 18 outlets agree: $190.27\u00a0bn');
    expect(card.groups).toEqual(['$190.27 bn', '$185 bn', '≤ $200 bn']);
    expectOtherOutlets(card);
    expect(card.focusInside).toBe(false); // hover never steals focus
  });

  it('opens the Chinese page’s growth card on hover, and the visit’s card from the keyboard', async () => {
    const page = await openMarked(b.driver, '/zh-news.html', 4);
    let card = await openCard(page, () => page.hoverText('29.3%'), 'Growth of China–Russia trade in 2022');
    expect(card.written).toBe('29.3%');
    expectOtherOutlets(card);
    await page.hover({ x: 5, y: 5 });
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(false);

    card = await openCard(
      page,
      () => page.keyboard.press('Alt+Shift+N'),
      'Xi’s state visit to Russia, March 20–22, 2023',
    );
    expect(card.focusInside).toBe(true);
    await expect.poll(async () => (await cardState(page)).live, { timeout: 5000 }).toMatch(/^Mention 1 of 4: /);
    expectOutletWords(card);
    card = await openCard(
      page,
      () => page.keyboard.press('Alt+Shift+N'),
      'Xi’s first foreign trip since his re-election',
    );
    expectOutletWords(card);
  });

  it('marks the Russian page’s facts, not its 2021 figure nor the trade with India', async () => {
    const page = await openMarked(b.driver, '/ru-news.html', 3);
    expect(await markedTexts(page)).toEqual(['визитом с 20 по 22 марта', '190,27 млрд долларов', '29,3%']);
    expect(await page.markCount()).toBe(0);
  });

  it('opens the Russian page’s trade card on hover, with the value as written and other outlets’ values', async () => {
    const page = await openMarked(b.driver, '/ru-news.html', 3);
    const card = await openCard(page, () => page.hoverText('190,27 млрд долларов'), 'China–Russia trade in 2022');
    expect(card.written).toBe('190,27 млрд долларов');
    expect(card.writtenLang).toBe('ru');
    expect(card.pageValue).toBe('≈ ¥1.31 trn · $190.27 bn');
    expect(card.lead).toBe('Most of 18 outlets agree: $190.27\u00a0bn');
    expectOtherOutlets(card);
  });

  it('opens the Russian page’s visit card from the keyboard, and its growth card on hover', async () => {
    const page = await openMarked(b.driver, '/ru-news.html', 3);
    let card = await openCard(
      page,
      () => page.keyboard.press('Alt+Shift+N'),
      'Xi’s state visit to Russia, March 20–22, 2023',
    );
    expect(card.focusInside).toBe(true);
    await expect.poll(async () => (await cardState(page)).live, { timeout: 5000 }).toMatch(/^Mention 1 of 3: /);
    expectOutletWords(card);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(false);

    card = await openCard(page, () => page.hoverText('29,3%'), 'Growth of China–Russia trade in 2022');
    // The value as written; its lang is guessed from its script alone, so a bare "29,3%" is not tagged ru.
    expect(card.written).toBe('29,3%');
    expectOtherOutlets(card);
  });

  it('logged no errors and made no request off the machine', async () => {
    expect(b.driver.externalRequests()).toEqual([]);
    expect(await b.driver.consoleErrors()).toEqual([]);
  });
});
