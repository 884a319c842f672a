/** One PageHandle implementation over the few primitives that differ between Playwright and Puppeteer. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { probeElementPoint, probeHighlights, probeMarkCount, probeShadowText, probeTextPoint } from './page-probes.ts';
import type { BrowserName, PageHandle, Target } from './types.ts';

/** esbuild's keepNames (tsx) calls __name(fn, 'name') in serialized functions; pages need a stand-in. */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

type Fn<A, R> = (arg: A) => R | Promise<R>;

export interface PagePrimitives {
  browser: BrowserName;
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A>(fn: Fn<A, R>, arg: A): Promise<Awaited<R>>;
  waitFor<R, A>(fn: Fn<A, R>, arg: A, timeout: number): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  wheel(dy: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string, fullPage: boolean): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export function makePageHandle(p: PagePrimitives): PageHandle {
  const point = async (target: Target) => {
    if (typeof target !== 'string') return target;
    const at = await p.evaluate(probeElementPoint, target);
    if (!at) throw new Error(`${p.browser}: no element matches ${target} on ${p.url()}`);
    return at;
  };
  const evaluate = <R, A>(fn: Fn<A, R>, arg?: A) => p.evaluate(fn, arg as A);
  return {
    browser: p.browser,
    url: () => p.url(),
    goto: (url) => p.goto(url),
    reload: () => p.reload(),
    evaluate,
    waitFor: (fn, arg, opts) => p.waitFor(fn, arg as never, opts?.timeout ?? 15_000),
    hover: async (target) => {
      const { x, y } = await point(target);
      await p.mouseMove(x, y);
    },
    click: async (target) => {
      const { x, y } = await point(target);
      await p.mouseClick(x, y);
    },
    hoverText: async (text, occurrence = 0) => {
      const at = await p.evaluate(probeTextPoint, [text, occurrence] as [string, number]);
      if (!at) throw new Error(`${p.browser}: text "${text}" (#${occurrence}) not found on ${p.url()}`);
      await p.mouseMove(at.x, at.y);
    },
    keyboard: { press: (key) => p.press(key), type: (text) => p.type(text) },
    scroll: (dy) => p.wheel(dy),
    screenshot: async (path, opts) => {
      mkdirSync(dirname(path), { recursive: true });
      await p.screenshot(path, opts?.fullPage ?? false);
    },
    bringToFront: () => p.bringToFront(),
    highlights: () => evaluate(probeHighlights),
    highlightCount: async () => Object.values(await evaluate(probeHighlights)).reduce((a, b) => a + b, 0),
    markCount: () => evaluate(probeMarkCount),
    shadowText: (selector) => evaluate(probeShadowText, selector),
    close: () => p.close(),
  };
}
