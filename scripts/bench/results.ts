/** Raw measurements → the bench result: ratios against the floor, goals, pass/miss. */
import { cpus, loadavg } from 'node:os';
import type { BundleCase } from './measure-bundle.ts';
import type { ColdRun } from './measure-cold.ts';
import type { ExtensionLoad, MutationRun } from './measure-extension.ts';
import type { BenchResult, CaseResult } from './report.ts';
import type { SizedFile } from './size.ts';
import { median, round } from './stats.ts';

export const GOALS = {
  'no-match': 1.3,
  heavy: 3,
  mutations: 3,
  /** The heavy page with a 10,000-fact pack over the bundled pack alone. */
  'scale-10k': 2,
  longestTaskMs: 50,
  coldStartLongestTaskMs: 50,
  contentScriptGzipKB: 60,
} as const;

export interface Raw {
  bundle: Record<'no-match' | 'heavy', BundleCase>;
  real: Record<'no-match' | 'heavy', ExtensionLoad[]>;
  mutations: MutationRun[];
  markJs: { ms: number; marks: number };
  heapGrowthMB: number;
  idle: { scriptMs: number; taskMs: number };
  /**
   * Fresh-profile loads of the cold page after a page without the pair, with the extension and as many
   * without it; and as the browser's first navigation, also with an empty content script.
   */
  cold: {
    runs: ColdRun[];
    pageOnly: ColdRun[];
    firstNavigation: { runs: ColdRun[]; pageOnly: ColdRun[]; emptyScript: ColdRun[] };
  };
  /** The heavy page with a 10,000-fact synthetic pack beside the bundled one, and alone (warm medians). */
  scale: { withMs: number; aloneMs: number; marksWith: number; marksAlone: number };
  files: SizedFile[];
  environment: Record<string, string | number | boolean>;
}

const max = (xs: number[]) => xs.reduce((m, x) => Math.max(m, x), 0);
const longest = (runs: ColdRun[]) => round(max(runs.map((r) => r.longestTaskMs)), 0);

export function assemble(raw: Raw): BenchResult {
  const cases: CaseResult[] = (['no-match', 'heavy'] as const).map((name) => {
    const c = raw.bundle[name];
    const loads = raw.real[name];
    const ratio = c.extensionMs / c.floorMs;
    return {
      name,
      ratio: round(ratio),
      extensionMs: round(c.extensionMs),
      floorMs: round(c.floorMs, 3),
      goal: GOALS[name],
      pass: ratio <= GOALS[name],
      coldRatio: round(c.coldExtensionMs / c.coldFloorMs),
      coldExtensionMs: round(c.coldExtensionMs),
      coldFloorMs: round(c.coldFloorMs, 3),
      ...(c.gateMs === undefined ? {} : { gateMs: round(c.gateMs, 3), gateRatio: round(c.gateMs / c.floorMs) }),
      realExtensionCpuMs: round(median(loads.map((r) => r.cpuMs))),
      marks: c.marks,
      textChars: c.textChars,
      textNodes: c.textNodes,
      longestTaskMs: round(max(loads.map((r) => r.longestTaskMs)), 0),
      longestAnyTaskMs: round(max(loads.map((r) => r.longestAnyTask.ms)), 0),
      longestSliceMs: round(max(loads.map((r) => r.longestSliceMs)), 0),
    };
  });
  const m = raw.mutations;
  const mExt = median(m.map((r) => r.cpuMs));
  const mFloor = median(m.map((r) => r.floorMs));
  cases.push({
    name: 'mutations',
    ratio: round(mExt / mFloor),
    extensionMs: round(mExt),
    floorMs: round(mFloor, 3),
    goal: GOALS.mutations,
    pass: mExt / mFloor <= GOALS.mutations,
    realExtensionCpuMs: round(mExt),
    marks: m[0]?.marksAfter,
    longestTaskMs: round(max(m.map((r) => r.longestTaskMs)), 0),
    longestAnyTaskMs: round(max(m.map((r) => r.longestAnyTask.ms)), 0),
    longestSliceMs: round(max(m.map((r) => r.longestSliceMs)), 0),
  });
  const scaleRatio = raw.scale.withMs / raw.scale.aloneMs;
  cases.push({
    name: 'scale-10k',
    ratio: round(scaleRatio),
    extensionMs: round(raw.scale.withMs),
    floorMs: round(raw.scale.aloneMs, 3),
    goal: GOALS['scale-10k'],
    pass: scaleRatio <= GOALS['scale-10k'],
    marks: raw.scale.marksWith,
  });
  const ss = raw.bundle.heavy.coldExtensionMs;
  const coldMeasures: Record<string, number> = {};
  for (const r of raw.cold.runs)
    for (const [k, v] of Object.entries(r.longestMeasureMs))
      coldMeasures[k] = round(Math.max(coldMeasures[k] ?? 0, v), 1);
  return {
    cases,
    vsMarkJs: round(ss / raw.markJs.ms, 3),
    markJs: {
      ms: round(raw.markJs.ms),
      marks: raw.markJs.marks,
      quotes: raw.bundle.heavy.quotes.length,
      secondSourceMs: round(ss),
    },
    timeToFirstMarkMs: round(median(raw.real.heavy.map((r) => r.firstMarkAt ?? Number.NaN)), 0),
    longestTaskMs: round(max(cases.map((c) => c.longestTaskMs ?? 0)), 0),
    coldStartLongestTaskMs: longest(raw.cold.runs),
    coldStart: {
      runs: raw.cold.runs.map((r) => ({
        longestTaskMs: round(r.longestTaskMs, 0),
        longTasksMs: r.longTasksMs,
        marks: r.marks,
        firstMarkMs: round(r.firstMarkMs ?? Number.NaN, 0),
      })),
      pageOnlyLongestTaskMs: longest(raw.cold.pageOnly),
      longestMeasureMs: coldMeasures,
      firstNavigation: {
        longestTaskMs: longest(raw.cold.firstNavigation.runs),
        pageOnlyLongestTaskMs: longest(raw.cold.firstNavigation.pageOnly),
        emptyScriptLongestTaskMs: longest(raw.cold.firstNavigation.emptyScript),
      },
    },
    heapGrowthMB: round(raw.heapGrowthMB),
    idleScriptMs: round(raw.idle.scriptMs),
    idleTaskMs: round(raw.idle.taskMs),
    contentScriptGzipKB: round(raw.files.reduce((s, x) => s + x.gzipBytes, 0) / 1024, 1),
    contentScriptEveryPageGzipKB: round(raw.files.reduce((s, x) => s + (x.lazy ? 0 : x.gzipBytes), 0) / 1024, 1),
    files: raw.files,
    goals: { ...GOALS, vsMarkJs: '< 1', idleScriptMs: '≈ 0' },
    environment: { ...raw.environment, cpus: cpus().length, node: process.version, loadAvgEnd: round(loadavg()[0], 1) },
  };
}
