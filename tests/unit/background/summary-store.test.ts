import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake, sessionData } from './fake-browser.ts';
import { fromTab, summaryWith } from './summaries.ts';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).fake }));

const send = (msg: unknown, sender: unknown) => fake.runtime.onMessage.fire(msg, sender)[0];
const popup = { id: 'second-source-test', url: 'chrome-extension://x/src/popup/index.html' };

describe('summary store', () => {
  beforeAll(async () => {
    await import('../../../src/background/index.ts');
  });
  beforeEach(resetFake);

  it('keeps each tab summary in storage.session, keyed by tab id', async () => {
    const a = summaryWith(2);
    const b = summaryWith(5, { url: 'http://127.0.0.1/other.html' });
    await send({ type: 'page-summary', summary: a }, fromTab(1));
    await send({ type: 'page-summary', summary: b }, fromTab(2));
    expect(sessionData()).toEqual({ 'summary:1': a, 'summary:2': b });
  });

  it('answers get-summary from the popup with that tab summary', async () => {
    const s = summaryWith(3);
    await send({ type: 'page-summary', summary: s }, fromTab(4));
    await expect(send({ type: 'get-summary', tabId: 4 }, popup)).resolves.toEqual(s);
  });

  it('answers null for a tab it knows nothing about', async () => {
    await expect(send({ type: 'get-summary', tabId: 99 }, popup)).resolves.toBeNull();
  });

  it('ignores get-summary without a valid tab id', () => {
    expect(send({ type: 'get-summary', tabId: -1 }, popup)).toBeUndefined();
    expect(send({ type: 'get-summary', tabId: '4' }, popup)).toBeUndefined();
  });

  it('forgets a tab when it closes', async () => {
    await send({ type: 'page-summary', summary: summaryWith(1) }, fromTab(3));
    fake.tabs.onRemoved.fire(3);
    await vi.waitFor(() => expect(sessionData()).toEqual({}));
  });

  it('forgets a tab when it starts loading a new page, not on other updates', async () => {
    await send({ type: 'page-summary', summary: summaryWith(1) }, fromTab(3));
    fake.tabs.onUpdated.fire(3, { status: 'complete' });
    await Promise.resolve();
    expect(Object.keys(sessionData())).toEqual(['summary:3']);
    fake.tabs.onUpdated.fire(3, { status: 'loading' });
    await vi.waitFor(() => expect(sessionData()).toEqual({}));
  });

  it('drops a stored value that is not a summary', async () => {
    await fake.storage.session.set({ 'summary:8': { nonsense: true } });
    await expect(send({ type: 'get-summary', tabId: 8 }, popup)).resolves.toBeNull();
  });
});
