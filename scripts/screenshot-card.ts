/**
 * Screenshots of the card for the docs, each in the light and the dark colour scheme:
 *   card-{light,dark}.png        a figure with 18 outlets: "about $190.27 billion", the values they give
 *                                with their counts, the first five outlets and "Show all 18"
 *   card-all-{light,dark}.png    the same card after "Show all", scrolled to its end: page reports with their links
 *   card-event-{light,dark}.png  an event: the state visit, each outlet's words and date
 *   card-basis-{light,dark}.png  a growth rate on another currency basis: "29.3 percent"
 *   card-zh.png, card-zh-dark.png  the trade figure on a Chinese page (tests/fixtures/pages/zh-news.html): "1902.71亿美元",
 *                                  with the browser in Chinese (chromium-l10n)
 *   card-ru.png, card-ru-dark.png  the same on a Russian page (tests/fixtures/pages/ru-news.html): "190,27 млрд долларов",
 *                                  with the browser in Russian
 * Launches headless Chromium with the built extension (npm run build:chrome first), serves a small
 * news-style article that states the facts in its own words, hovers a mark and captures the card.
 *
 * The basis card needs data the bundled dataset does not carry yet (a growth fact's rate on each
 * currency basis, and the currencies' display names): for it, the extension is built once more
 * into .tmp/ with PROPOSED_DATA merged into the dataset, exactly the fields proposed for it.
 *
 *   npx tsx scripts/screenshot-card.ts [--only card-basis] [--out docs/screenshots]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const extension = path.join(root, 'dist/chrome');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const only = arg('only', '');
const outDir = path.resolve(root, arg('out', 'docs/screenshots'));
const viewport = { width: 1000, height: Number(arg('height', '900')) };

const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Beijing and Moscow deepen economic ties</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="article:published_time" content="2023-03-21T08:00:00Z">
<meta name="color-scheme" content="light dark">
<style>
  :root { --bg: #fbfaf7; --fg: #1f1f1f; --muted: #6a6a6a; --rule: #e4e1da; --brand: #8b1a1a; }
  @media (prefers-color-scheme: dark) { :root { --bg: #15171c; --fg: #e6e4df; --muted: #9a9893; --rule: #2b2e35; --brand: #e07a6a; } }
  body { margin: 0; background: var(--bg); color: var(--fg); font: 19px/1.65 Georgia, "DejaVu Serif", serif; }
  header { border-bottom: 1px solid var(--rule); padding: 14px 32px; font: 700 22px/1 system-ui, sans-serif; color: var(--brand); letter-spacing: -0.02em; }
  article { max-width: 680px; margin: 36px auto 80px; padding: 0 24px; }
  h1 { font-size: 36px; line-height: 1.2; margin: 0 0 12px; }
  .byline { font: 14px/1.4 system-ui, sans-serif; color: var(--muted); margin-bottom: 28px; }
</style></head>
<body><header>The Example Ledger</header>
<article>
  <h1>Beijing and Moscow deepen economic ties as Xi visits Russia</h1>
  <div class="byline">By A. Reporter · <time datetime="2023-03-21">March 21, 2023</time></div>
  <p>Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit. It is his first trip abroad since he secured a third term this month.</p>
  <p>Customs data show that trade between China and Russia grew 29.3 percent last year to about $190.27 billion, a record, as Western sanctions pushed Moscow to sell more oil and gas to its eastern neighbour.</p>
  <p>Officials in both capitals have set a goal of $200 billion by 2024. In the first two months of 2023, bilateral trade rose 25.9 percent to $33.7 billion, according to Chinese customs.</p>
  <p>Analysts expect the leaders to sign a declaration on a new era of partnership and a plan for economic cooperation through 2030.</p>
</article></body></html>`;

/**
 * Fields proposed for the dataset (assets/claims/xi-moscow-2023.json), not in it yet: the pack's
 * currency names, and each growth fact's rate on a yuan and on a dollar basis (customs' figures, as
 * the facts' notes state them).
 */
const PROPOSED_DATA = {
  currencyNames: { CNY: 'yuan', USD: 'dollar' },
  bases: {
    'trade-2022-growth': [
      { currency: 'CNY', amount: 34.3 },
      { currency: 'USD', amount: 29.3 },
    ],
    'exports-2022-growth': [
      { currency: 'CNY', amount: 17.5 },
      { currency: 'USD', amount: 12.8 },
    ],
    'imports-2022-growth': [
      { currency: 'CNY', amount: 48.6 },
      { currency: 'USD', amount: 43.4 },
    ],
  } as Record<string, unknown>,
};

interface Shot {
  file: string;
  /** Text inside the mark to hover. */
  needle: string;
  /** The built extension to load. */
  extension: string;
  /** Press "Show all" and scroll the card this far down before the shot. */
  expandAndScroll?: number;
  /** A fixture page of tests/fixtures/pages to hover on instead of ARTICLE; its light shot is `${file}.png`. */
  fixture?: string;
  /** The browser's UI language (the extension's words follow it; needs chromium-l10n). */
  locale?: string;
}

const fixtures = path.join(root, 'tests/fixtures/pages');

/** dist/chrome built again into .tmp/, with PROPOSED_DATA merged into the bundled dataset. */
async function extensionWithProposedData(tmp: string): Promise<string> {
  const data = JSON.parse(readFileSync(path.join(root, 'assets/claims/xi-moscow-2023.json'), 'utf8'));
  data.currencyNames = PROPOSED_DATA.currencyNames;
  for (const fact of data.facts) if (PROPOSED_DATA.bases[fact.id]) fact.bases = PROPOSED_DATA.bases[fact.id];
  const json = path.join(tmp, 'claims-with-proposed-data.json');
  writeFileSync(json, JSON.stringify(data));
  const outDir = path.join(tmp, 'shot-extension');
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'chrome',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    resolve: { alias: [{ find: /^.*\/assets\/claims\/xi-moscow-2023\.json$/, replacement: json }] },
  });
  return outDir;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(extension, 'manifest.json')))
    throw new Error('dist/chrome is missing: run npm run build:chrome');
  mkdirSync(outDir, { recursive: true });
  const server = createServer((req, res) => {
    // ARTICLE, or a fixture page (and its news.css) for the Chinese and Russian shots.
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(fixtures, name);
    if (/^[\w-]+\.(html|css)$/.test(name) && name !== 'article.html' && existsSync(file)) {
      const type = name.endsWith('.css') ? 'text/css' : 'text/html';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(ARTICLE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  const tmp = path.join(root, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const shots: Shot[] = [
    { file: 'card', needle: '$190.27 billion', extension },
    { file: 'card-all', needle: '$190.27 billion', extension, expandAndScroll: 100_000 },
    { file: 'card-event', needle: 'three-day', extension },
    { file: 'card-basis', needle: '29.3 percent', extension: '' },
    { file: 'card-zh', needle: '1902.71亿美元', extension, fixture: 'zh-news.html', locale: 'zh-CN' },
    { file: 'card-ru', needle: '190,27 млрд долларов', extension, fixture: 'ru-news.html', locale: 'ru' },
  ].filter((s) => !only || s.file === only);
  try {
    for (const shot of shots) {
      shot.extension ||= await extensionWithProposedData(tmp);
      const at = shot.fixture ? new URL(shot.fixture, url).href : url;
      for (const scheme of ['light', 'dark'] as const) await capture(shot, scheme, at, tmp);
    }
  } finally {
    server.close();
  }
}

async function capture(shot: Shot, scheme: 'light' | 'dark', url: string, tmp: string): Promise<void> {
  const mention = shot.needle;
  const profile = mkdtempSync(path.join(tmp, 'shot-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    colorScheme: scheme,
    viewport,
    deviceScaleFactor: 2,
    ...(shot.locale && {
      locale: shot.locale,
      env: { ...process.env, LANGUAGE: shot.locale.replace('-', '_'), LANG: `${shot.locale.replace('-', '_')}.UTF-8` },
    }),
    args: [
      ...(shot.locale ? [`--lang=${shot.locale}`] : []),
      `--disable-extensions-except=${shot.extension}`,
      `--load-extension=${shot.extension}`,
      '--no-sandbox',
    ],
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    // The fixture pages' own dark theme (news.css) is html[data-theme=dark]; the card follows the scheme.
    if (shot.fixture && scheme === 'dark')
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const box = await page.waitForFunction(
      ([needle, fixture]) => {
        const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('second-source');
        const range = all && [...all].find((r) => r.toString().includes(needle));
        if (!range) return false;
        // The middle of the needle's own text (the mention may wrap).
        const text = range.startContainer as Text;
        const at = text.data.indexOf(needle);
        const probe = document.createRange();
        probe.setStart(text, Math.max(0, at));
        probe.setEnd(text, Math.max(0, at) + Math.min(needle.length, text.length - Math.max(0, at)));
        const rect = probe.getClientRects()[0];
        // From the paragraph's top, or the headline's on a fixture page (its language at a glance).
        const para = text.parentElement?.getBoundingClientRect();
        const top = Math.min(
          para?.top ?? 0,
          document.querySelector('article h1')?.getBoundingClientRect().top ?? Infinity,
        );
        return rect && para
          ? {
              x: rect.left + rect.width / 2,
              y: rect.top + rect.height / 2,
              left: para.left,
              top: fixture ? top : para.top,
              right: para.right,
            }
          : false;
      },
      [mention, !!shot.fixture] as const,
    );
    const point = (await box.jsonValue()) as { x: number; y: number; left: number; top: number; right: number };
    await page.mouse.move(point.x - 40, point.y - 30);
    await page.mouse.move(point.x, point.y, { steps: 6 });
    const card = page.locator('#second-source-host .card');
    await card.waitFor({ state: 'visible' });
    await page.waitForTimeout(150); // floating-ui settles after the first frame
    if (shot.expandAndScroll !== undefined) {
      await page.locator('#second-source-host button.show-all').click();
      await card.evaluate((el, y) => {
        el.scrollTop = y;
      }, shot.expandAndScroll);
      await page.waitForTimeout(100);
    }
    const c = await card.boundingBox();
    if (!c) throw new Error('card has no box');
    // The mention's paragraph and the card, with a margin.
    const left = Math.max(0, Math.min(c.x, point.left) - 24);
    const top = Math.max(0, Math.min(c.y, point.top) - 24);
    const right = Math.min(viewport.width, Math.max(c.x + c.width, point.right) + 24);
    const bottom = Math.min(viewport.height, c.y + c.height + 24);
    const file = path.join(
      outDir,
      shot.fixture && scheme === 'light' ? `${shot.file}.png` : `${shot.file}-${scheme}.png`,
    );
    await page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
    console.log(`wrote ${path.relative(root, file)}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
