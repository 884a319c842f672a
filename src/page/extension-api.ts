/**
 * The content script's only door to the extension runtime: messages, settings, liveness. Every call
 * is guarded — after the extension is reloaded or removed, the old script's runtime is gone and any
 * call would throw into the page.
 */
import browser from 'webextension-polyfill';
import type { PageSummary, ToBackground, ToContent } from '../messages.ts';
import { isToContent } from '../messages.ts';
import { sanitizeSettings } from '../settings/sanitize.ts';
import { SETTINGS_KEY, type Settings } from '../settings/types.ts';

/** False once this script's extension context is invalidated (extension reloaded, updated, removed). */
export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

export async function sendSummary(summary: PageSummary): Promise<void> {
  const message: ToBackground = { type: 'page-summary', summary };
  try {
    await browser.runtime.sendMessage(message);
  } catch (e) {
    // No listener yet (background starting) or the context is gone; neither concerns the page.
    console.debug('[second-source] page-summary not delivered', e);
  }
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return sanitizeSettings(stored[SETTINGS_KEY]).settings;
  } catch (e) {
    console.debug('[second-source] settings unreadable, using defaults', e);
    return sanitizeSettings(undefined).settings;
  }
}

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe function. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    listener(sanitizeSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  try {
    browser.storage.onChanged.addListener(handler);
  } catch {
    return () => {};
  }
  return () => {
    try {
      browser.storage.onChanged.removeListener(handler);
    } catch {
      // context gone
    }
  };
}

/** Handles popup/background messages; a handler returning undefined leaves the message to other frames. */
export function onContentMessage(handler: (message: ToContent) => unknown): () => void {
  const listener = (message: unknown) => {
    if (!isToContent(message)) return undefined;
    try {
      const answer = handler(message);
      return answer === undefined ? undefined : Promise.resolve(answer);
    } catch (e) {
      console.debug('[second-source] message handling failed', e);
      return undefined;
    }
  };
  try {
    browser.runtime.onMessage.addListener(listener);
  } catch {
    return () => {};
  }
  return () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // context gone
    }
  };
}
