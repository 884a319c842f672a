/**
 * Browser A, without the extension: the floor and the real content-script modules (bench bundle)
 * on the same page in the same run; mark.js on the same page; heap retained by a full run.
 */
import type { Browser } from './browser.ts';
import { load } from './browser.ts';
import type { ScanResult } from './page-entry.ts';
import { log, median } from './stats.ts';

export interface BundleCase {
  /** Warm medians, same page: ms per floor pass and per full detect+mark run. */
  floorMs: number;
  extensionMs: number;
  /** First pass / first run on a fresh load (each on its own load), medians over loads. */
  coldFloorMs: number;
  coldExtensionMs: number;
  /**
   * Warm median ms of the country gate's pass over the text alone (what scales with the page when
   * nothing matches); measured only where asked (the no-match page: elsewhere the gate stops early).
   */
  gateMs?: number;
  marks: number;
  quotes: string[];
  textNodes: number;
  textChars: number;
}

const scan = (b: Browser, extraFacts = 0) =>
  b.page.evaluate(`window.__ssBench.scanAndMark(${extraFacts})`) as Promise<ScanResult>;
const floor = (b: Browser) => b.page.evaluate('window.__ssProbe.floor(30)') as Promise<number>;
const gate = (b: Browser) => b.page.evaluate('window.__ssBench.gate(30)') as Promise<number>;
const floorOnce = (b: Browser) =>
  b.page.evaluate('window.__ssProbe.floorOnce()') as Promise<{ ms: number; nodes: number; chars: number }>;

export async function measureBundleCase(
  b: Browser,
  url: string,
  bench: string,
  opts: { loads: number; rounds: number; budgetMs: number; gate?: boolean },
): Promise<BundleCase> {
  const coldExt: number[] = [];
  const coldFloor: number[] = [];
  let first: ScanResult | undefined;
  let stats = { nodes: 0, chars: 0 };
  // Slow cases get fewer repetitions (at least 2 cold loads, 3 warm rounds) to keep the run short.
  const until = Date.now() + opts.budgetMs;
  for (let i = 0; i < opts.loads && (i < 2 || Date.now() < until - opts.budgetMs / 2); i++) {
    await load(b.page, url);
    const f = await floorOnce(b);
    coldFloor.push(f.ms);
    stats = f;
    await load(b.page, url);
    await b.page.addScriptTag({ content: bench });
    const r = await scan(b);
    coldExt.push(r.ms);
    first ??= r;
  }
  // Warm: one more of each, then alternate so drift hits both alike.
  await floor(b);
  await scan(b);
  const warmFloor: number[] = [];
  const warmExt: number[] = [];
  const warmGate: number[] = [];
  for (let i = 0; i < opts.rounds && (i < 3 || Date.now() < until); i++) {
    warmFloor.push(await floor(b));
    warmExt.push((await scan(b)).ms);
    if (opts.gate) warmGate.push(await gate(b));
  }
  return {
    floorMs: median(warmFloor),
    extensionMs: median(warmExt),
    coldFloorMs: median(coldFloor),
    coldExtensionMs: median(coldExt),
    gateMs: opts.gate ? median(warmGate) : undefined,
    marks: first?.marks ?? 0,
    quotes: first?.quotes ?? [],
    textNodes: stats.nodes,
    textChars: stats.chars,
  };
}

/** mark.js (npm) highlighting `quotes` on a fresh load of the page, median over loads. */
export async function measureMarkJs(b: Browser, url: string, markJs: string, quotes: string[], loads: number) {
  const times: number[] = [];
  let marks = 0;
  const until = Date.now() + 10_000;
  for (let i = 0; i < loads && (i < 2 || Date.now() < until); i++) {
    await load(b.page, url);
    await b.page.addScriptTag({ content: markJs });
    const r = (await b.page.evaluate(
      `new Promise((resolve) => {
        const t0 = performance.now();
        new Mark(document.body).mark(${JSON.stringify(quotes)}, {
          separateWordSearch: false, acrossElements: true,
          done: (n) => resolve({ ms: performance.now() - t0, marks: n }),
        });
      })`,
    )) as { ms: number; marks: number };
    times.push(r.ms);
    marks = r.marks;
    log(`  mark.js load ${i + 1}: ${r.ms.toFixed(1)} ms, ${r.marks} marks`);
  }
  return { ms: median(times), marks };
}

/** JS heap retained after loading the bench bundle and one full run (GC before and after). */
export async function measureHeap(b: Browser, url: string, bench: string): Promise<number> {
  await load(b.page, url);
  const used = async () => {
    await b.cdp.send('HeapProfiler.collectGarbage');
    await b.cdp.send('HeapProfiler.collectGarbage');
    return ((await b.cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  };
  await b.cdp.send('HeapProfiler.enable');
  const before = await used();
  await b.page.addScriptTag({ content: bench });
  await scan(b);
  const after = await used();
  await b.cdp.send('HeapProfiler.disable');
  return (after - before) / 2 ** 20;
}

/**
 * The `scale-10k` case: the heavy page's warm run with a synthetic pack of `facts` facts beside the
 * bundled one, over its warm run with the bundled pack alone, alternating in one page so both meet
 * the same load.
 */
export async function measureScale(
  b: Browser,
  url: string,
  bench: string,
  facts: number,
  rounds: number,
): Promise<{ withMs: number; aloneMs: number; marksWith: number; marksAlone: number }> {
  await load(b.page, url);
  await b.page.addScriptTag({ content: bench });
  await scan(b, facts); // makes the synthetic pack and warms both paths
  await scan(b);
  const withMs: number[] = [];
  const aloneMs: number[] = [];
  let marksWith = 0;
  let marksAlone = 0;
  for (let i = 0; i < rounds; i++) {
    const w = await scan(b, facts);
    const a = await scan(b);
    withMs.push(w.ms);
    aloneMs.push(a.ms);
    marksWith = w.marks;
    marksAlone = a.marks;
  }
  return { withMs: median(withMs), aloneMs: median(aloneMs), marksWith, marksAlone };
}
