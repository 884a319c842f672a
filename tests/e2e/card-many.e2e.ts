/**
 * A card with many reports in each browser: on /card-many.html ("$190.27 billion in 2022", 18 other
 * outlets in the bundled dataset) the card leads with its summary, shows five outlets and a
 * "Show all 18" button that works from the keyboard (Tab to it, Enter and Space) without moving the
 * page or the card's own scroll; each page report links to its page opened at its words. Then a
 * pack as `npm run extract` writes it (format 2, `extends` the bundled pack, one fact, one page
 * report) is imported on the options page, and its report shows in the card beside the bundled ones.
 */
import { afterEach, expect, it } from 'vitest';
import bundled from '../../assets/claims/xi-moscow-2023.json';
import { textFragmentUrl } from '../../src/core/text-fragment.ts';
import { type BrowserDriver, chooseFile, forEachBrowser, MarkedPages, type PageHandle } from './harness/index.ts';

/** The card as a reader (and a screen reader) meets it. */
function cardState(page: PageHandle) {
  return page.evaluate(() => {
    const root = document.getElementById('second-source-host')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('[role="dialog"]');
    const button = card?.querySelector<HTMLButtonElement>('button.show-all');
    const active = root?.activeElement as HTMLElement | null | undefined;
    return {
      open: !!card,
      label: card?.getAttribute('aria-label') ?? null,
      lead: card?.querySelector('.summary .lead')?.textContent ?? null,
      groups: [...(card?.querySelectorAll('.summary .group') ?? [])].map((g) =>
        (g.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
      rows: card?.querySelectorAll('tbody.report').length ?? 0,
      outlets: [...(card?.querySelectorAll('tbody.report .outlet-name') ?? [])].map((e) => e.textContent ?? ''),
      button: button ? { text: button.textContent, expanded: button.getAttribute('aria-expanded') } : null,
      links: [...(card?.querySelectorAll<HTMLAnchorElement>('a.deep-link') ?? [])].map((a) => ({
        outlet: a.closest('tbody')?.querySelector('.outlet-name')?.textContent ?? '',
        href: a.getAttribute('href') ?? '',
        target: a.target,
        rel: a.rel,
      })),
      focusOnButton: !!button && active === button,
      activeClass: active?.className ?? null,
      pageScroll: window.scrollY,
      cardScroll: card?.scrollTop ?? -1,
      visible: !!button && button.getBoundingClientRect().height > 0,
    };
  });
}

type Card = Awaited<ReturnType<typeof cardState>>;

const pages = new MarkedPages();
const openMarked = (driver: BrowserDriver, path: string) => pages.open(driver, path, { atLeast: 1 });

const FACT = 'trade-2022-total';
const bundledFact = bundled.facts.find((f) => f.id === FACT);
if (!bundledFact) throw new Error(`the bundled pack has no ${FACT}`);
const pageReports = bundledFact.reports.filter(
  (r): r is typeof r & { url: string; words: string } => 'url' in r && 'words' in r && !!r.url && !!r.words,
);
const outletName = (id: string) => bundled.outlets.find((o) => o.id === id)?.name ?? id;

/** A pack as `npm run extract` writes it: the bundled pack's vocabulary and rates, one fact with one page report. */
const EXTRACTED = {
  schema: 2,
  id: 'extract-courier-example-2023-03-22-trade',
  name: 'Extracted from courier.example',
  version: '2023-03-22',
  extends: bundled.id,
  vocabulary: bundled.vocabulary,
  rates: (bundled as { rates?: unknown }).rates,
  outlets: [{ id: 'courier-example', name: 'The Courier Example', confidence: 'known', site: 'courier.example' }],
  facts: [
    {
      // A copy of the bundled fact as extract makes it: no related facts, no note, only the new report.
      id: bundledFact.id,
      kind: bundledFact.kind,
      title: bundledFact.title,
      subject: bundledFact.subject,
      period: bundledFact.period,
      measure: bundledFact.measure,
      match: bundledFact.match,
      reports: [
        {
          outlet: 'courier-example',
          url: 'https://courier.example/2023/03/22/china-russia-trade',
          date: '2023-03-22',
          dateNote: 'the date in the address',
          words: 'a record 190.27 billion US dollars in 2022',
          value: { kind: 'money', amount: 190.27e9, currency: 'USD' },
        },
      ],
    },
  ],
};

forEachBrowser('card with many reports', (b) => {
  afterEach(async () => {
    await pages.closeAll();
  });

  it('opens with its summary: most outlets’ value, each value with its count', async () => {
    const page = await openMarked(b.driver, '/card-many.html');
    await page.hoverText('$190.27 billion');
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
    const card = await cardState(page);
    expect(card.label).toBe('Second Source: China–Russia trade in 2022');
    expect(card.lead).toBe('Most of 18 outlets agree: $190.27\u00a0bn');
    expect(card.groups.map((g) => g.split(' (')[0])).toEqual([
      '15 outlets: $190.27 bn ✓agree with this page',
      '2 outlets: $185 bn ≠differ from this page',
      '1 outlet: ≤ $200 bn ✓agree with this page',
    ]);
    expect(card.rows).toBe(5);
    expect(card.button).toEqual({ text: 'Show all 18', expanded: 'false' });

    // The popup's facts list follows the same summary.
    const popup = await b.driver.openPopup(await b.driver.tabIdFor(page));
    const lead = await popup.waitFor(
      () => document.querySelector('button.fact[data-fact="trade-2022-total"] .fact-lead')?.textContent ?? '',
    );
    expect(lead).toBe(', Most of 18 outlets agree: $190.27\u00a0bn');
    await popup.close();
  });

  it('shows all from the keyboard: Tab to the button, Enter and Space; the page and the card stay put', async () => {
    const page = await openMarked(b.driver, '/card-many.html');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
    let card: Card = await cardState(page);
    for (let i = 0; i < 30 && !card.focusOnButton; i++) {
      await page.keyboard.press('Tab');
      card = await cardState(page);
    }
    expect(card.focusOnButton).toBe(true);
    expect(card.visible).toBe(true);
    const before = card;

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cardState(page)).rows, { timeout: 5000 }).toBe(18);
    card = await cardState(page);
    expect(card.button).toEqual({ text: 'Show the first 5 only', expanded: 'true' });
    expect(card.focusOnButton).toBe(true);
    expect(card.pageScroll).toBe(before.pageScroll);
    expect(card.cardScroll).toBe(before.cardScroll);
    expect(new Set(card.outlets).size).toBeGreaterThanOrEqual(15);

    await page.keyboard.press(' ');
    await expect.poll(async () => (await cardState(page)).rows, { timeout: 5000 }).toBe(5);
    card = await cardState(page);
    expect(card.button?.expanded).toBe('false');
    expect(card.focusOnButton).toBe(true);
    expect(card.pageScroll).toBe(before.pageScroll);

    await page.keyboard.press(' ');
    await expect.poll(async () => (await cardState(page)).rows, { timeout: 5000 }).toBe(18);
    expect((await cardState(page)).button?.expanded).toBe('true');
  });

  it('links each page report to its page, opened at its words', async () => {
    const page = await openMarked(b.driver, '/card-many.html');
    await page.hoverText('$190.27 billion');
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
    await page.click('button.show-all');
    await expect.poll(async () => (await cardState(page)).rows, { timeout: 5000 }).toBe(18);
    const card = await cardState(page);
    expect(card.links).toHaveLength(pageReports.length);
    for (const r of pageReports) {
      const href = textFragmentUrl(r.url, r.words);
      expect(href).toMatch(/^https:\/\/[^#]+#:~:text=\S+$/);
      const link = card.links.find((l) => l.href === href);
      expect(link, `${r.outlet}: ${href}`).toBeDefined();
      expect(link?.outlet).toBe(outletName(r.outlet));
      expect(link?.target).toBe('_blank');
      expect(link?.rel).toBe('noopener noreferrer');
    }
    // The link is the reader's click: showing it fetched nothing.
    expect(b.driver.externalRequests()).toEqual([]);
  });

  it('keeps a Chinese or Russian page’s value as written beside its normalized form; an undated “last year” says so', async () => {
    const page = (lang: string, body: string) =>
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title>` +
      `<link rel="stylesheet" href="/news.css"></head><body><main class="layout"><article class="story">${body}</article></main></body></html>`;
    b.driver.server.route('/zh-trade.html', {
      body: page(
        'zh',
        '<h1>中俄贸易创新高</h1><p class="byline"><time datetime="2023-03-21">2023年3月21日</time></p><p>海关数据显示，2022年中俄贸易额达1902.71亿美元，创历史新高。</p>',
      ),
    });
    b.driver.server.route('/ru-trade.html', {
      body: page(
        'ru',
        '<h1>Торговля растёт</h1><p>Товарооборот России и Китая в прошлом году составил 190,27 млрд долларов.</p>',
      ),
    });
    const pageSide = (p: PageHandle) =>
      p.evaluate(() => {
        const card = document.getElementById('second-source-host')?.shadowRoot?.querySelector('[role="dialog"]');
        const written = card?.querySelector('.page-written');
        return {
          written: written?.textContent ?? null,
          lang: written?.getAttribute('lang') ?? null,
          value: card?.querySelector('.page-value')?.textContent ?? null,
          undated: card?.querySelector('.page-undated')?.textContent ?? null,
        };
      });

    const zh = await openMarked(b.driver, '/zh-trade.html');
    await zh.hoverText('1902.71亿美元');
    await expect.poll(async () => (await cardState(zh)).open, { timeout: 5000 }).toBe(true);
    expect(await pageSide(zh)).toEqual({
      written: '1902.71亿美元',
      lang: 'zh',
      value: '≈ ¥1.31 trn · $190.27 bn',
      undated: null,
    });

    const ru = await openMarked(b.driver, '/ru-trade.html');
    await ru.hoverText('190,27 млрд долларов');
    await expect.poll(async () => (await cardState(ru)).open, { timeout: 5000 }).toBe(true);
    const side = await pageSide(ru);
    expect(side.written).toBe('190,27 млрд долларов');
    expect(side.lang).toBe('ru');
    expect(side.value).toBe('≈ ¥1.31 trn · $190.27 bn');
    expect(side.undated).toMatch(/^“(в )?прошлом году” could not be dated: this page gives no date\.$/);
  });

  it('shows an extracted pack’s report, imported on the options page, beside the bundled ones', async () => {
    const options = await b.driver.openOptions();
    await options.waitFor(() =>
      /\d+ facts/.test(document.querySelector('[data-pack="xi-moscow-2023"]')?.textContent ?? ''),
    );
    await chooseFile(options, 'courier.json', JSON.stringify(EXTRACTED, null, 2));
    const status = () =>
      options.evaluate(() => (document.querySelector('.import-status')?.textContent ?? '').replace(/\s+/g, ' '));
    const errors = () => options.evaluate(() => document.querySelector('.import-errors')?.textContent ?? '');
    await expect.poll(async () => (await status()) || (await errors()), { timeout: 30_000 }).toMatch(/^Imported/);
    const done = await status();
    expect(done).toBe('Imported Extracted from courier.example: 1 fact');
    await options.close();

    const page = await openMarked(b.driver, '/card-many.html');
    await page.hoverText('$190.27 billion');
    await expect.poll(async () => (await cardState(page)).open, { timeout: 5000 }).toBe(true);
    await expect
      .poll(async () => (await cardState(page)).lead, { timeout: 5000 })
      .toBe('Most of 19 outlets agree: $190.27\u00a0bn');
    await page.click('button.show-all');
    await expect.poll(async () => (await cardState(page)).rows, { timeout: 5000 }).toBe(19);
    const card = await cardState(page);
    expect(card.button?.text).toBe('Show the first 5 only');
    expect(card.outlets).toContain('The Courier Example');
    expect(card.outlets).toContain('South China Morning Post'); // the bundled ones stay
    const courier = card.links.find((l) => l.outlet === 'The Courier Example');
    expect(courier?.href).toBe(textFragmentUrl(EXTRACTED.facts[0].reports[0].url, EXTRACTED.facts[0].reports[0].words));
  });

  it('logged no errors and made no request off the machine', async () => {
    expect(b.driver.externalRequests()).toEqual([]);
    expect(await b.driver.consoleErrors()).toEqual([]);
  });
});
