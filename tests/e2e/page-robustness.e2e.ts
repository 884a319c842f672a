/**
 * The content script against unfriendly pages, in each browser: a strict CSP, hostile CSS aimed at
 * injected UI, a dark page, editors and code it must not touch, the reader's highlight style
 * applied live, and a site turned off.
 */
import { afterEach, expect, it } from 'vitest';
import { type BrowserDriver, forEachBrowser, type PageHandle } from './harness/index.ts';

declare const browser: import('webextension-polyfill').Browser;

type Highlights = { highlights: Map<string, Set<Range>> };

/** Our own words, stating trade-2022-total, plus an editor, code and a form field saying the same. */
const TRAPS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Traps</title>
<link rel="stylesheet" href="/news.css"></head><body><main class="layout"><article class="story">
<h1>Trade notes</h1>
<p id="story">Trade between China and Russia reached a record $190 billion in 2022, customs figures show.</p>
<div contenteditable="true" id="editor"><p>Draft: trade between China and Russia reached a record $190 billion in 2022.</p></div>
<pre><code>// trade between China and Russia reached a record $190 billion in 2022</code></pre>
<textarea id="area">Trade between China and Russia reached a record $190 billion in 2022.</textarea>
<input id="field" value="Trade between China and Russia reached a record $190 billion in 2022.">
</article></main></body></html>`;

/** Typed into the editor: a mention the engine marks anywhere else (our own words). */
const TYPED_MENTION = 'Bilateral trade between China and Russia reached a record $190 billion in 2022.';

/** CSS written to break injected UI: hide custom elements, restyle everything, huge fonts, transforms. */
const HOSTILE_CSS = `
  * { font-size: 40px !important; line-height: 3 !important; letter-spacing: 4px !important; color: red !important; }
  div, table, td, th, button, details, blockquote { all: unset !important; display: inline !important; }
  second-source-host, #second-source-host, [id^="second"] { display: none !important; opacity: 0 !important;
    transform: scale(0.1) !important; position: static !important; z-index: -1 !important; }
  html > *:not(body):not(head) { visibility: hidden !important; }
  mark { background: black !important; }
`;

function cardBox(page: PageHandle) {
  return page.evaluate(() => {
    const host = document.getElementById('second-source-host');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    const cs = getComputedStyle(card);
    return {
      width: Math.round(r.width),
      height: Math.round(r.height),
      inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
      position: cs.position,
      radius: cs.borderTopLeftRadius,
      fontSize: cs.fontSize,
      background: cs.backgroundColor,
      theme: card.dataset.theme ?? null,
      hostVisible:
        !!host && getComputedStyle(host).display !== 'none' && getComputedStyle(host).visibility !== 'hidden',
    };
  });
}

async function setSettings(driver: BrowserDriver, settings: unknown) {
  await driver.extensionEval((s) => browser.storage.local.set({ settings: s }), settings);
}

const DEFAULTS = { disabledSites: [], highlightStyle: 'underline', packs: [] };
const opened: PageHandle[] = [];
let visit = 0;

async function open(driver: BrowserDriver, path: string): Promise<PageHandle> {
  const page = await driver.newPage(driver.server.url(`${path}${path.includes('?') ? '&' : '?'}visit=${++visit}`));
  opened.push(page);
  return page;
}

/** Opens a page and waits until its marks are all there: marks appear chunk by chunk, so the count must hold still. */
async function openMarked(driver: BrowserDriver, path: string): Promise<PageHandle> {
  const page = await open(driver, path);
  await expect.poll(() => page.highlightCount(), { timeout: 15_000 }).toBeGreaterThan(0);
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await page.highlightCount();
        const settled = now === last;
        last = now;
        return settled;
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(true);
  return page;
}

forEachBrowser('page robustness', (b) => {
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
    await setSettings(b.driver, DEFAULTS);
  });

  it('styles the card under a strict Content-Security-Policy', async () => {
    const page = await openMarked(b.driver, '/paraphrase.html?csp=strict');
    await page.hoverText('$190 billion');
    await expect.poll(() => cardBox(page), { timeout: 5000 }).toMatchObject({ position: 'fixed', radius: '10px' });
  });

  it('keeps the card intact on a page with hostile CSS', async () => {
    b.driver.server.route('/hostile.css', { body: HOSTILE_CSS, contentType: 'text/css' });
    b.driver.server.route('/hostile.html', {
      body: TRAPS.replace('</head>', '<link rel="stylesheet" href="/hostile.css"></head>'),
    });
    const page = await openMarked(b.driver, '/hostile.html');
    await page.hoverText('$190 billion');
    await expect.poll(() => cardBox(page), { timeout: 5000 }).not.toBeNull();
    const box = await cardBox(page);
    expect(box).toMatchObject({
      position: 'fixed',
      radius: '10px',
      fontSize: '13px',
      hostVisible: true,
      inViewport: true,
    });
    expect(box?.width).toBeLessThanOrEqual(400);
    expect(box?.width).toBeGreaterThan(300);
  });

  it('follows a dark page with a dark card', async () => {
    const page = await openMarked(b.driver, '/paraphrase.html?theme=dark');
    await page.hoverText('$190 billion');
    await expect.poll(async () => (await cardBox(page))?.theme, { timeout: 5000 }).toBe('dark');
  });

  it('leaves editors, code and form fields alone, also while a mention is typed into an editor', async () => {
    b.driver.server.route('/traps.html', { body: TRAPS });
    const page = await openMarked(b.driver, '/traps.html');
    /** Each mark as [id of the nearest element with an id, the marked words], in document order. */
    const marked = () =>
      page.evaluate(() =>
        [...((CSS as unknown as Highlights).highlights.get('second-source') ?? [])]
          .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
          .map((r) => [
            (r.startContainer.parentElement?.closest('[id]') as HTMLElement | null)?.id ?? '',
            r.toString(),
          ]),
      );
    expect(await marked()).toEqual([['story', 'a record $190 billion']]);

    // A sentence the engine marks (shown below, outside the editor), typed at the end of the editor.
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(` ${TYPED_MENTION}`);
    // The same sentence outside any editor, added after the typing: once it is marked, the scan has seen the typed text.
    await page.evaluate((sentence) => {
      const p = document.createElement('p');
      p.id = 'outside';
      p.textContent = sentence;
      document.querySelector('article')?.append(p);
    }, TYPED_MENTION);
    await expect.poll(marked, { timeout: 10_000 }).toEqual([
      ['story', 'a record $190 billion'],
      ['outside', 'a record $190 billion'],
    ]);
    // Not marked in the editor, and the typing arrived intact with the caret still there.
    await new Promise((r) => setTimeout(r, 800));
    expect(await marked()).toHaveLength(2);
    expect(await page.evaluate(() => document.getElementById('editor')?.textContent?.trim())).toBe(
      `Draft: trade between China and Russia reached a record $190 billion in 2022. ${TYPED_MENTION}`,
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
  });

  it('applies the reader’s highlight style live, and none at all', async () => {
    const page = await openMarked(b.driver, '/paraphrase.html');
    const count = (await page.highlights())['second-source'];
    await setSettings(b.driver, { ...DEFAULTS, highlightStyle: 'background' });
    await expect.poll(() => page.highlights(), { timeout: 5000 }).toEqual({ 'second-source-background': count });
    await setSettings(b.driver, { ...DEFAULTS, highlightStyle: 'outline' });
    await expect.poll(() => page.highlights(), { timeout: 5000 }).toEqual({ 'second-source-outline': count });
    await setSettings(b.driver, { ...DEFAULTS, highlightStyle: 'none' });
    await expect.poll(() => page.highlights(), { timeout: 5000 }).toEqual({});
    // Still usable from the keyboard without visible marks.
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => cardBox(page), { timeout: 5000 }).not.toBeNull();
  });

  it('turns off and on for a site live', async () => {
    const page = await openMarked(b.driver, '/paraphrase.html');
    await setSettings(b.driver, { ...DEFAULTS, disabledSites: ['127.0.0.1'] });
    await expect.poll(() => page.highlightCount(), { timeout: 5000 }).toBe(0);
    expect(await page.evaluate(() => !!document.getElementById('second-source-host'))).toBe(false);
    await setSettings(b.driver, DEFAULTS);
    await expect.poll(() => page.highlightCount(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('logged no errors', async () => {
    expect(await b.driver.consoleErrors()).toEqual([]);
  });
});
