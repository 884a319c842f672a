/**
 * Claim packs through the options page in each browser: a valid pack written here (one fictional
 * fact, stated on a page served by this test) is imported and its fact gets marked on that page;
 * a broken pack is refused with messages naming the field, and the settings stay as they were;
 * removing the pack takes its marks away again.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, forEachBrowser, type PageHandle } from './harness/index.ts';

declare const browser: import('webextension-polyfill').Browser;

/** A fictional fact (China–Russia honey trade), in a pack of its own. */
const HONEY_PACK = {
  schema: 2,
  id: 'e2e-honey',
  name: 'E2E honey pack',
  version: '1.0.0',
  vocabulary: {
    entities: [
      { id: 'china', role: 'pair', names: ['China', 'Chinese', 'Beijing'] },
      { id: 'russia', role: 'pair', names: ['Russia', 'Russian*', 'Moscow'] },
    ],
    currencies: [{ code: 'USD', name: 'dollars', words: ['dollars', 'US dollars'], symbols: ['US$', '$'] }],
    terms: { honey: ['honey trade', 'honey exports'] },
  },
  outlets: [{ id: 'e2e-gazette', name: 'E2E Gazette', confidence: 'known' }],
  facts: [
    {
      id: 'e2e-honey-trade-2022',
      kind: 'figure',
      title: 'China–Russia honey trade in 2022 (test fact)',
      subject: 'China–Russia',
      period: '2022',
      measure: 'honey trade',
      match: {
        measure: ['@honey'],
        band: { kind: 'money', min: 50_000_000, max: 200_000_000 },
        period: { year: 2022 },
      },
      reports: [
        {
          outlet: 'e2e-gazette',
          date: '2023-03-01',
          quote: 'honey trade between China and Russia reached $120 million in 2022',
          value: { kind: 'money', amount: 120_000_000, currency: 'USD' },
        },
      ],
    },
  ],
};

/** The same pack as format 1 wrote it: no vocabulary, plain terms. */
const FORMAT_1_PACK = (() => {
  const { vocabulary: _, ...rest } = HONEY_PACK;
  const fact = { ...rest.facts[0], match: { ...rest.facts[0].match, measure: ['honey trade', 'honey exports'] } };
  return { ...rest, schema: 1, id: 'e2e-honey-v1', facts: [{ ...fact, id: 'e2e-honey-v1-fact' }] };
})();

/** The same pack with two mistakes: a misspelled kind, and no reports at all. */
const BROKEN_PACK = {
  ...HONEY_PACK,
  id: 'e2e-broken',
  name: 'E2E broken pack',
  facts: [{ ...HONEY_PACK.facts[0], id: 'e2e-broken-fact', kind: 'figures', reports: [] }],
};

const HONEY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Honey</title>
<link rel="stylesheet" href="/news.css"></head><body><main class="layout"><article class="story">
<h1>Beekeepers look east</h1>
<p class="byline"><time datetime="2023-03-10">10 March 2023</time></p>
<p>Honey trade between China and Russia reached $118 million in 2022, a record for the small industry.</p>
<p>Producers in the Altai say demand from Chinese buyers keeps rising.</p>
</article></main></body></html>`;

async function settingsNow(driver: BrowserDriver): Promise<unknown> {
  return driver.extensionEval(async () => (await browser.storage.local.get('settings')).settings);
}

/** Hands a file to the options page's file input, as choosing it in the file picker would. */
async function chooseFile(options: PageHandle, name: string, content: string) {
  await options.evaluate(
    ([fileName, text]) => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      if (!input) throw new Error('no file input');
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [name, content] as [string, string],
  );
}

const packIds = (options: PageHandle) =>
  options.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-pack]')].map((li) => li.dataset.pack));

forEachBrowser('options: claim packs', (b) => {
  it('importing a valid pack adds its fact to the marks of a page that states it', async () => {
    b.driver.server.route('/honey.html', { body: HONEY_PAGE });
    const page = await b.driver.newPage(b.driver.server.url('/honey.html'));
    const tabId = await b.driver.tabIdFor(page);
    // Before: the bundled pack knows nothing about honey.
    await expect
      .poll(
        () =>
          b.driver.extensionEval(
            async (id) => (await browser.storage.session.get(`summary:${id}`))[`summary:${id}`] as unknown,
            tabId,
          ),
        { timeout: 15_000 },
      )
      .toBeTruthy();
    expect(await page.highlightCount()).toBe(0);

    const options = await b.driver.openOptions();
    await options.waitFor(() =>
      /\d+ facts/.test(document.querySelector('[data-pack="xi-moscow-2023"]')?.textContent ?? ''),
    );
    await chooseFile(options, 'honey.json', JSON.stringify(HONEY_PACK, null, 2));
    const done = await options.waitFor(() => {
      const t = document.querySelector('.import-status')?.textContent ?? '';
      return t.includes('Imported') ? t : '';
    });
    expect(done).toBe('Imported E2E honey pack: 1 fact');
    expect(await packIds(options)).toEqual(['xi-moscow-2023', 'e2e-honey']);
    // The counts fill in once the pack is read back (a "…" stands there until then).
    await expect
      .poll(() => options.evaluate(() => document.querySelector('[data-pack="e2e-honey"] .pack-meta')?.textContent), {
        timeout: 10_000,
      })
      .toMatch(/^v1\.0\.0 · 1 fact · 1 report · imported \S+/);

    // The open page picks up the new pack from storage.onChanged, without a reload.
    await expect.poll(() => page.highlightCount(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => b.driver.badgeText(tabId), { timeout: 10_000 }).toBe('1');
    // And the popup lists it.
    const popup = await b.driver.openPopup(tabId);
    await popup.waitFor(() => document.querySelector('button.fact[data-fact="e2e-honey-trade-2022"]'));
    expect(await popup.evaluate(() => document.querySelector('button.fact .fact-title')?.textContent)).toBe(
      'China–Russia honey trade in 2022 (test fact)',
    );
    await popup.close();
    await options.close();
  });

  it('a broken pack is refused with messages naming the problem, and settings stay intact', async () => {
    const options = await b.driver.openOptions();
    await options.waitFor(() => document.querySelector('[data-pack="e2e-honey"]'));
    const before = await settingsNow(b.driver);

    await chooseFile(options, 'broken.json', JSON.stringify(BROKEN_PACK, null, 2));
    const alert = await options.waitFor(
      () => document.querySelector('[role="alert"].import-errors')?.textContent ?? '',
    );
    expect(alert).toContain('broken.json was not imported; your settings are unchanged.');
    expect(alert).toMatch(/broken\.json.*fact "e2e-broken-fact".*kind/);
    expect(alert).toMatch(/broken\.json.*fact "e2e-broken-fact".*reports/);

    // Format 1 (no vocabulary): one message saying what to change.
    await chooseFile(options, 'honey-v1.json', JSON.stringify(FORMAT_1_PACK, null, 2));
    const v1 = await options.waitFor(() => {
      const t = document.querySelector('[role="alert"].import-errors')?.textContent ?? '';
      return t.includes('honey-v1.json') ? t : '';
    });
    expect(v1).toContain('honey-v1.json: this pack uses format 1, which has no "vocabulary"');
    expect(v1).not.toContain('honey-v1.json › ');

    // Not JSON at all.
    await chooseFile(options, 'notes.json', 'these are my notes');
    await options.waitFor(() =>
      document.querySelector('[role="alert"].import-errors')?.textContent?.includes('notes.json'),
    );

    // A second copy of an installed pack.
    await chooseFile(options, 'honey-again.json', JSON.stringify(HONEY_PACK));
    const dup = await options.waitFor(() => {
      const t = document.querySelector('[role="alert"].import-errors')?.textContent ?? '';
      return t.includes('honey-again.json') ? t : '';
    });
    expect(dup).toContain('a pack with id "e2e-honey" is already installed');

    expect(await settingsNow(b.driver)).toEqual(before);
    expect(await packIds(options)).toEqual(['xi-moscow-2023', 'e2e-honey']);
    await options.close();
  });

  it('removing the pack takes its marks off the page again', async () => {
    const page = await b.driver.newPage(b.driver.server.url('/honey.html'));
    await expect.poll(() => page.highlightCount(), { timeout: 15_000 }).toBe(1);
    const options = await b.driver.openOptions();
    await options.waitFor(() => document.querySelector('button[aria-label="Remove E2E honey pack"]'));
    await options.click('button[aria-label="Remove E2E honey pack"]');
    await options.waitFor(() => document.querySelector('[data-pack="e2e-honey"] .confirm'));
    await options.click('[data-pack="e2e-honey"] .confirm .btn-danger');
    await options.waitFor(() => !document.querySelector('[data-pack="e2e-honey"]'));
    await options.waitFor(() => document.querySelector('.save-line')?.textContent === 'Saved');
    await expect.poll(() => page.highlightCount(), { timeout: 15_000 }).toBe(0);
    await options.close();
  });

  it('logged no errors and made no request off the machine', async () => {
    expect(b.driver.externalRequests()).toEqual([]);
    expect(await b.driver.consoleErrors()).toEqual([]);
  });
});
