/**
 * Screenshots of the popup and the options page for docs/screenshots, light and dark:
 *   npm run build:chrome && npx tsx scripts/screenshot-pages.ts
 * and of the popup with the browser in Chinese and in Russian (popup-zh-CN.png, popup-ru.png;
 * needs chromium-l10n and fonts-noto-cjk), alone with --locales:
 *   npx tsx scripts/screenshot-pages.ts --locales
 *
 * Headless Chromium loads dist/chrome. A seed article (../shared/seeds, laid out by the e2e
 * harness) is served locally as if on www.scmp.com (--host-resolver-rules), so the popup shows a
 * real summary of the seed text including "This page: … — one of the sources". Nothing leaves the
 * machine: the only host the browser can resolve to is 127.0.0.1.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Page, type Worker } from 'playwright-core';
import { renderSeed } from '../tests/e2e/harness/seed-page.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EXT = join(ROOT, 'dist', 'chrome');
/** SCREENSHOT_OUT: another folder (to pick only some of the shots). */
const OUT = process.env.SCREENSHOT_OUT ? resolve(process.env.SCREENSHOT_OUT) : join(ROOT, 'docs', 'screenshots');
const TMP = join(ROOT, '.tmp');
const SEED = process.env.SEED ?? '002';
const HOST = process.env.HOST_NAME ?? 'www.scmp.com';
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

declare const chrome: import('webextension-polyfill').Browser;

/** Browser UI languages for the localized popup screenshots (the extension's _locales follow them). */
const LOCALES = ['zh-CN', 'ru'];

async function main() {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(join(TMP, 'home'), { recursive: true });
  const html = renderSeed(SEED);
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  try {
    if (!process.argv.includes('--locales')) await pages(port);
    for (const locale of LOCALES) await localizedPopup(port, locale);
  } finally {
    server.close();
  }
}

/**
 * Headless Chromium with the extension, its UI in `locale` when given (--lang and LANGUAGE: on
 * Linux both pick the UI language, whose locales/<lang>.pak must be installed), the seed article
 * open and summarised.
 */
async function launch(port: number, locale?: string) {
  const profile = join(TMP, `screenshot-profile${locale ? `-${locale}` : ''}`);
  rmSync(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    deviceScaleFactor: 2,
    viewport: { width: 1100, height: 900 },
    ...(locale && {
      locale,
      env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` },
    }),
    args: [
      ...(locale ? [`--lang=${locale}`] : []),
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      // Every host name resolves nowhere except the one we serve.
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}, MAP * ~NOTFOUND`,
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  const article = await context.newPage();
  const pageUrl = `http://${HOST}/news/china/diplomacy/seed-${SEED}`;
  await article.goto(pageUrl);
  const tabId = await summaryTab(sw, pageUrl);
  console.log(`${locale ?? 'default'}: page ${pageUrl} → tab ${tabId}`);
  return { context, extId, tabId };
}

/** The popup (light) with the browser in `locale`: docs/screenshots/popup-<locale>.png. */
async function localizedPopup(port: number, locale: string) {
  const { context, extId, tabId } = await launch(port, locale);
  try {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.goto(`chrome-extension://${extId}/src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('button.fact');
    const lang = await popup.evaluate(() => document.documentElement.lang);
    if (lang !== locale) throw new Error(`the popup is in "${lang}", not ${locale}: is chromium-l10n installed?`);
    await settle(popup);
    await popup.locator('.popup').screenshot({ path: join(OUT, `popup-${locale}.png`) });
    console.log(`wrote ${OUT}/popup-${locale}.png`);
  } finally {
    await context.close();
  }
}

async function pages(port: number) {
  const { context, extId, tabId } = await launch(port);
  try {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`chrome-extension://${extId}/src/popup/index.html?tabId=${tabId}`);
      await popup.waitForSelector('button.fact');
      await settle(popup);
      await popup.locator('.popup').screenshot({ path: join(OUT, `popup-${scheme}.png`) });
    }

    const options = await context.newPage();
    await options.setViewportSize({ width: 900, height: 800 });
    await options.goto(`chrome-extension://${extId}/src/options/index.html`);
    // A site turned off, so the list is not empty.
    await options.evaluate(async () => {
      await chrome.storage.local.set({
        settings: { disabledSites: ['www.example.com'], highlightStyle: 'underline', packs: [] },
      });
    });
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.reload();
      await options.waitForFunction(() => /\d+ facts/.test(document.querySelector('.pack-meta')?.textContent ?? ''));
      await settle(options);
      await options.screenshot({ path: join(OUT, `options-${scheme}.png`), fullPage: true });
    }

    // The import error state, light only: a pack with two mistakes.
    await options.emulateMedia({ colorScheme: 'light' });
    await options.reload();
    await options.waitForSelector('input[type="file"]', { state: 'attached' });
    const broken = brokenPack();
    await options.setInputFiles('input[type="file"]', {
      name: 'my-pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    await options.waitForSelector('.import-errors');
    await settle(options);
    await options
      .locator('section[aria-labelledby="packs-h"]')
      .screenshot({ path: join(OUT, 'options-import-error.png') });
    console.log(`wrote ${OUT}/{popup,options}-{light,dark}.png, options-import-error.png`);
  } finally {
    await context.close();
  }
}

/** The tab showing `url`, once its content script has published a summary (no `tabs` permission needed). */
async function summaryTab(sw: Worker, url: string): Promise<number> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const id = await sw.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        const s = value as { url?: string; facts?: unknown[]; scanning?: boolean };
        if (key.startsWith('summary:') && s.url === u && !s.scanning && s.facts?.length) return Number(key.slice(8));
      }
      return undefined;
    }, url);
    if (id !== undefined) return id;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no summary for ${url} within 20 s: is dist/chrome built, and does the seed page have mentions?`);
}

/** Fonts loaded, no pending animation frame: the screenshot shows the settled page. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** A small pack with two mistakes a person might make: a misspelled kind and an empty quote. */
function brokenPack(): string {
  const pack = {
    schema: 2,
    id: 'my-pack',
    name: 'My pack',
    version: '1',
    vocabulary: {
      entities: [
        { id: 'china', role: 'pair', names: ['China', 'Beijing'] },
        { id: 'russia', role: 'pair', names: ['Russia', 'Moscow'] },
      ],
    },
    outlets: [{ id: 'example-news', name: 'Example News', confidence: 'known' }],
    facts: [
      {
        id: 'grain-trade',
        kind: 'figures',
        title: 'Grain trade',
        subject: 'China–Russia',
        match: { all: [['grain']] },
        reports: [{ outlet: 'example-news', date: '2023-03-20', quote: '' }],
      },
    ],
  };
  return JSON.stringify(pack, null, 2);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
