/**
 * The toolbar popup against a real page in each browser: its summary of a page with mentions and of
 * one without, a fact that scrolls the page to its mention and opens the card, and the per-site
 * switch, which must survive a reload. The popup is opened in a tab with ?tabId= (as the harness does).
 */
import { expect, it } from 'vitest';
import bundled from '../../assets/claims/xi-moscow-2023.json';
import { type BrowserDriver, forEachBrowser, type PageHandle } from './harness/index.ts';

declare const browser: import('webextension-polyfill').Browser;

const factTitle = (id: string) => bundled.facts.find((f) => f.id === id)?.title ?? `(no fact ${id})`;
const factKind = (id: string) => bundled.facts.find((f) => f.id === id)?.kind;

/** A long page whose only mention is far below the fold (our own words, stating trade-2022-total). */
const LONG_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long read</title>
<link rel="stylesheet" href="/news.css"></head><body><main class="layout"><article class="story">
<h1>A long read about ports and weather</h1>
${Array.from({ length: 80 }, (_, i) => `<p>Paragraph ${i + 1}: harbour cranes, shipping schedules and the weather along the coast, with nothing to compare.</p>`).join('\n')}
<p id="target">Trade between China and Russia reached a record $190 billion in 2022, customs figures show.</p>
<p>The end.</p>
</article></main></body></html>`;

interface StoredSummary {
  enabled: boolean;
  mentions: unknown[];
  facts: { id: string; kind: string }[];
  scanning?: boolean;
}

async function storedSummary(driver: BrowserDriver, tabId: number): Promise<StoredSummary | undefined> {
  return (await driver.extensionEval(
    async (id) => (await browser.storage.session.get(`summary:${id}`))[`summary:${id}`],
    tabId,
  )) as StoredSummary | undefined;
}

/** Opens `path`, waits until its content script has published a finished summary, returns its tab. */
async function openScanned(driver: BrowserDriver, path: string) {
  const page = await driver.newPage(driver.server.url(path));
  const tabId = await driver.tabIdFor(page);
  await expect
    .poll(
      async () => {
        const s = await storedSummary(driver, tabId);
        return s && !s.scanning;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return { page, tabId, summary: (await storedSummary(driver, tabId)) as StoredSummary };
}

async function popupRows(popup: PageHandle) {
  return popup.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('button.fact')].map((b) => ({
      fact: b.dataset.fact ?? '',
      group: b.closest('section')?.querySelector('h2')?.textContent ?? '',
      title: b.querySelector('.fact-title')?.textContent ?? '',
      verdict: b.querySelector('.verdict')?.textContent ?? '',
      count: b.querySelector('.fact-count')?.textContent ?? '',
    })),
  );
}

const settingsSites = (driver: BrowserDriver) =>
  driver.extensionEval(async () => {
    const s = (await browser.storage.local.get('settings')).settings as { disabledSites?: string[] } | undefined;
    return s?.disabledSites ?? [];
  });

forEachBrowser('popup summary', (b) => {
  it('lists the facts of a page with mentions, figures first, with counts and agreement', async () => {
    const { tabId, summary } = await openScanned(b.driver, '/paraphrase.html');
    expect(summary.facts.length).toBeGreaterThan(3);

    const popup = await b.driver.openPopup(tabId);
    await popup.waitFor(() => document.querySelectorAll('button.fact').length > 0);
    const rows = await popupRows(popup);

    // One row per fact of the summary; every figure before every event.
    expect(rows.map((r) => r.fact).sort()).toEqual(summary.facts.map((f) => f.id).sort());
    const kinds = rows.map((r) => factKind(r.fact));
    expect(kinds.lastIndexOf('figure')).toBeLessThan(kinds.indexOf('event') === -1 ? Infinity : kinds.indexOf('event'));
    expect(rows.find((r) => r.fact === 'trade-2022-total')).toMatchObject({
      title: factTitle('trade-2022-total'),
      group: expect.stringContaining('Figures'),
      count: expect.stringMatching(/^\d+ mentions?$/),
      verdict: expect.stringMatching(/agree|differ|outlet/),
    });
    const events = rows.filter((r) => factKind(r.fact) === 'event');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.group).toContain('Events');

    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Second Source');
    expect(text).toMatch(/\d+ facts · \d+ mentions on this page/);
    // The Example Ledger is not one of the dataset's outlets.
    expect(await popup.evaluate(() => document.querySelector('.outlet'))).toBeNull();
    expect(await popup.evaluate(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked'))).toBe(
      'true',
    );
    await popup.close();
  });

  it('says what it looks for on a page without mentions', async () => {
    const { tabId, summary } = await openScanned(b.driver, '/no-mentions.html');
    expect(summary.mentions).toEqual([]);
    const popup = await b.driver.openPopup(tabId);
    const text = await popup.waitFor(() => {
      const t = document.querySelector('main')?.textContent ?? '';
      return t.includes('No China–Russia') ? t : '';
    });
    expect(text).toContain('No China–Russia trade figures or events on this page.');
    expect(text).toContain('2022 bilateral trade, Power of Siberia gas, Xi–Putin meetings');
    expect(await popup.evaluate(() => document.querySelectorAll('button.fact').length)).toBe(0);
    await popup.close();
  });

  it('clicking a fact scrolls the page to its mention and opens the card', async () => {
    b.driver.server.route('/long-read.html', { body: LONG_PAGE });
    const { page, tabId } = await openScanned(b.driver, '/long-read.html');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.shadowText('[role="dialog"]')).toBeNull();

    const popup = await b.driver.openPopup(tabId);
    await popup.waitFor(() => document.querySelector('button.fact[data-fact="trade-2022-total"]'));
    await popup.click('button.fact[data-fact="trade-2022-total"]');

    await page.bringToFront();
    await page.waitFor(() => {
      const r = document.getElementById('target')?.getBoundingClientRect();
      return !!r && window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await expect
      .poll(() => page.shadowText('[role="dialog"]'), { timeout: 10_000 })
      .toContain(factTitle('trade-2022-total'));
    await popup.close();
    await page.keyboard.press('Escape');
  });

  it('turning a site off from the popup removes the marks and survives a reload', async () => {
    const { page, tabId } = await openScanned(b.driver, '/paraphrase.html');
    await expect.poll(() => page.highlightCount(), { timeout: 15_000 }).toBeGreaterThan(0);

    const popup = await b.driver.openPopup(tabId);
    await popup.waitFor(() => document.querySelector('[role="switch"][aria-checked="true"]'));
    expect(await popup.evaluate(() => document.querySelector('[role="switch"]')?.getAttribute('aria-label'))).toBe(
      'Second Source on 127.0.0.1',
    );
    await popup.click('[role="switch"]');
    await popup.waitFor(() => document.querySelector('[role="switch"][aria-checked="false"]'));
    await popup.waitFor(() => document.body.textContent?.includes('Second Source is off on this site'));
    await expect.poll(() => settingsSites(b.driver)).toEqual(['127.0.0.1']);
    await expect.poll(() => page.highlightCount(), { timeout: 10_000 }).toBe(0);
    await popup.close();

    await page.reload();
    await expect.poll(async () => (await storedSummary(b.driver, tabId))?.enabled, { timeout: 15_000 }).toBe(false);
    expect(await page.highlightCount()).toBe(0);
    expect(await b.driver.badgeText(tabId)).toBe('');

    // A fresh popup still shows the site as off; turning it back on marks the page again.
    const again = await b.driver.openPopup(tabId);
    await again.waitFor(() => document.querySelector('[role="switch"][aria-checked="false"]'));
    expect(await again.evaluate(() => document.body.textContent?.includes('Second Source is off on this site'))).toBe(
      true,
    );
    await again.click('[role="switch"]');
    await again.waitFor(() => document.querySelector('[role="switch"][aria-checked="true"]'));
    await expect.poll(() => settingsSites(b.driver)).toEqual([]);
    await expect.poll(() => page.highlightCount(), { timeout: 15_000 }).toBeGreaterThan(0);
    await again.waitFor(() => document.querySelectorAll('button.fact').length > 0);
    await again.close();
  });

  it('logged no errors and made no request off the machine', async () => {
    expect(b.driver.externalRequests()).toEqual([]);
    expect(await b.driver.consoleErrors()).toEqual([]);
  });
});
