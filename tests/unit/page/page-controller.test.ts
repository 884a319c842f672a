// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Matcher } from '../../../src/core/engine.ts';
import type { Mention } from '../../../src/core/types.ts';
import type { PageSummary, ToContent } from '../../../src/messages.ts';
import type { Highlighter } from '../../../src/page/highlight/highlighter.ts';
import { PageController } from '../../../src/page/page-controller.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/types.ts';
import { FACT, PACK } from './fake-comparison.ts';

/** A stand-in engine: every "$190 billion" on a page naming China and Russia is a mention. */
function fakeMatcher(scanned: string[]): Matcher {
  const mayMatch = (t: string) => /China/.test(t) && /Russia/.test(t);
  return {
    mayMatch,
    scan(text, options) {
      scanned.push(text);
      if (!options?.pageNamesPair && !mayMatch(text)) return [];
      const out: Mention[] = [];
      for (const m of text.matchAll(/\$190 billion/g)) {
        const start = m.index ?? 0;
        out.push({ fact: FACT.id, pack: PACK.id, start, end: start + m[0].length, quote: m[0], sentence: m[0] });
      }
      return out;
    },
    fact: (id) => (id === FACT.id ? { fact: FACT, pack: PACK } : undefined),
    facts: () => [{ fact: FACT, pack: PACK }],
  };
}

function fakeHighlighter(log: Range[][]): Highlighter {
  return { setRanges: (r) => log.push(r), setActive: () => {}, setStyle: () => {}, clear: () => log.push([]) };
}

const settle = async (ms = 0) => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('page controller', () => {
  let scanned: string[];
  let highlights: Range[][];
  let summaries: PageSummary[];
  let alive: boolean;
  let settingsListener: ((s: Settings) => void) | undefined;
  let messageHandler: ((m: ToContent) => unknown) | undefined;
  let controller: PageController;

  function start(settings: Settings = DEFAULT_SETTINGS) {
    controller = new PageController({
      doc: document,
      bundled: PACK,
      isTopFrame: true,
      debounceMs: 150,
      isVisible: () => true,
      createMatcher: () => fakeMatcher(scanned),
      createHighlighter: () => fakeHighlighter(highlights),
      api: {
        alive: () => alive,
        sendSummary: (s) => summaries.push(s),
        loadSettings: async () => settings,
        onSettingsChanged: (l) => {
          settingsListener = l;
          return () => {};
        },
        onMessage: (h) => {
          messageHandler = h;
          return () => {};
        },
      },
    });
    return controller.start();
  }

  const lastSummary = () => summaries[summaries.length - 1];
  const marked = () => highlights[highlights.length - 1]?.map((r) => r.toString()) ?? [];

  beforeEach(() => {
    vi.useFakeTimers();
    scanned = [];
    highlights = [];
    summaries = [];
    alive = true;
    document.body.innerHTML = `
      <p id="a">China and Russia traded $190 billion in 2022.</p>
      <p id="b">Nothing here.</p>
      <div contenteditable="true" id="editor">draft</div>`;
  });
  afterEach(() => {
    controller?.destroy();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('scans, highlights and reports the mentions of the page', async () => {
    await start();
    await controller.idle;
    expect(marked()).toEqual(['$190 billion']);
    expect(lastSummary().mentions).toEqual([{ index: 0, fact: FACT.id, quote: '$190 billion' }]);
    expect(lastSummary().facts[0]).toMatchObject({ id: FACT.id, mentions: 1, firstIndex: 0 });
    expect(lastSummary().enabled).toBe(true);
    expect(messageHandler?.({ type: 'get-summary' })).toMatchObject({ mentions: [{ index: 0 }] });
  });

  it('does not run the engine on a page that never names both countries', async () => {
    document.body.innerHTML = '<p>Weather: sunny, $190 billion of clouds.</p>';
    await start();
    await controller.idle;
    expect(scanned).toEqual([]);
    expect(lastSummary().mentions).toEqual([]);
  });

  it('scans the page once late content makes it name both countries, reading only the new text before', async () => {
    document.body.innerHTML = '<p>China reported $190 billion of something.</p>';
    await start();
    await controller.idle;
    expect(scanned).toEqual([]);
    document.body.appendChild(document.createElement('p')).textContent = 'Weather in Lisbon.';
    await settle(200);
    await controller.idle;
    expect(scanned).toEqual([]);
    document.body.appendChild(document.createElement('p')).textContent = 'Russia replied.';
    await settle(200);
    await controller.idle;
    expect(marked()).toEqual(['$190 billion']);
  });

  it('marks late content after the debounce, scanning only the new block', async () => {
    await start();
    await controller.idle;
    scanned.length = 0;
    const p = document.createElement('p');
    p.textContent = 'Later: Russia and China again said $190 billion.';
    document.body.appendChild(p);
    await settle(100);
    expect(scanned).toEqual([]); // still debouncing
    await settle(100);
    await controller.idle;
    expect(marked()).toEqual(['$190 billion', '$190 billion']);
    expect(scanned.join('\n')).toContain('Later: Russia and China');
    expect(scanned.join('\n')).not.toContain('traded $190 billion');
    expect(lastSummary().mentions).toHaveLength(2);
  });

  it('gives blocks without the country names the page context', async () => {
    await start();
    await controller.idle;
    const p = document.createElement('p');
    p.textContent = 'Bilateral trade was $190 billion.';
    document.body.appendChild(p);
    await settle(200);
    await controller.idle;
    expect(marked()).toHaveLength(2);
  });

  it('rescans an edited paragraph and drops removed ones', async () => {
    await start();
    await controller.idle;
    const a = document.getElementById('a') as HTMLElement;
    (a.firstChild as Text).data = 'China and Russia traded $190 billion, or $190 billion.';
    await settle(200);
    await controller.idle;
    expect(marked()).toEqual(['$190 billion', '$190 billion']);
    a.remove();
    await settle(200);
    await controller.idle;
    expect(lastSummary().mentions).toEqual([]);
  });

  it('ignores edits inside editors and does nothing while the page does not change', async () => {
    await start();
    await controller.idle;
    scanned.length = 0;
    const before = summaries.length;
    (document.getElementById('editor') as HTMLElement).textContent = 'China Russia $190 billion';
    await settle(1000);
    await controller.idle;
    expect(scanned).toEqual([]);
    expect(summaries.length).toBe(before);
  });

  it('re-reads a changed block only once per burst of mutations', async () => {
    await start();
    await controller.idle;
    scanned.length = 0;
    const b = document.getElementById('b') as HTMLElement;
    for (let i = 0; i < 20; i++) b.textContent = `Tick ${i} in Russia and China`;
    await settle(200);
    await controller.idle;
    expect(scanned).toHaveLength(1);
    expect(scanned[0]).toContain('Tick 19');
  });

  it('stays off on a disabled site and turns on live when the reader allows it', async () => {
    await start({ ...DEFAULT_SETTINGS, disabledSites: [location.hostname] });
    await controller.idle;
    expect(lastSummary().enabled).toBe(false);
    expect(scanned).toEqual([]);
    settingsListener?.({ ...DEFAULT_SETTINGS });
    await settle(0);
    await controller.idle;
    expect(lastSummary().enabled).toBe(true);
    expect(marked()).toEqual(['$190 billion']);
    settingsListener?.({ ...DEFAULT_SETTINGS, disabledSites: [location.hostname] });
    await settle(0);
    await controller.idle;
    expect(lastSummary().enabled).toBe(false);
    expect(marked()).toEqual([]);
  });

  it('keeps the open card when its paragraph re-renders around the same words, and closes it when they change', async () => {
    await start();
    await controller.idle;
    expect(messageHandler?.({ type: 'reveal-mention', index: 0 })).toBe(true);
    const card = () => document.getElementById('second-source-host')?.shadowRoot?.querySelector<HTMLElement>('.card');
    const opened = card();
    expect(opened?.dataset.fact).toBe(FACT.id);
    const p = document.getElementById('a') as HTMLElement;
    for (const n of [7, 8, 9]) {
      // New text nodes for the same words, a counter beside them: the rescan finds a new copy.
      p.innerHTML = `China and Russia traded $190 billion in 2022. <b>${n}</b> readers.`;
      await settle(200);
      await controller.idle;
      expect(card()).toBe(opened); // the same card, not closed and opened again
    }
    expect(scanned.some((t) => t.includes('9 readers'))).toBe(true);
    p.textContent = 'China and Russia traded $191 billion in 2022.';
    await settle(200);
    await controller.idle;
    expect(card()).toBeFalsy();
  });

  it('tears down when the extension context is gone', async () => {
    await start();
    await controller.idle;
    expect(messageHandler?.({ type: 'reveal-mention', index: 0 })).toBe(true);
    expect(document.getElementById('second-source-host')).not.toBeNull();
    alive = false;
    document.body.appendChild(document.createElement('p')).textContent = 'China Russia $190 billion';
    await settle(300);
    expect(document.getElementById('second-source-host')).toBeNull();
    expect(marked()).toEqual([]);
  });
});
