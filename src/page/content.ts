/**
 * Content script entry (manifest.json content_scripts). Runs in every frame; each frame scans its
 * own document. Never throws into the page.
 */
import { extensionAlive, loadSettings, onContentMessage, onSettingsChanged, sendSummary } from './extension-api.ts';
import { createCssHighlighter } from './highlight/css-highlighter.ts';
import { supportsCustomHighlights } from './highlight/highlighter.ts';
import { createMarkHighlighter } from './highlight/mark-highlighter.ts';
import { PageController } from './page-controller.ts';

function isTopFrame(): boolean {
  try {
    return window.top === window;
  } catch {
    return false;
  }
}

function main(): void {
  if (!(document instanceof HTMLDocument) || !document.documentElement) return;
  const controller = new PageController({
    doc: document,
    isTopFrame: isTopFrame(),
    createHighlighter: (mute) =>
      supportsCustomHighlights(window) ? createCssHighlighter(window) : createMarkHighlighter(document, mute),
    api: {
      alive: extensionAlive,
      sendSummary: (s) => void sendSummary(s),
      loadSettings,
      onSettingsChanged,
      onMessage: onContentMessage,
    },
  });
  controller.start().catch((e) => console.debug('[second-source] start failed', e));
}

try {
  main();
} catch (e) {
  console.debug('[second-source] content script failed', e);
}
