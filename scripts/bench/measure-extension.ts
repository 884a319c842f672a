/**
 * Browser B, with the built extension loaded: what the real content script costs on a real page
 * load — its CPU time (CDP profiler samples under chrome-extension:// frames), time to first mark,
 * the longest main-thread task once it started — and the mutations case.
 */
import type { Browser } from './browser.ts';
import { load, untilStill } from './browser.ts';
import { type Attribution, attribute, startProfiler, stopProfiler } from './profile.ts';
import { log, median } from './stats.ts';

interface Span {
  start: number;
  duration: number;
}
interface ProbeState {
  firstMarkAt?: number;
  startAt?: number;
  longTasks: Span[];
  slices: Span[];
}

export interface ExtensionLoad {
  cpuMs: number;
  /**
   * Longest long task (PerformanceObserver) in which the extension's samples make at least half:
   * the page's own parsing and layout of a 1 MB page are long tasks too, but not ours.
   */
  longestTaskMs: number;
  /** Longest long task of any kind after the content script started, with the extension's ms in it. */
  longestAnyTask: { ms: number; extensionMs: number };
  /** Sum and longest of the content script's own 'second-source:slice' measures. */
  slicesMs: number;
  longestSliceMs: number;
  startAt?: number;
  firstMarkAt?: number;
  marks: number;
}

const isExtension = (url: string) => url.startsWith('chrome-extension://');
const probeState = (b: Browser) => b.page.evaluate('window.__ssProbe.snapshot()') as Promise<ProbeState>;
const marks = (b: Browser) => b.page.evaluate('window.__ssProbe.highlightCount()') as Promise<number>;

const after = (spans: Span[], from: number | undefined) =>
  from === undefined ? [] : spans.filter((t) => t.start + t.duration >= from);

/** Long tasks split by who ran in them (profiler samples placed on the page clock). */
function taskShares(tasks: Span[], cpu: Attribution, from: number | undefined) {
  const shares = tasks.map((t) => ({ ms: t.duration, extensionMs: cpu.between(t.start, t.start + t.duration) }));
  const ours = shares.filter((s) => s.extensionMs >= s.ms / 2);
  const any = after(tasks, from)
    .map((t) => ({ ms: t.duration, extensionMs: cpu.between(t.start, t.start + t.duration) }))
    .sort((a, b) => b.ms - a.ms)[0] ?? { ms: 0, extensionMs: 0 };
  return { longestTaskMs: ours.reduce((m, s) => Math.max(m, s.ms), 0), longestAnyTask: any };
}
const longest = (spans: Span[]) => spans.reduce((m, t) => Math.max(m, t.duration), 0);
const total = (spans: Span[]) => spans.reduce((m, t) => m + t.duration, 0);

/**
 * Waits until the content script started, and neither its highlight count nor the number of long
 * tasks and slices changed for `quietMs`.
 */
function settle(b: Browser, quietMs: number, timeoutMs = 30_000): Promise<void> {
  return untilStill(
    async () => {
      const [state, n] = await Promise.all([probeState(b), marks(b)]);
      return { key: `${n} ${state.longTasks.length} ${state.slices.length}`, ready: state.startAt !== undefined };
    },
    quietMs,
    timeoutMs,
    'the content script did not start or settle (is the extension built and loaded?)',
  );
}

/** One profiled fresh load of `url` (from a same-origin blank page, so the renderer is kept). */
export async function measureExtensionLoad(b: Browser, origin: string, url: string): Promise<ExtensionLoad> {
  await b.page.goto(`${origin}/blank.html`);
  await settle(b, 300);
  const blankStart = await startProfiler(b.cdp);
  const blankOrigin = (await b.page.evaluate('performance.timeOrigin')) as number;
  await load(b.page, url);
  await settle(b, 1000);
  const profile = await stopProfiler(b.cdp);
  // Sampling began on the blank page; move that instant onto the new page's clock.
  const pageOrigin = (await b.page.evaluate('performance.timeOrigin')) as number;
  const cpu = attribute(profile, isExtension, blankStart + blankOrigin - pageOrigin);
  const state = await probeState(b);
  const slices = after(state.slices, state.startAt);
  return {
    cpuMs: cpu.ms,
    ...taskShares(state.longTasks, cpu, state.startAt),
    slicesMs: total(slices),
    longestSliceMs: longest(slices),
    startAt: state.startAt,
    firstMarkAt: state.firstMarkAt,
    marks: await marks(b),
  };
}

export interface MutationRun extends Omit<ExtensionLoad, 'startAt' | 'firstMarkAt' | 'marks'> {
  floorMs: number;
  marksBefore: number;
  marksAfter: number;
}

/** The mutations page: the page appends its batches while the profiler runs; then the floor pass. */
export async function measureMutations(b: Browser, url: string): Promise<MutationRun> {
  await load(b.page, url);
  await settle(b, 800);
  const marksBefore = await marks(b);
  const from = (await b.page.evaluate('performance.now()')) as number;
  const pageStart = await startProfiler(b.cdp);
  await b.page.evaluate('window.__startMutations()');
  await settle(b, 1500);
  const cpu = attribute(await stopProfiler(b.cdp), isExtension, pageStart);
  const state = await probeState(b);
  const slices = after(state.slices, from);
  const floors: number[] = [];
  for (let i = 0; i < 5; i++) floors.push((await b.page.evaluate('window.__ssProbe.mutationFloor(20)')) as number);
  const run: MutationRun = {
    cpuMs: cpu.ms,
    ...taskShares(after(state.longTasks, from), cpu, from),
    slicesMs: total(slices),
    longestSliceMs: longest(slices),
    floorMs: median(floors),
    marksBefore,
    marksAfter: await marks(b),
  };
  log(
    `  mutations: extension ${run.cpuMs.toFixed(1)} ms (slices ${run.slicesMs.toFixed(1)}, longest ${run.longestSliceMs.toFixed(0)}), floor ${run.floorMs.toFixed(2)} ms, marks ${marksBefore} → ${run.marksAfter}, longest task of ours ${run.longestTaskMs.toFixed(0)} ms (any: ${run.longestAnyTask.ms.toFixed(0)} ms, ${run.longestAnyTask.extensionMs.toFixed(0)} ms ours)`,
  );
  return run;
}
