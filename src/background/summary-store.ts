/**
 * Each tab's latest PageSummary, kept in storage.session so it survives the service worker (or
 * Firefox event page) being stopped, and dropped when the tab closes or starts loading a new page.
 */
import browser from 'webextension-polyfill';
import type { PageSummary } from '../messages.ts';
import { isPageSummary } from './summary-check.ts';

const PREFIX = 'summary:';
export const summaryKey = (tabId: number) => `${PREFIX}${tabId}`;

export async function saveSummary(tabId: number, summary: PageSummary): Promise<void> {
  await browser.storage.session.set({ [summaryKey(tabId)]: summary });
}

export async function getSummary(tabId: number): Promise<PageSummary | undefined> {
  const key = summaryKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return isPageSummary(stored) ? stored : undefined;
}

export async function removeSummary(tabId: number): Promise<void> {
  await browser.storage.session.remove(summaryKey(tabId));
}

/** Drop a tab's summary when the tab closes or begins a navigation (its content script resends). */
export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void removeSummary(tabId).catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void removeSummary(tabId).catch(() => undefined);
  });
}
