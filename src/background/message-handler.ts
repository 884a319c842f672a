/**
 * The background's message handler: page summaries in (badge + store), summaries out to the popup.
 * Anything that is not a well-formed ToBackground message is left unanswered for other listeners.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isToBackground, type PageSummary } from '../messages.ts';
import { showBadge } from './badge.ts';
import { checkMessage } from './summary-check.ts';
import { getSummary, saveSummary } from './summary-store.ts';

/** Returns a promise (the reply) for our messages, undefined for anything else. */
export function handleMessage(msg: unknown, sender: Runtime.MessageSender): Promise<PageSummary | null> | undefined {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
  if (!isToBackground(msg) || !checkMessage(msg)) return undefined;
  if (msg.type === 'get-summary') return getSummary(msg.tabId).then((s) => s ?? null);
  const tabId = sender.tab?.id;
  // Only a tab's top frame speaks for the tab; subframes and extension pages are ignored.
  if (tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0) return undefined;
  const { summary } = msg;
  return Promise.all([saveSummary(tabId, summary), showBadge(tabId, summary)]).then(() => null);
}
