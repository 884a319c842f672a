/**
 * /generated/large?paragraphs=N: a long news page for performance tests. Mostly ordinary prose,
 * with a China–Russia trade sentence every 50th paragraph, so the matcher has real work and real
 * mentions (N/50 of them) spread through the page. Text is varied so no two paragraphs are equal.
 */
import type { RouteResponse } from './server.ts';

const FILLER = [
  'Council members met on Tuesday to discuss the resurfacing of the harbour road, which has been closed to lorries since the storms.',
  'The library will extend its opening hours through the summer, a spokeswoman said, after a petition gathered several thousand names.',
  'Local growers expect a late harvest this year, blaming a cold spring and an unusually dry May for the delay.',
  'A new cycle lane along the river is due to open next month, though residents say the parking it replaces was already scarce.',
  'The regional orchestra announced its autumn season, opening with a programme of Sibelius and a new commission by a local composer.',
];
const MENTION =
  'Trade between China and Russia reached about $190 billion in 2022, a record, according to customs figures.';

export const LARGE_PAGE_MENTION_EVERY = 50;

export function largePage(paragraphs: number): RouteResponse {
  const n = Math.max(1, Math.min(Number.isFinite(paragraphs) ? paragraphs : 2000, 50_000));
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = i % LARGE_PAGE_MENTION_EVERY === 25 ? MENTION : FILLER[i % FILLER.length];
    if (i % 40 === 0) parts.push(`<h2>Section ${i / 40 + 1}</h2>`);
    parts.push(`<p data-n="${i}">${text} (Item ${i + 1}.)</p>`);
  }
  const body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Long read — The Example Ledger</title><link rel="stylesheet" href="/news.css"></head>
<body>
<header class="masthead"><a class="brand" href="/">The Example Ledger</a></header>
<main class="layout"><article class="story"><h1>The week in the region: a long read</h1>
<p class="byline">By the Example Ledger staff · <time datetime="2023-03-21">21 March 2023</time></p>
${parts.join('\n')}
</article></main>
</body>
</html>`;
  return { body };
}
