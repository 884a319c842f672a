/**
 * Claim packs through the options page in each browser: a valid pack written here (one fictional
 * fact, stated on a page served by this test) is imported and its fact gets marked on that page;
 * a broken pack is refused with messages naming the field, and the settings stay as they were;
 * removing the pack takes its marks away again. A pack of 10,000 facts is checked in a worker, its
 * progress shown while the page keeps running, and cancelling it leaves the settings as they were.
 */
import { expect, it } from 'vitest';
import { syntheticPack } from '../../scripts/bench/synthetic-pack.ts';
import { BUNDLED_PACK } from '../../src/settings/bundled.ts';
import { type BrowserDriver, chooseFile, forEachBrowser, type PageHandle } from './harness/index.ts';

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

/** The bench's synthetic pack of 10,000 facts (3.4 MB as compact JSON, under the 5 MB limit). */
const SYNTHETIC = syntheticPack(10_000, BUNDLED_PACK);
const SYNTHETIC_TEXT = JSON.stringify(SYNTHETIC);
const SYNTHETIC_FILE = 'synthetic-10000.json';

interface Seen {
  text: string;
  max: string | null;
  value: string | null;
  ticks: number;
}
interface Probe {
  ticks: number;
  seen: Seen[];
  workers: string[];
  workerMessages: number;
  cancelClicked: boolean;
}

/**
 * Watches the import from inside the options page: a timer counter that runs only when the page's main
 * thread is free, each state of the import status with the counter's value at that moment, and the
 * workers the page starts (the real Worker, counted). With `cancelWhileChecking`, clicks Cancel as soon
 * as facts are being checked.
 */
async function watchImport(options: PageHandle, cancelWhileChecking: boolean) {
  await options.evaluate((cancel) => {
    const probe: Probe = { ticks: 0, seen: [], workers: [], workerMessages: 0, cancelClicked: false };
    (window as unknown as { __probe: Probe }).__probe = probe;
    const tick = () => {
      probe.ticks++;
      setTimeout(tick, 4);
    };
    tick();
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url: string | URL, opts?: WorkerOptions) {
        super(url, opts);
        probe.workers.push(String(url));
        this.addEventListener('message', () => {
          probe.workerMessages++;
        });
      }
    };
    const status = document.querySelector('.import-status');
    if (!status) throw new Error('no import status');
    new MutationObserver(() => {
      const bar = status.querySelector('progress');
      const text = status.textContent ?? '';
      probe.seen.push({
        text,
        max: bar?.getAttribute('max') ?? null,
        value: bar?.getAttribute('value') ?? null,
        ticks: probe.ticks,
      });
      const button = document.querySelector<HTMLButtonElement>('button.import-cancel');
      if (cancel && !probe.cancelClicked && button && text.startsWith('Checking the facts')) {
        probe.cancelClicked = true;
        button.click();
      }
    }).observe(status, { subtree: true, childList: true, characterData: true, attributes: true });
  }, cancelWhileChecking);
}

const probeOf = (options: PageHandle) => options.evaluate(() => (window as unknown as { __probe: Probe }).__probe);

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

  it('a pack of 10,000 facts is checked in a worker with its progress shown, the page running meanwhile', async () => {
    expect(new TextEncoder().encode(SYNTHETIC_TEXT).length).toBeLessThan(5 * 1024 * 1024);
    const before = await settingsNow(b.driver);
    const options = await b.driver.openOptions();
    await options.waitFor(() => document.querySelector('[data-pack="xi-moscow-2023"]'));
    await watchImport(options, false);
    await chooseFile(options, SYNTHETIC_FILE, SYNTHETIC_TEXT);
    const done = await options.waitFor(
      () => {
        const t = document.querySelector('.import-status')?.textContent ?? '';
        return t.startsWith('Imported') ? t : '';
      },
      undefined,
      { timeout: 60_000 },
    );
    expect(done).toBe('Imported Synthetic pack of 10000 facts: 10,000 facts');
    await expect
      .poll(
        () => options.evaluate(() => document.querySelector('[data-pack="synthetic-10000"] .pack-meta')?.textContent),
        { timeout: 20_000 },
      )
      .toMatch(/^v1 · 10,000 facts · 10,000 reports · imported /);

    const probe = await probeOf(options);
    // The check ran in the bundled module worker, which reported its steps.
    expect(probe.workers).toHaveLength(1);
    expect(probe.workers[0]).toMatch(/\/assets\/pack-check\.worker-[\w-]+\.js$/);
    expect(probe.workerMessages).toBeGreaterThan(10);
    // Reading, then the facts k of 10,000 on a progress bar, counting up, then saving.
    const texts = probe.seen.map((s) => s.text);
    expect(texts).toContain(`Reading ${SYNTHETIC_FILE} (3.2 MB)…`);
    const checking = probe.seen.filter((s) => s.text.startsWith(`Checking the facts in ${SYNTHETIC_FILE}: `));
    const counts = [...new Set(checking.map((s) => Number(s.value)))];
    expect(counts.length).toBeGreaterThan(5);
    expect(counts).toEqual([...counts].sort((x, y) => x - y));
    expect(checking.every((s) => s.max === '10000')).toBe(true);
    expect(checking.at(-1)?.text).toBe(`Checking the facts in ${SYNTHETIC_FILE}: 10,000 of 10,000…`);
    // The bar moves with each chunk; the words, which a screen reader speaks, once a quarter.
    const said = new Set(checking.map((s) => s.text.replace(/^.*: /, '')));
    expect([...said].every((w) => /^(0|2,500|5,000|7,500|10,000) of 10,000…$/.test(w))).toBe(true);
    expect(texts.some((t) => t === 'Saving Synthetic pack of 10000 facts…')).toBe(true);
    // The page's own timer kept firing while the facts were checked: its main thread stayed free.
    expect(checking.at(-1)?.ticks ?? 0).toBeGreaterThan(checking[0]?.ticks ?? Infinity);

    // Back to the settings before (a pack this size would slow the tests that follow).
    await b.driver.extensionEval(async (s) => {
      await browser.storage.local.set({ settings: s });
    }, before);
    await options.close();
  });

  it('cancelling the check of a pack of 10,000 facts leaves the settings as they were', async () => {
    const before = await settingsNow(b.driver);
    const options = await b.driver.openOptions();
    await options.waitFor(() => document.querySelector('[data-pack="xi-moscow-2023"]'));
    const listed = await packIds(options);
    await watchImport(options, true);
    await chooseFile(options, SYNTHETIC_FILE, SYNTHETIC_TEXT);
    const cancelled = await options.waitFor(
      () => {
        const t = document.querySelector('.import-status')?.textContent ?? '';
        return t.startsWith('Import of') ? t : '';
      },
      undefined,
      { timeout: 60_000 },
    );
    expect(cancelled).toBe(`Import of ${SYNTHETIC_FILE} cancelled; your settings are unchanged.`);
    const probe = await probeOf(options);
    expect(probe.cancelClicked).toBe(true);
    // The click was handled while the facts were being checked: the last progress was short of the end.
    const checking = probe.seen.filter((s) => s.text.startsWith('Checking the facts'));
    expect(Number(checking.at(-1)?.value)).toBeLessThan(10_000);
    expect(probe.seen.some((s) => s.text.startsWith('Saving') || s.text.startsWith('Imported'))).toBe(false);
    // The worker is gone: nothing arrives later either.
    await new Promise((r) => setTimeout(r, 1500));
    expect(JSON.stringify(await settingsNow(b.driver))).toBe(JSON.stringify(before));
    expect(await packIds(options)).toEqual(listed);
    expect(await options.evaluate(() => document.querySelector('.import-status')?.textContent)).toBe(cancelled);
    await options.close();
  });

  it('logged no errors and made no request off the machine', async () => {
    expect(b.driver.externalRequests()).toEqual([]);
    expect(await b.driver.consoleErrors()).toEqual([]);
  });
});
