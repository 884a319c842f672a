/**
 * The toolbar badge: the number of mentions on the tab, nothing when there are none or the reader
 * turned the site off. A quiet slate colour, so it informs without shouting.
 */
import browser from 'webextension-polyfill';
import type { PageSummary } from '../messages.ts';

export const BADGE_COLOR = '#4a5568';
export const BADGE_TEXT_COLOR = '#ffffff';

export function badgeText(summary: PageSummary): string {
  if (!summary.enabled) return '';
  const n = summary.mentions.length;
  if (n <= 0) return '';
  return n > 99 ? '99+' : String(n);
}

export async function showBadge(tabId: number, summary: PageSummary): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(summary) });
}

/** Set once per background start; tab-specific text is reset by the browser on navigation. */
export async function initBadgeStyle(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  // setBadgeTextColor: Chrome 110+, Firefox 63+; absent in some forks.
  await browser.action.setBadgeTextColor?.({ color: BADGE_TEXT_COLOR });
}
