/**
 * Pages whose DOM is not simple, in both browsers.
 *
 * React: a page rendered on the server by React (react-dom/server) and hydrated in the browser
 * (react-dom/client hydrateRoot), in both browsers. The client waits until Second Source has marked
 * the page, so hydration meets a page the extension has already scanned. Then the app re-renders
 * the marked paragraphs with new text (one replaced element, one text update, one set of
 * interpolated text nodes). Expected: no hydration or other React error, the page's DOM exactly as
 * the server sent it (the CSS Highlight API changes nothing), marks that follow the new text.
 *
 * Frames and shadow roots: text in same-origin iframes (src= and srcdoc=) is marked by each frame's
 * own content script (all_frames); text in open shadow roots is marked like any other.
 *
 * Fields: inputs, textareas, selects, contenteditable and code/pre are never marked or changed,
 * also while the reader types a mention into them.
 */
import { afterEach, beforeAll, expect, it } from 'vitest';
import {
  cardState,
  domNow,
  fieldValues,
  frameCardTitle,
  frameHighlightTexts,
  framePointOf,
  highlightOwners,
  highlightTexts,
  readProbe,
  shadowPointOf,
} from '../fixtures/hostile/probes.ts';
import { reactPage, registerHostileRoutes } from '../fixtures/hostile/routes.ts';
import { forEachBrowser, type PageHandle } from './harness/index.ts';

declare const browser: import('webextension-polyfill').Browser;

const BEFORE = ['a record $190 billion', '$200 billion'];
const AFTER = ['$185 billion', 'about 40 times'];

forEachBrowser('reliability: React, frames, shadow roots and form fields', (b) => {
  let page: PageHandle | undefined;
  beforeAll(async () => {
    registerHostileRoutes(b.driver.server);
    await reactPage(); // bundle once, outside the test's time
  });
  afterEach(async () => {
    await page?.close().catch(() => undefined);
    page = undefined;
  });

  it(`${b.name}: hydrates with no error after the page was marked; marks follow re-rendered text`, async () => {
    b.driver.clearLogs();
    const p = await b.driver.newPage(b.driver.server.url('/hostile/react.html'));
    page = p;
    await p.waitFor(() => (window as unknown as { __appHydrated?: boolean }).__appHydrated, undefined, {
      timeout: 15_000,
    });
    const state = await p.evaluate(() => {
      const w = window as unknown as {
        __markedBeforeHydration: boolean;
        __bodyBeforeHydration: string;
        __reactErrors: string[];
      };
      return { marked: w.__markedBeforeHydration, bodyBefore: w.__bodyBeforeHydration, errors: w.__reactErrors };
    });
    const probe = await p.evaluate(readProbe);
    expect(state.marked, 'the extension marked the page before React hydrated it').toBe(true);
    expect(state.bodyBefore, 'body.innerHTML untouched by the extension before hydration').toBe(probe.initialBody);
    expect(state.errors).toEqual([]);
    expect(await p.evaluate(highlightTexts)).toEqual(BEFORE);
    // The only element the extension may add is its host, on <html>, and only once a card opens.
    expect((await p.evaluate(domNow)).rootChildren).toEqual(['head', 'body']);

    // Hydrated for real: React handles a click.
    await p.click('#like');
    await p.waitFor(() => document.getElementById('like')?.textContent === 'Likes: 1');

    // Re-render the marked paragraphs with new text.
    await p.evaluate(() => (window as unknown as { __setVersion(v: number): void }).__setVersion(1));
    await expect.poll(() => p.evaluate(highlightTexts), { timeout: 5_000 }).toEqual(AFTER);
    const owners = await p.evaluate(highlightOwners);
    expect(owners.map((o) => o.owner)).toEqual(['p-trade', 'p-meetings']);
    expect(owners.every((o) => o.connected && !o.collapsed)).toBe(true);

    // The card for a re-rendered mention is right, and React keeps working with the host on <html>.
    await p.hoverText('about 40 times');
    await expect.poll(async () => (await p.evaluate(cardState)).title).toBe('How often Xi and Putin have met');
    await p.click('#like');
    await p.waitFor(() => document.getElementById('like')?.textContent === 'Likes: 2');
    await p.evaluate(() => (window as unknown as { __setVersion(v: number): void }).__setVersion(0));
    await expect.poll(() => p.evaluate(highlightTexts), { timeout: 5_000 }).toEqual(BEFORE);

    const dom = await p.evaluate(domNow);
    expect(dom.rootChildren).toEqual(['head', 'body', 'second-source-host']);
    expect(dom.body).not.toContain('second-source');
    const errors = await p.evaluate(() => (window as unknown as { __reactErrors: string[] }).__reactErrors);
    expect(errors).toEqual([]);
    const console = await b.driver.consoleErrors();
    expect(console.filter((e) => /hydrat|Minified React error|React/i.test(e.text))).toEqual([]);
    expect(console).toEqual([]);
    expect((await p.evaluate(readProbe)).errors).toEqual([]);
  });

  async function open(path: string): Promise<PageHandle> {
    b.driver.clearLogs();
    page = await b.driver.newPage(b.driver.server.url(path));
    await page.waitFor(() => (document.readyState === 'complete' ? true : null));
    return page;
  }

  it(`${b.name}: same-origin iframe (src=): the frame's text is marked and its card opens`, async () => {
    const p = await open('/hostile/frames.html');
    await expect.poll(() => p.evaluate(highlightTexts), { timeout: 15_000 }).toEqual(['a record $190 billion']);
    await expect
      .poll(() => p.evaluate(frameHighlightTexts, 'frame-src'), { timeout: 15_000 })
      .toEqual(['about 40 times']);
    const at = await p.evaluate(framePointOf, ['frame-src', '40 times'] as [string, string]);
    expect(at).not.toBeNull();
    await p.hover(at as { x: number; y: number });
    await expect
      .poll(() => p.evaluate(frameCardTitle, 'frame-src'), { timeout: 5_000 })
      .toBe('How often Xi and Putin have met');
    expect(await b.driver.consoleErrors()).toEqual([]);
  });

  // match_about_blank; in Firefox with include_globs, which keeps the script out of blank tabs (scripts/browser-manifest.ts).
  it(`${b.name}: same-origin iframe (srcdoc=, about:srcdoc): the frame's text is marked`, async () => {
    const p = await open('/hostile/frames.html');
    await expect.poll(() => p.evaluate(highlightTexts), { timeout: 15_000 }).toEqual(['a record $190 billion']);
    await expect
      .poll(() => p.evaluate(frameHighlightTexts, 'frame-srcdoc'), { timeout: 5_000 })
      .toEqual(['$200 billion']);
    expect(await b.driver.consoleErrors()).toEqual([]);
  });

  // The other side of running in srcdoc frames: Firefox would also run the script in a blank tab (a
  // top-level about:blank) unless the manifest says include_globs (scripts/browser-manifest.ts).
  it(`${b.name}: a blank tab runs no content script`, async () => {
    b.driver.clearLogs();
    page = await b.driver.newPage('about:blank');
    // A page opened after the blank tab is scanned and summarised; the blank tab's script, had it
    // been injected, would have sent its summary by then too (top frames always send one).
    const after = await b.driver.newPage(b.driver.server.url('/hostile/frames.html'));
    const summaryUrls = () =>
      b.driver.extensionEval(
        async () => Object.values(await browser.storage.session.get(null)).map((s) => (s as { url?: string }).url),
        undefined,
      );
    try {
      await expect.poll(summaryUrls, { timeout: 15_000 }).toContain(after.url());
      expect(await summaryUrls()).not.toContain('about:blank');
      expect(await b.driver.consoleErrors()).toEqual([]);
    } finally {
      await after.close();
    }
  });

  it(`${b.name}: open shadow root: its text is marked (slotted light-DOM text too); a closed root is left alone`, async () => {
    const p = await open('/hostile/shadow.html');
    await expect.poll(() => p.evaluate(highlightTexts), { timeout: 15_000 }).toContain('$200 billion');
    expect(await p.evaluate(highlightTexts)).toContain('a record $190 billion');
    await expect
      .poll(() => p.evaluate(highlightTexts), { timeout: 3_000 })
      .toEqual(['a record $190 billion', 'about 40 times', '$200 billion']);
    const at = await p.evaluate(shadowPointOf, '40 times');
    await p.hover(at as { x: number; y: number });
    await expect.poll(async () => (await p.evaluate(cardState)).title).toBe('How often Xi and Putin have met');
    expect(await b.driver.consoleErrors()).toEqual([]);
  });

  it(`${b.name}: inputs, textarea, select, contenteditable, pre and code are neither marked nor changed, also while typing`, async () => {
    const p = await open('/hostile/fields.html');
    const before = await p.evaluate(fieldValues);
    await expect
      .poll(() => p.evaluate(highlightOwners), { timeout: 15_000 })
      .toEqual([{ text: 'about $188 billion', owner: 'p-control', collapsed: false, connected: true }]);
    expect(await p.evaluate(fieldValues)).toEqual(before);

    // The reader types mentions into the editor and the textarea.
    const typed = ' Trade between China and Russia hit a record $190 billion in 2022.';
    await p.click('#editor p');
    await p.evaluate(() => {
      const para = document.querySelector('#editor p') as HTMLElement;
      const sel = getSelection() as Selection;
      sel.selectAllChildren(para);
      sel.collapseToEnd();
    });
    await p.keyboard.type(typed);
    await p.click('#letter-text');
    await p.evaluate(() => {
      const t = document.getElementById('letter-text') as HTMLTextAreaElement;
      t.setSelectionRange(t.value.length, t.value.length);
    });
    await p.keyboard.type(typed);
    await new Promise((r) => setTimeout(r, 1_200)); // debounce (200 ms) + rescan, with room to spare
    const after = await p.evaluate(fieldValues);
    // Browsers may type the leading space as &nbsp;: compare the text, then check no element was added.
    expect(after.editor.replace(/&nbsp;/g, ' ')).toBe(before.editor.replace('</p>', `${typed}</p>`));
    expect(after.letter).toBe(before.letter + typed);
    expect({ ...after, editor: '', letter: '' }).toEqual({ ...before, editor: '', letter: '' });
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('letter-text');
    expect(await p.evaluate(highlightOwners)).toEqual([
      { text: 'about $188 billion', owner: 'p-control', collapsed: false, connected: true },
    ]);
    expect(await b.driver.consoleErrors()).toEqual([]);
    expect((await p.evaluate(readProbe)).errors).toEqual([]);
  });
});
