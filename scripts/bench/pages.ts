/**
 * The bench pages, generated deterministically (seeded PRNG): about 1 MB of realistic news markup —
 * masthead and nav, an article with headings, links, lists and a quote, "more stories" cards, a
 * most-read aside and a link-heavy footer. `heavy` adds China–Russia sentences to one paragraph in
 * six; `no-match` has none (one sidebar line names China alone). `mutations` is a shorter article
 * whose own script appends 2,000 paragraphs in 200 batches when the bench says go.
 */

import { headline, paragraphHtml, proseSentences, sentence } from './filler.ts';
import { CHINA_ONLY, mentionSentence } from './mentions.ts';
import { type Rng, rng } from './prng.ts';

export const PAGE_BYTES = 1_000_000;
export const MUTATION_BATCHES = 200;
export const MUTATION_BATCH_SIZE = 10;
export const MUTATION_INTERVAL_MS = 25;

const CSS = `body{font:17px/1.55 Georgia,serif;margin:0;color:#222}header,footer{background:#f4f1ea;padding:12px 24px}
nav a{margin-right:14px;font:14px sans-serif;color:#333}main{display:flex;gap:32px;max-width:1100px;margin:0 auto;padding:24px}
article{flex:1;min-width:0}aside{width:260px;font:14px/1.4 sans-serif}.card{border-top:1px solid #ddd;padding:8px 0}
footer ul{columns:4;list-style:none;padding:0;font:13px sans-serif}blockquote{border-left:3px solid #c33;margin:16px 0;padding-left:14px}`;

function nav(r: Rng): string {
  const sections = ['World', 'Business', 'Markets', 'Politics', 'Science', 'Sport', 'Culture', 'Travel', 'Opinion'];
  const links = Array.from(
    { length: 36 },
    (_, i) => `<a href="/section/${i}">${sections[i % sections.length]}${i >= 9 ? ` ${r.int(90) + 10}` : ''}</a>`,
  );
  return `<header><div class="brand"><a href="/">The Harbour Gazette</a></div><nav>${links.join('')}</nav></header>`;
}

function aside(r: Rng, chinaOnly: boolean): string {
  const items = Array.from({ length: 12 }, (_, i) =>
    i === 4 && chinaOnly
      ? `<li>${CHINA_ONLY[0]}</li>`
      : `<li><a href="/most-read/${r.int(9999)}">${headline(r)}</a></li>`,
  );
  return `<aside><h2>Most read</h2><ol>${items.join('')}</ol></aside>`;
}

function footer(r: Rng): string {
  const items = Array.from(
    { length: 80 },
    (_, i) => `<li><a href="/f/${i}">${headline(r).split(' ').slice(0, 3).join(' ')}</a></li>`,
  );
  return `<footer><ul>${items.join('')}</ul><p>© 2023 The Harbour Gazette. All rights reserved.</p></footer>`;
}

function paragraph(r: Rng, mentions: boolean, index: number): string {
  const sentences = proseSentences(r, 2, 5);
  if (mentions && index % 6 === 3) sentences.splice(r.int(sentences.length + 1), 0, mentionSentence(r));
  return `<div class="article-body__block" data-component="text-block" data-block-id="b${index}">
  <p class="article-body__paragraph">${paragraphHtml(r, sentences)}</p>
</div>`;
}

const ICON =
  '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" width="16" height="16"><path d="M12 2l3 7h7l-5.5 4.5L18 21l-6-4-6 4 1.5-7.5L2 9h7z"/></svg>';

/** Figures, share bars and ad slots: markup without much text, as on real news pages. */
function furniture(r: Rng, index: number): string {
  const id = r.int(1e6);
  if (index % 3 === 0)
    return `<figure class="media media--inline" data-component="image-block"><div class="media__ratio" style="padding-top:56.25%">
<img class="media__img" loading="lazy" alt="" width="976" height="549" src="/img/${id}/976.jpg" srcset="/img/${id}/240.jpg 240w, /img/${id}/480.jpg 480w, /img/${id}/976.jpg 976w" sizes="(min-width: 1000px) 640px, 100vw"></div>
<figcaption class="media__caption"><span class="media__caption-text">${headline(r)}</span> <span class="media__credit">Photo: Agency staff</span></figcaption></figure>`;
  if (index % 3 === 1)
    return `<div class="share-bar" role="group" aria-label="Share"><button class="share-bar__button" type="button" data-network="mail">${ICON}<span class="visually-hidden">Email</span></button><button class="share-bar__button" type="button" data-network="link">${ICON}<span class="visually-hidden">Copy link</span></button><button class="share-bar__button" type="button" data-network="print">${ICON}<span class="visually-hidden">Print</span></button></div>`;
  return `<div class="ad-slot ad-slot--mid" data-ad-unit="/1234/news/article/mid_${index}" data-ad-sizes="300x250,728x90" aria-hidden="true"><div class="ad-slot__label">Advertisement</div></div>`;
}

/** Article body and story cards until the page reaches `bytes`. */
function body(r: Rng, mentions: boolean, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let index = 0;
  const add = (html: string) => {
    parts.push(html);
    size += html.length;
  };
  while (size < bytes) {
    const block = index % 40;
    if (block === 0) add(`<h2>${headline(r)}</h2>`);
    if (block === 17) add(`<ul>${Array.from({ length: 4 }, () => `<li>${sentence(r)}</li>`).join('')}</ul>`);
    if (block === 29) add(`<blockquote><p>${sentence(r)}</p></blockquote>`);
    if (block === 35)
      add(`<div class="card"><h3><a href="/story/${r.int(99999)}">${headline(r)}</a></h3><p>${sentence(r)}</p></div>`);
    if (block % 8 === 5) add(furniture(r, index));
    add(paragraph(r, mentions, index++));
  }
  return parts.join('\n');
}

function page(title: string, r: Rng, inner: string, chinaOnly: boolean, script = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2023-03-21T08:00:00Z"><style>${CSS}</style></head>
<body>${nav(r)}
<main><article><h1>${title}</h1><p class="byline">By Staff Reporters · <time datetime="2023-03-21">21 March 2023</time></p>
${inner}
</article>${aside(r, chinaOnly)}</main>
${footer(r)}${script}
</body></html>`;
}

export function noMatchPage(): string {
  const r = rng(1);
  return page('The week on the coast', r, body(r, false, PAGE_BYTES - 20_000), true);
}

export function heavyPage(): string {
  const r = rng(2);
  return page('Trade, gas and summits: the week in review', r, body(r, true, PAGE_BYTES - 20_000), false);
}

/** The paragraphs the mutations page appends: `MUTATION_BATCHES` batches of `MUTATION_BATCH_SIZE`. */
export function mutationBatches(): string[][] {
  const r = rng(3);
  return Array.from({ length: MUTATION_BATCHES }, (_, b) =>
    Array.from({ length: MUTATION_BATCH_SIZE }, (_, i) => paragraph(r, true, b * MUTATION_BATCH_SIZE + i)),
  );
}

/**
 * The page script: window.__startMutations() appends one batch every MUTATION_INTERVAL_MS into the
 * feed, as infinite scroll does, and records the appended elements for the floor pass.
 */
const APPENDER = `<script type="application/json" id="batches">__BATCHES__</script><script>
(() => {
  const batches = JSON.parse(document.getElementById('batches').textContent);
  window.__added = [];
  window.__startMutations = () => new Promise((resolve) => {
    const feed = document.getElementById('feed');
    let b = 0;
    const tick = () => {
      const tpl = document.createElement('template');
      tpl.innerHTML = batches[b].join('');
      const nodes = [...tpl.content.children];
      feed.append(tpl.content);
      window.__added.push(nodes);
      if (++b < batches.length) setTimeout(tick, ${MUTATION_INTERVAL_MS});
      else resolve(performance.now());
    };
    tick();
  });
})();
</script>`;

export function mutationsPage(): string {
  const r = rng(4);
  const json = JSON.stringify(mutationBatches()).replace(/</g, '\\u003c');
  const script = APPENDER.replace('__BATCHES__', json);
  return page('Live: markets, trade and the summit', r, `${body(r, true, 60_000)}<div id="feed"></div>`, false, script);
}

/**
 * The page's own long-task watch for the cold start: an inline script at the very top of <head>, so
 * the observer is registered by the page before the content script exists (document_idle) and sees
 * every main-thread task after it, the page's and the extension's (isolated-world work is reported to
 * the page's observer). Also keeps the content script's own User Timing measures, for the breakdown,
 * and the first frame with a mark (polled once per frame until then).
 */
export const TASK_WATCH = `<script>(() => {
  const w = (window.__coldStart = { tasks: [], measures: [] });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.tasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name.startsWith('second-source:')) w.measures.push({ name: e.name, start: e.startTime, duration: e.duration }); })
    .observe({ type: 'measure', buffered: true });
  const poll = () => {
    for (const [name, h] of CSS.highlights ?? []) if (name.startsWith('second-source') && h.size) return void (w.firstMarkAt = performance.now());
    if (performance.now() < 30000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();</script>`;

/**
 * The cold-start page: a 60 kB article naming both countries (a few mentions), as the first such page
 * a reader opens after installing, with TASK_WATCH first in <head>. Without the extension it makes no
 * long task of its own.
 */
export function coldPage(): string {
  const r = rng(5);
  return page('Trade and the summit: what was agreed', r, body(r, true, 60_000), false).replace(
    '<head>',
    `<head>${TASK_WATCH}`,
  );
}

export const BLANK_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';
