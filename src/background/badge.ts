/**
 * The toolbar badge: the number of mentions on the tab, nothing when there are none or the reader
 * turned the site off. A quiet slate colour, so it informs without shouting. The button's title
 * says the same in words, in the reader's language.
 */
import browser from 'webextension-polyfill';
import type { PageSummary } from '../messages.ts';
import { t, tn } from '../ui/i18n.ts';

export const BADGE_COLOR = '#4a5568';
export const BADGE_TEXT_COLOR = '#ffffff';

export function badgeText(summary: PageSummary): string {
  if (!summary.enabled) return '';
  const n = summary.mentions.length;
  if (n <= 0) return '';
  return n > 99 ? '99+' : String(n);
}

/** "Second Source: 3 mentions on this page", "Second Source: off on this site", or just the name. */
export function badgeTitle(summary: PageSummary): string {
  if (!summary.enabled) return t('offOnThisSiteTitle');
  const n = summary.mentions.length;
  return n > 0 ? t('mentionsOnThisPageTitle', tn('mentionCount', n)) : t('extName');
}

export async function showBadge(tabId: number, summary: PageSummary): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(summary) }),
    browser.action.setTitle({ tabId, title: badgeTitle(summary) }),
  ]);
}

/** Set once per background start; tab-specific text is reset by the browser on navigation. */
export async function initBadgeStyle(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  // setBadgeTextColor: Chrome 110+, Firefox 63+; absent in some forks.
  await browser.action.setBadgeTextColor?.({ color: BADGE_TEXT_COLOR });
}
