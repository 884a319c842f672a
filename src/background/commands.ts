/** Keyboard commands from the manifest, relayed to the content script of the tab they were pressed in. */
import browser, { type Tabs } from 'webextension-polyfill';
import type { ToContent } from '../messages.ts';

export const NEXT_MENTION = 'next-mention';

/** The tab the command was pressed in: given by the browser, else the active tab (no `tabs` permission needed). */
async function targetTab(tab: Tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== NEXT_MENTION) return;
  const tabId = await targetTab(tab);
  if (tabId === undefined) return;
  const msg: ToContent = { type: 'step-mention', direction: 1 };
  try {
    await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
  } catch {
    // No content script in this tab (browser page, store, PDF, or opened before install): nothing to step.
  }
}

export function watchCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    void onCommand(command, tab);
  });
}
