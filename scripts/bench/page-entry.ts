/**
 * The bench bundle (built by bundle.ts, injected into a page without the extension): the real
 * content-script modules — PageController, scanner, extraction, CSS highlighter, engine, bundled
 * pack — wired exactly as src/page/content.ts wires them, except that settings come from defaults
 * instead of browser.storage and the summary goes nowhere. `scanAndMark()` times one full run:
 * settings → matcher → extraction → engine → highlights registered (controller.idle).
 */
import { createMatcher } from '../../src/core/engine.ts';
import { BUNDLED_PACK } from '../../src/page/bundled-pack.ts';
import { createCssHighlighter } from '../../src/page/highlight/css-highlighter.ts';
import { PageController } from '../../src/page/page-controller.ts';
import { sanitizeSettings } from '../../src/settings/sanitize.ts';

export interface ScanResult {
  ms: number;
  marks: number;
  quotes: string[];
}

let current: PageController | undefined;

async function scanAndMark(): Promise<ScanResult> {
  current?.destroy();
  const settings = sanitizeSettings(undefined).settings;
  const started = performance.now();
  const controller = new PageController({
    doc: document,
    bundled: BUNDLED_PACK,
    isTopFrame: true,
    createMatcher,
    createHighlighter: () => createCssHighlighter(window),
    api: {
      alive: () => true,
      sendSummary: () => {},
      loadSettings: async () => settings,
      onSettingsChanged: () => () => {},
      onMessage: () => () => {},
    },
  });
  current = controller;
  await controller.start();
  await controller.idle;
  const ms = performance.now() - started;
  return {
    ms,
    marks: controller.mentions.length,
    quotes: [...new Set(controller.mentions.map((m) => m.mention.quote))],
  };
}

(window as unknown as { __ssBench: unknown }).__ssBench = { scanAndMark };
