/**
 * The in-page probe (an init script in the page's main world, before any page script): the floor
 * passes, the first-mark watch, long tasks and the content script's start. Plain DOM, no imports.
 */
interface LongTask {
  start: number;
  duration: number;
}

const state = {
  /** performance.now() of the first frame with a second-source* entry in CSS.highlights. */
  firstMarkAt: undefined as number | undefined,
  /** performance.now() when the content script's controller started (its teardown event). */
  startAt: undefined as number | undefined,
  longTasks: [] as LongTask[],
  /** The content script's own 'second-source:slice' User Timing measures (its sliced scan work). */
  slices: [] as LongTask[],
  polling: true,
};

/** The floor: one TreeWalker pass reading every Text node's data under `root`. */
function readText(root: Node): { nodes: number; chars: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += (n as Text).data.length;
    nodes++;
  }
  return { nodes, chars };
}

/** Milliseconds per pass of `pass`, repeated for at least `minMs` (timer resolution is 0.1 ms). */
function perPass(pass: () => void, minMs: number): number {
  const t0 = performance.now();
  let passes = 0;
  let now = t0;
  do {
    pass();
    passes++;
    now = performance.now();
  } while (now - t0 < minMs);
  return (now - t0) / passes;
}

function highlightCount(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  if (!registry) return 0;
  let n = 0;
  for (const [name, h] of registry)
    if (name.startsWith('second-source') && name !== 'second-source-active') n += h.size;
  return n;
}

function poll(): void {
  if (!state.polling) return;
  if (highlightCount() > 0) {
    state.firstMarkAt = performance.now();
    state.polling = false;
    return;
  }
  requestAnimationFrame(poll);
}

const probe = {
  state,
  /** The state with entries not yet delivered to the observers (delivery waits for an idle moment). */
  snapshot: () => {
    for (const [o, on] of observers) on(o.takeRecords());
    return state;
  },
  /** Warm floor: median-ready ms per full pass over the body. */
  floor: (minMs = 30) => perPass(() => readText(document.body), minMs),
  /** Cold floor: the very first pass over the body on a fresh page. */
  floorOnce: () => {
    const t0 = performance.now();
    const r = readText(document.body);
    return { ms: performance.now() - t0, ...r };
  },
  textStats: () => readText(document.body),
  /** Floor for the mutations page: a pass over just the nodes each batch added, summed over batches. */
  mutationFloor: (minMs = 30) => {
    const batches = (window as unknown as { __added: Element[][] }).__added;
    return perPass(() => {
      for (const batch of batches) for (const el of batch) readText(el);
    }, minMs);
  },
  highlightCount,
  stopPolling: () => {
    state.polling = false;
  },
};

document.addEventListener('second-source:teardown', () => {
  state.startAt ??= performance.now();
});
const onLongTasks = (entries: PerformanceEntryList) => {
  for (const e of entries) state.longTasks.push({ start: e.startTime, duration: e.duration });
};
const onMeasures = (entries: PerformanceEntryList) => {
  for (const e of entries)
    if (e.name === 'second-source:slice') state.slices.push({ start: e.startTime, duration: e.duration });
};
const observers: [PerformanceObserver, (e: PerformanceEntryList) => void][] = [];
for (const [type, on] of [
  ['longtask', onLongTasks],
  ['measure', onMeasures],
] as const) {
  try {
    const o = new PerformanceObserver((list) => on(list.getEntries()));
    o.observe({ type, buffered: true });
    observers.push([o, on]);
  } catch {
    // entry type not supported
  }
}
requestAnimationFrame(poll);
(window as unknown as { __ssProbe: typeof probe }).__ssProbe = probe;
