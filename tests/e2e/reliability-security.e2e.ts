/**
 * Never execute page or pack content, never lose settings — in both browsers.
 *  - A page served with `Content-Security-Policy: default-src 'none'; style-src 'self';
 *    script-src 'self'`: marks and a styled card, and no securitypolicyviolation in the page.
 *  - A page whose text beside the mentions holds HTML and script payloads (as text).
 *  - Hostile pack files through the options page: not JSON, broken schema, repeated ids, 10 MB →
 *    a message naming the problem, storage.local byte-identical; then a valid pack whose outlet
 *    names, quotes, title and URLs are payloads → shown as literal text in the options page and in
 *    the card, no element made from them, no javascript:/data: link, no dialog, nothing run.
 * "Nothing run" is checked three ways: window.__ssPwned (every payload sets it) stays undefined in
 * the page's and the options page's world, alert/confirm/prompt are recorded by probe.js in the
 * page's world, and the browser's own dialog events (which would catch an alert from the content
 * script's world too) stay silent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { cardState, highlightTexts, readProbe } from '../fixtures/hostile/probes.ts';
import { ARTICLE_MARKS, HOSTILE_DIR, registerHostileRoutes } from '../fixtures/hostile/routes.ts';
import type { ChromiumDriver, FirefoxDriver } from './harness/index.ts';
import { type BrowserDriver, chooseFile, forEachBrowser, type PageHandle } from './harness/index.ts';

declare const browser: import('webextension-polyfill').Browser;

const PACKS = join(HOSTILE_DIR, 'packs');
const packText = (name: string) => readFileSync(join(PACKS, name), 'utf8');
const PAYLOAD_PACK = JSON.parse(packText('payload-pack.json'));

/** Every dialog (alert/confirm/prompt/beforeunload) any tab of this browser opens, from any world. */
function watchDialogs(driver: BrowserDriver): { seen: string[]; attach(): Promise<void> } {
  const seen: string[] = [];
  const attached = new WeakSet<object>();
  return {
    seen,
    async attach() {
      if (driver.name === 'chromium') {
        const ctx = (driver as ChromiumDriver).context;
        if (attached.has(ctx)) return;
        attached.add(ctx);
        ctx.on('dialog', (d) => {
          seen.push(`${d.type()}: ${d.message()}`);
          void d.dismiss().catch(() => undefined);
        });
        return;
      }
      for (const p of await (driver as FirefoxDriver).browser.pages()) {
        if (attached.has(p)) continue;
        attached.add(p);
        p.on('dialog', (d) => {
          seen.push(`${d.type()}: ${d.message()}`);
          void d.dismiss().catch(() => undefined);
        });
      }
    },
  };
}

async function storageNow(driver: BrowserDriver): Promise<string> {
  return driver.extensionEval(async () => JSON.stringify(await browser.storage.local.get(null)));
}

/**
 * securitypolicyviolation events, minus the browser's own favicon request: Firefox fetches
 * /favicon.ico for a page with no icon link, and img-src 'none' (from default-src) blocks it.
 */
async function violations(p: PageHandle) {
  return (await p.evaluate(readProbe)).violations.filter((v) => !/\/favicon\.ico$/.test(v.blocked));
}

/** consoleErrors() minus Firefox's report of that same blocked favicon request (the browser's, not ours). */
async function consoleErrors(driver: BrowserDriver) {
  return (await driver.consoleErrors()).filter(
    (e) => !/blocked the loading of a resource \(img-src\) at \S+\/favicon\.ico\b/.test(e.text),
  );
}

const pwned = (p: PageHandle) => p.evaluate(() => (window as unknown as { __ssPwned?: unknown }).__ssPwned ?? null);

forEachBrowser('reliability: strict CSP, payloads in pages and packs, bad packs', (b) => {
  let page: PageHandle | undefined;
  let options: PageHandle | undefined;
  let dialogs: ReturnType<typeof watchDialogs>;
  beforeAll(() => {
    registerHostileRoutes(b.driver.server);
    dialogs = watchDialogs(b.driver);
  });
  afterEach(async () => {
    await page?.close().catch(() => undefined);
    await options?.close().catch(() => undefined);
    page = options = undefined;
  });

  async function open(path: string): Promise<PageHandle> {
    b.driver.clearLogs();
    page = await b.driver.newPage(b.driver.server.url(path));
    await dialogs.attach();
    await page.waitFor(() => (document.readyState === 'complete' ? true : null));
    return page;
  }

  it(`${b.name}: strict CSP page (default-src 'none'; style-src 'self'; script-src 'self'): marks, styled card, no violation`, async () => {
    const p = await open('/hostile/csp.html');
    await expect.poll(() => p.evaluate(highlightTexts), { timeout: 15_000 }).toEqual(ARTICLE_MARKS);
    await p.hoverText('$190 billion');
    await expect.poll(async () => (await p.evaluate(cardState)).title).toBe('China–Russia trade in 2022');
    const styled = await p.evaluate(() => {
      const card = document.getElementById('second-source-host')?.shadowRoot?.querySelector('.card') as HTMLElement;
      const cs = getComputedStyle(card);
      return { position: cs.position, background: cs.backgroundColor, radius: cs.borderTopLeftRadius };
    });
    // The card's own stylesheet got in (an unstyled card would be static, transparent and square).
    expect(styled.position).not.toBe('static');
    expect(styled.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await violations(p)).toEqual([]);
    expect((await p.evaluate(readProbe)).errors).toEqual([]);
    expect(await consoleErrors(b.driver)).toEqual([]);
  });

  it.each(['payload.html', 'payload-csp.html'])(
    `${b.name}: page text with HTML/script payloads beside the mentions (%s): marks right, nothing runs`,
    async (file) => {
      const p = await open(`/hostile/${file}`);
      await expect
        .poll(() => p.evaluate(highlightTexts), { timeout: 15_000 })
        .toEqual(['a record $190 billion', 'about 40 times']);
      for (const [text, title] of [
        ['$190 billion', 'China–Russia trade in 2022'],
        ['40 times', 'How often Xi and Putin have met'],
      ]) {
        await p.hoverText(text);
        await expect.poll(async () => (await p.evaluate(cardState)).title).toBe(title);
        expect((await p.evaluate(cardState)).foreign).toEqual([]);
      }
      // The popup lists this page's mentions; nothing of the page runs there either.
      const tabId = await b.driver.tabIdFor(p);
      options = await b.driver.openPopup(tabId);
      await options.waitFor(() => document.body.textContent?.includes('China–Russia trade in 2022'));
      expect(await pwned(options)).toBeNull();
      expect(await pwned(p)).toBeNull();
      const probe = await p.evaluate(readProbe);
      expect(probe.alerts).toEqual([]);
      expect(await violations(p)).toEqual([]);
      expect(probe.errors).toEqual([]);
      expect(dialogs.seen).toEqual([]);
      expect(await consoleErrors(b.driver)).toEqual([]);
    },
  );

  it(`${b.name}: hostile pack files in the options page: a message naming the problem, storage byte-identical`, async () => {
    b.driver.clearLogs();
    options = await b.driver.openOptions();
    await options.waitFor(() => document.querySelector('input[type="file"]'));
    const before = await storageNow(b.driver);
    const cases: [string, string | { repeat: number }, RegExp[]][] = [
      ['not-json.json', packText('not-json.json'), [/not-json\.json: not JSON: .*\(line 15, column 7\)/]],
      [
        'schema-broken.json',
        packText('schema-broken.json'),
        [
          /schema-broken\.json › name: is required/,
          /fact "kettle-trade-2022" › kind: must be one of "figure", "event"/,
        ],
      ],
      [
        'duplicate-ids.json',
        packText('duplicate-ids.json'),
        [/duplicate-ids\.json › fact "kettle-trade-2022": duplicate id, also used by facts\[0\]/],
      ],
      [
        'huge-pack.json',
        { repeat: 10 * 1024 * 1024 },
        [/huge-pack\.json: the file is 10(?:\.0)? MB; packs can be at most 5 MB\./],
      ],
      [
        'clashes-with-bundled.json',
        packText('clashes-with-bundled.json'),
        [/fact "trade-2022-total" \(facts\[0\]\.id\) is already defined by the pack/],
      ],
    ];
    for (const [name, content, expected] of cases) {
      await chooseFile(options, name, content);
      const alert = await options.waitFor(
        (n) => {
          const box = document.querySelector('.import-errors[role="alert"]');
          return box?.textContent?.includes(`${n} was not imported`) ? box.textContent : null;
        },
        name,
        { timeout: 15_000 },
      );
      expect(alert).toContain('your settings are unchanged');
      for (const re of expected) expect(alert, name).toMatch(re);
      expect(await storageNow(b.driver), `${name}: storage.local`).toBe(before);
    }
    expect(await consoleErrors(b.driver)).toEqual([]);
  });

  it(`${b.name}: pack whose outlet names, quotes, title and URLs are payloads: literal text in options and card, nothing runs`, async () => {
    b.driver.clearLogs();
    const before = await storageNow(b.driver);
    options = await b.driver.openOptions();
    await options.waitFor(() => document.querySelector('input[type="file"]'));
    await dialogs.attach();
    await chooseFile(options, 'payload-pack.json', packText('payload-pack.json'));
    await options.waitFor(() => document.querySelector('.import .ok')?.textContent?.startsWith('Imported'), undefined, {
      timeout: 15_000,
    });
    try {
      const shown = await options.evaluate((name) => {
        const all = document.body.textContent ?? '';
        return {
          hasName: all.includes(name),
          imgs: document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length,
        };
      }, PAYLOAD_PACK.name as string);
      expect(shown).toEqual({ hasName: true, imgs: 0 });
      expect(await pwned(options)).toBeNull();

      const p = await open('/hostile/payload.html');
      await expect
        .poll(() => p.evaluate(highlightTexts), { timeout: 15_000 })
        .toEqual(['a record $190 billion', 'about 40 times', '$1.5 billion']);
      await p.hoverText('$1.5 billion');
      await expect.poll(async () => (await p.evaluate(cardState)).title).toBe(PAYLOAD_PACK.facts[0].title);
      // Open every quote, as a reader would, so their content is rendered and visible.
      await p.evaluate(() => {
        for (const d of document.getElementById('second-source-host')?.shadowRoot?.querySelectorAll('details') ?? [])
          (d as HTMLDetailsElement).open = true;
      });
      const card = await p.evaluate(cardState);
      expect(card.outlets).toEqual(expect.arrayContaining(PAYLOAD_PACK.outlets.map((o: { name: string }) => o.name)));
      expect(card.foreign).toEqual([]);
      const inCard = await p.evaluate(() => {
        const root = document.getElementById('second-source-host')?.shadowRoot as ShadowRoot;
        return {
          text: root.textContent ?? '',
          links: [...root.querySelectorAll('[href], [src]')].map(
            (e) => e.getAttribute('href') ?? e.getAttribute('src'),
          ),
          handlers: [...root.querySelectorAll('*')].flatMap((e) =>
            e.getAttributeNames().filter((n) => n.startsWith('on')),
          ),
        };
      });
      for (const r of PAYLOAD_PACK.facts[0].reports) expect(inCard.text).toContain(r.quote);
      expect(inCard.links.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h ?? ''))).toEqual([]);
      expect(inCard.handlers).toEqual([]);
      await new Promise((r) => setTimeout(r, 300)); // any onerror/onload would have fired by now
      expect(await pwned(p)).toBeNull();
      expect((await p.evaluate(readProbe)).alerts).toEqual([]);
      expect(dialogs.seen).toEqual([]);
      expect(await consoleErrors(b.driver)).toEqual([]);
    } finally {
      // Leave the browser as it was for any later test.
      await b.driver.extensionEval(async (text) => {
        await browser.storage.local.clear();
        await browser.storage.local.set(JSON.parse(text));
      }, before);
    }
  });
});
