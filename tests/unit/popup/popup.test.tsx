// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../../../src/messages.ts';
import { Popup } from '../../../src/popup/Popup.tsx';
import { SETTINGS_KEY } from '../../../src/settings/types.ts';
import { setMessageSource } from '../../../src/ui/i18n.ts';
import { messageSource } from '../i18n-source.ts';
import { fake, resetFake } from '../settings/fake-browser.ts';
import { click, mount, text, unmount, waitFor } from '../settings/render.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../settings/fake-browser.ts')).fake }));

const summary: PageSummary = {
  url: 'https://www.globaltimes.cn/page/202303/1287576.shtml',
  host: 'www.globaltimes.cn',
  outlet: { id: 'global-times', name: 'Global Times', confidence: 'known' },
  enabled: true,
  mentions: [
    { index: 0, fact: 'visit-dates', quote: 'from Monday to Wednesday' },
    { index: 1, fact: 'trade-2022-total', quote: '$190 billion' },
    { index: 2, fact: 'trade-2022-total', quote: '1.28 trillion yuan' },
  ],
  facts: [
    {
      id: 'visit-dates',
      kind: 'event',
      title: 'State visit, March 20–22, 2023',
      mentions: 1,
      firstIndex: 0,
      agree: 0,
      differ: 0,
      outlets: 5,
    },
    {
      id: 'trade-2022-total',
      kind: 'figure',
      title: 'China–Russia trade in 2022',
      mentions: 2,
      firstIndex: 1,
      agree: 3,
      differ: 1,
      outlets: 4,
      range: '$185 bn – $190 bn',
    },
  ],
};

let root: HTMLElement | undefined;
beforeEach(() => {
  resetFake();
  window.close = vi.fn();
});
afterEach(async () => {
  if (root) await unmount(root);
  root = undefined;
});

function answer(s: PageSummary | undefined) {
  fake.runtime.sendMessage.mockImplementation(async () => s);
}

describe('popup', () => {
  it('asks the background for the active tab and lists figures first, then events', async () => {
    answer(summary);
    root = await mount(<Popup />);
    await waitFor(() => expect(root?.querySelectorAll('button.fact')).toHaveLength(2));
    expect(fake.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'get-summary', tabId: 7 });

    expect(text(root.querySelector('h1'))).toBe('Second Source');
    expect(text(root.querySelector('.outlet'))).toBe('This page: Global Times — one of the sources');
    const headings = [...root.querySelectorAll('.group h2')].map(text);
    expect(headings).toEqual(['Figures · 1', 'Events · 1']);
    const [figure, event] = [...root.querySelectorAll('button.fact')];
    expect(text(figure)).toBe('China–Russia trade in 2022, 3 agree · 1 differs, $185 bn – $190 bn, 2 mentions');
    expect(text(event)).toContain('State visit, March 20–22, 2023');
    expect(text(event)).toContain('1 mention');
    expect(text(event)).toContain('Reported by 5 outlets');
    expect(text(root.querySelector('.found'))).toBe('2 facts · 3 mentions on this page');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('clicking a fact reveals its first mention in the tab and closes the popup', async () => {
    answer(summary);
    root = await mount(<Popup />);
    const button = await waitFor(() => {
      const b = root?.querySelector('button[data-fact="trade-2022-total"]');
      if (!b) throw new Error('not yet');
      return b;
    });
    await click(button);
    await waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'reveal-mention', index: 1 }, { frameId: 0 });
  });

  it('shows what it looks for when the page has nothing', async () => {
    answer({ ...summary, outlet: undefined, mentions: [], facts: [] });
    root = await mount(<Popup />);
    await waitFor(() => expect(text(root)).toContain('No China–Russia trade figures or events on this page.'));
    expect(text(root)).toContain('e.g. 2022 bilateral trade, Power of Siberia gas, Xi–Putin meetings');
    expect(root.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('true');
  });

  it('says it cannot read pages without a content script', async () => {
    answer(undefined);
    fake.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    root = await mount(<Popup />);
    await waitFor(() => expect(text(root)).toContain("Second Source can't read this page"));
    expect(root.querySelector('[role="switch"]')).toBeNull();
  });

  it('shows skeleton rows while loading, in the same reserved space', async () => {
    fake.runtime.sendMessage.mockImplementation(() => new Promise(() => {}));
    root = await mount(<Popup />);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelectorAll('.sk-row')).toHaveLength(3);
    expect(text(root.querySelector('.skeleton'))).toBe('Loading…');
  });

  it('the site switch writes disabledSites and shows the off state', async () => {
    answer(summary);
    root = await mount(<Popup />);
    const sw = await waitFor(() => {
      const s = root?.querySelector('[role="switch"]');
      if (!s) throw new Error('not yet');
      return s;
    });
    expect(sw.getAttribute('aria-label')).toBe('Second Source on www.globaltimes.cn');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await click(sw);
    await waitFor(() =>
      expect(fake.storage.local.dump()[SETTINGS_KEY]).toMatchObject({ disabledSites: ['www.globaltimes.cn'] }),
    );
    await waitFor(() => expect(text(root)).toContain('Second Source is off on this site'));
    expect(root.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('false');
    expect(text(root.querySelector('[role="status"].status'))).toBe('Turned off for www.globaltimes.cn');

    await click(root.querySelector('[role="switch"]'));
    await waitFor(() => expect(fake.storage.local.dump()[SETTINGS_KEY]).toMatchObject({ disabledSites: [] }));
  });

  it('uses ?tabId= when given and then stays open after revealing', async () => {
    history.replaceState(null, '', '?tabId=42');
    try {
      answer(summary);
      root = await mount(<Popup />);
      await waitFor(() => expect(root?.querySelectorAll('button.fact')).toHaveLength(2));
      expect(fake.tabs.query).not.toHaveBeenCalled();
      expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ type: 'get-summary', tabId: 42 });
      await click(root.querySelector('button[data-fact="visit-dates"]'));
      await waitFor(() =>
        expect(fake.tabs.sendMessage).toHaveBeenCalledWith(42, { type: 'reveal-mention', index: 0 }, { frameId: 0 }),
      );
      expect(window.close).not.toHaveBeenCalled();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('falls back to asking the page when the background has no summary yet', async () => {
    answer(undefined);
    fake.tabs.sendMessage.mockImplementation(async () => ({ ...summary, outlet: undefined }));
    root = await mount(<Popup />);
    await waitFor(() => expect(root?.querySelectorAll('button.fact')).toHaveLength(2));
    expect(fake.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'get-summary' }, { frameId: 0 });
  });

  it('lists every mention in page order, each revealing its own index', async () => {
    answer(summary);
    root = await mount(<Popup />);
    await waitFor(() => expect(root?.querySelectorAll('button.mention')).toHaveLength(3));
    const items = [...(root?.querySelectorAll('button.mention') ?? [])].map(text);
    expect(items[0]).toBe('“from Monday to Wednesday”, State visit, March 20–22, 2023');
    expect(items[2]).toBe('“1.28 trillion yuan”, China–Russia trade in 2022');
    expect(text(root?.querySelector('details.mentions summary'))).toBe('All 3 mentions in page order');
    await click(root?.querySelector('button.mention[data-index="2"]'));
    await waitFor(() =>
      expect(fake.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'reveal-mention', index: 2 }, { frameId: 0 }),
    );
  });

  it("reads in the browser's language: Russian plural forms, Chinese words, dataset titles as written", async () => {
    try {
      setMessageSource(messageSource('ru'));
      answer(summary);
      root = await mount(<Popup />);
      await waitFor(() => expect(root?.querySelectorAll('button.fact')).toHaveLength(2));
      expect(text(root.querySelector('.outlet'))).toBe('Эта страница: Global Times — одно из изданий в сравнении');
      expect([...root.querySelectorAll('.group h2')].map(text)).toEqual(['Цифры · 1', 'События · 1']);
      expect(text(root.querySelector('button.fact'))).toBe(
        'China–Russia trade in 2022, 3 совпадают · 1 расходится, $185 bn – $190 bn, 2 упоминания',
      );
      expect(text(root.querySelector('.found'))).toBe('2 факта · 3 упоминания на странице');
      expect(text(root.querySelector('details.mentions summary'))).toBe('Все 3 упоминания по порядку');
      expect(text(root.querySelector('.mention-quote'))).toBe('«from Monday to Wednesday»');
      await unmount(root);

      setMessageSource(messageSource('zh_CN'));
      root = await mount(<Popup />);
      await waitFor(() => expect(root?.querySelectorAll('button.fact')).toHaveLength(2));
      expect([...root.querySelectorAll('.group h2')].map(text)).toEqual(['数字 · 1', '事件 · 1']);
      expect(text(root.querySelector('.found'))).toBe('本页 2 个事实 · 3 处提及');
      expect(text(root.querySelector('.site-label'))).toBe('在 www.globaltimes.cn 上已开启');
      expect(text(root.querySelectorAll('button.fact')[1])).toContain('5 家媒体报道过');
    } finally {
      setMessageSource(messageSource('en'));
    }
  });

  it('opens the options page', async () => {
    answer(summary);
    root = await mount(<Popup />);
    await click(root.querySelector('button[aria-label="Options"]'));
    expect(fake.runtime.openOptionsPage).toHaveBeenCalled();
  });
});
