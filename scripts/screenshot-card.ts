/**
 * Screenshots of the card for the docs: docs/screenshots/card-light.png and card-dark.png.
 * Launches headless Chromium with the built extension (npm run build:chrome first), serves a small
 * news-style article that states the facts in its own words, hovers a marked figure and captures
 * the card in the light and the dark colour scheme.
 *
 *   npx tsx scripts/screenshot-card.ts [--mention "$190 billion"] [--out docs/screenshots]
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const extension = path.join(root, 'dist/chrome');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const mention = arg('mention', '$190.27 billion');
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
  <p>Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit, his first trip abroad since securing a third term.</p>
  <p>Customs data show that trade between China and Russia grew 29.3 percent last year to about $190.27 billion, a record, as Western sanctions pushed Moscow to sell more oil and gas to its eastern neighbour.</p>
  <p>Officials in both capitals have set a goal of $200 billion by 2024. In the first two months of 2023, bilateral trade rose 25.9 percent to $33.7 billion, according to Chinese customs.</p>
  <p>Analysts expect the leaders to sign a declaration on a new era of partnership and a plan for economic cooperation through 2030.</p>
</article></body></html>`;

async function main(): Promise<void> {
  if (!existsSync(path.join(extension, 'manifest.json')))
    throw new Error('dist/chrome is missing: run npm run build:chrome');
  mkdirSync(outDir, { recursive: true });
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(ARTICLE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html`;
  const tmp = path.join(root, '.tmp');
  mkdirSync(tmp, { recursive: true });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const profile = mkdtempSync(path.join(tmp, 'shot-profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        colorScheme: scheme,
        viewport,
        deviceScaleFactor: 2,
        args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox'],
      });
      try {
        const page = await context.newPage();
        await page.goto(url);
        const box = await page.waitForFunction((needle) => {
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
          const para = text.parentElement?.getBoundingClientRect();
          return rect && para
            ? {
                x: rect.left + rect.width / 2,
                y: rect.top + rect.height / 2,
                left: para.left,
                top: para.top,
                right: para.right,
              }
            : false;
        }, mention);
        const point = (await box.jsonValue()) as { x: number; y: number; left: number; top: number; right: number };
        await page.mouse.move(point.x - 40, point.y - 30);
        await page.mouse.move(point.x, point.y, { steps: 6 });
        const card = page.locator('#second-source-host .card');
        await card.waitFor({ state: 'visible' });
        await page.waitForTimeout(150); // floating-ui settles after the first frame
        const c = await card.boundingBox();
        if (!c) throw new Error('card has no box');
        // The mention's paragraph and the card, with a margin.
        const left = Math.max(0, Math.min(c.x, point.left) - 24);
        const top = Math.max(0, Math.min(c.y, point.top) - 24);
        const right = Math.min(viewport.width, Math.max(c.x + c.width, point.right) + 24);
        const bottom = Math.min(viewport.height, c.y + c.height + 24);
        const file = path.join(outDir, `card-${scheme}.png`);
        await page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
        console.log(`wrote ${path.relative(root, file)}`);
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
