/**
 * The bench bundle (built by bundle.ts, injected into a page without the extension): the real
 * content-script modules — PageController, scanner, extraction, CSS highlighter, engine, bundled
 * pack — wired exactly as src/page/content.ts wires them, except that settings come from defaults
 * instead of browser.storage and the summary goes nowhere. `scanAndMark()` times one full run:
 * settings → matcher → extraction → engine → highlights registered (controller.idle). `gate()` times
 * the country gate's text pass alone.
 */
import { createMatcher } from '../../src/core/engine.ts';
import type { ClaimPack } from '../../src/core/schema.ts';
import { BUNDLED_PACK } from '../../src/page/bundled-pack.ts';
import { createCssHighlighter } from '../../src/page/highlight/css-highlighter.ts';
import { PageController } from '../../src/page/page-controller.ts';
import { CountryWatch } from '../../src/page/scan/country-watch.ts';
import { pairGates } from '../../src/page/scan/pair-names.ts';
import { sanitizeSettings } from '../../src/settings/sanitize.ts';
import { syntheticPack } from './synthetic-pack.ts';

export interface ScanResult {
  ms: number;
  marks: number;
  quotes: string[];
}

let current: PageController | undefined;
const synthetic = new Map<number, ClaimPack>();

/**
 * One full run; with `extraFacts`, a synthetic pack of that many facts (made once, outside the
 * timing) is matched beside the bundled one: the `scale-10k` case.
 */
async function scanAndMark(extraFacts = 0): Promise<ScanResult> {
  let extra = synthetic.get(extraFacts);
  if (extraFacts && !extra) {
    extra = syntheticPack(extraFacts, BUNDLED_PACK);
    synthetic.set(extraFacts, extra);
  }
  current?.destroy();
  const settings = sanitizeSettings(undefined).settings;
  const started = performance.now();
  const controller = new PageController({
    doc: document,
    bundled: BUNDLED_PACK,
    isTopFrame: true,
    createMatcher: extra ? (packs) => createMatcher([...packs, extra]) : createMatcher,
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

/**
 * The part of a run that grows with the page on a page that does not name both countries: the
 * country gate's pass over the text (ms per pass, repeated for at least `minMs`, like the floor).
 */
async function gate(minMs = 30): Promise<number> {
  // The pairs a page with default settings watches (the bundled pack's): with none, the pass reads nothing.
  const watch = new CountryWatch(pairGates(sanitizeSettings(undefined).settings));
  const t0 = performance.now();
  let passes = 0;
  let now = t0;
  do {
    await watch.resetFrom(document.body);
    passes++;
    now = performance.now();
  } while (now - t0 < minMs);
  return (now - t0) / passes;
}

(window as unknown as { __ssBench: unknown }).__ssBench = { scanAndMark, gate };
