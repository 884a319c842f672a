/**
 * Background entry (Chrome service worker, Firefox event page). Every listener is registered
 * synchronously at start-up, as MV3 requires for the worker to be woken by events.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { initBadgeStyle } from './badge.ts';
import { watchCommands } from './commands.ts';
import { handleMessage } from './message-handler.ts';
import { watchTabs } from './summary-store.ts';

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => handleMessage(msg, sender));
watchTabs();
watchCommands();
void initBadgeStyle().catch(() => undefined);
