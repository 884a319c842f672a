/**
 * CPU time of one script origin from a V8 CPU profile (CDP Profiler): every sample whose stack holds
 * a frame from a matching URL counts, with the native work that frame called (DOM walks, regexps,
 * layout for getClientRects). Garbage collection shows as its own root node and is not attributed.
 */
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export const SAMPLING_US = 100;

/** A named busy function the profile will show: the page-clock time of its first sample is known. */
const SYNC_FN = '__ssProfileSync';
const SYNC = `(function ${SYNC_FN}() { const t = performance.now(); while (performance.now() - t < 4); return t; })()`;

/**
 * Starts sampling; returns the page's performance.now() at a sync point inside the profile, to
 * place samples on the page clock (see attribute()).
 */
export async function startProfiler(cdp: CDPSession): Promise<number> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  const r = (await cdp.send('Runtime.evaluate', { expression: SYNC, returnByValue: true })) as {
    result: { value: number };
  };
  return r.result.value;
}

export async function stopProfiler(cdp: CDPSession): Promise<Profile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  return profile;
}

export interface Attribution {
  /** Milliseconds of samples under a frame whose URL passes `match`. */
  ms: number;
  /** The longest run of consecutive such samples (tasks back to back can make one run). */
  longestStretchMs: number;
  /** Milliseconds of such samples between two page times (performance.now()). */
  between(from: number, to: number): number;
}

/**
 * `syncAt`: the page time startProfiler returned. The first sample inside the sync function is
 * taken to be that instant (± one sampling interval); without one, the profile's start is.
 */
export function attribute(profile: Profile, match: (url: string) => boolean, syncAt = 0): Attribution {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const memo = new Map<number, boolean>();
  const inside = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const v = !!node && (match(node.callFrame.url) || (up !== undefined && inside(up)));
    memo.set(id, v);
    return v;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let syncUs = 0;
  for (let i = 0, t = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (byId.get(samples[i])?.callFrame.functionName === SYNC_FN) {
      syncUs = t;
      break;
    }
  }
  const pageStart = syncAt - syncUs / 1000;
  let us = 0;
  let stretch = 0;
  let longest = 0;
  let at = 0; // µs since the profile started
  const hits: [number, number][] = []; // [page ms, µs] of each matching sample
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    const dt = deltas[i + 1] ?? SAMPLING_US;
    if (inside(samples[i])) {
      us += dt;
      stretch += dt;
      longest = Math.max(longest, stretch);
      hits.push([pageStart + at / 1000, dt]);
    } else stretch = 0;
  }
  const between = (from: number, to: number) =>
    hits.reduce((s, [t, dt]) => (t >= from && t <= to ? s + dt : s), 0) / 1000;
  return { ms: us / 1000, longestStretchMs: longest / 1000, between };
}
