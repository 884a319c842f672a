/**
 * The cold start: what a reader meets on the first page naming both countries after installing. A
 * fresh browser profile per run (no code cache, nothing compiled yet), the built extension loaded.
 * The browser first opens a news page that does not name both countries (`before`: the content
 * script runs there and leaves the engine unloaded, as on most pages a reader opens), then the cold
 * page, whose own inline script (pages.ts TASK_WATCH) records every long task from the top of
 * <head>: the page's and the extension's together, until the marks settle. The same visits in a fresh
 * profile without the extension give the page's own share.
 *
 * The very first navigation of a new browser (no page before) is measured apart: there a new renderer
 * starts, and the page alone, or with an extension whose content script is empty (emptyScriptBuild),
 * already makes a long task on this machine: Chromium's start-up and injection, not our work.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, launch, sleep, untilStill } from './browser.ts';
import { log } from './stats.ts';

interface Span {
  start: number;
  duration: number;
}
interface Watch {
  firstMarkAt?: number;
  tasks: Span[];
  measures: (Span & { name: string })[];
}

export interface ColdRun {
  /** Longest main-thread task from navigation until the marks settled (any task: page or extension). */
  longestTaskMs: number;
  /** Every long task (over 50 ms), in ms, in order. */
  longTasksMs: number[];
  /** The content script's longest User Timing measure by name (its slices and start-up steps). */
  longestMeasureMs: Record<string, number>;
  marks: number;
  /** Navigation start → the first frame with a mark (±1 frame). */
  firstMarkMs?: number;
}

const snapshot = (b: Browser) => b.page.evaluate('window.__coldStart') as Promise<Watch>;
const marks = (b: Browser) =>
  b.page.evaluate(
    `[...(CSS.highlights?.entries() ?? [])].filter(([n]) => n.startsWith('second-source') && n !== 'second-source-active').reduce((s, [, h]) => s + h.size, 0)`,
  ) as Promise<number>;

/** Until the page's long tasks, our measures and the mark count have not changed for `quietMs`. */
function settle(b: Browser, expectMarks: boolean, quietMs = 1500, timeoutMs = 30_000): Promise<void> {
  return untilStill(
    async () => {
      const [w, n] = await Promise.all([snapshot(b), marks(b)]);
      return { key: `${n} ${w.tasks.length} ${w.measures.length}`, ready: !expectMarks || n > 0 };
    },
    quietMs,
    timeoutMs,
    `the cold page did not settle${expectMarks ? ' with marks' : ''} in ${timeoutMs / 1000} s`,
  );
}

export interface ColdVisit {
  /** The build to load; none for the page alone. */
  extensionDir?: string;
  /** Wait for marks (false for the page alone and for an empty content script). */
  expectMarks?: boolean;
  /** A page opened first in the same tab, until its load settles (none: the browser's first navigation). */
  before?: string;
}

/** One fresh profile, then `before` (when given) and `url` in the same tab. */
export async function measureColdStart(url: string, visit: ColdVisit = {}): Promise<ColdRun> {
  const { extensionDir, before } = visit;
  const expectMarks = visit.expectMarks ?? !!extensionDir;
  const b = await launch({ extensionDir });
  try {
    if (before) {
      await b.page.goto(before, { waitUntil: 'load' });
      await sleep(1000); // the content script's idle-time work there is done
    }
    await b.page.goto(url, { waitUntil: 'load' });
    await settle(b, expectMarks);
    const w = await snapshot(b);
    const longestMeasureMs: Record<string, number> = {};
    for (const m of w.measures) longestMeasureMs[m.name] = Math.max(longestMeasureMs[m.name] ?? 0, m.duration);
    const run = {
      longestTaskMs: w.tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      longTasksMs: w.tasks.map((t) => Math.round(t.duration)),
      longestMeasureMs,
      marks: await marks(b),
      firstMarkMs: w.firstMarkAt,
    };
    const steps = Object.entries(longestMeasureMs)
      .map(([k, v]) => `${k.replace('second-source:', '')} ${v.toFixed(0)}`)
      .join(', ');
    log(
      `  cold start${before ? '' : ', first navigation'}${extensionDir ? (expectMarks ? '' : ' (empty content script)') : ' (no extension)'}: longest task ${run.longestTaskMs.toFixed(0)} ms, long tasks [${run.longTasksMs.join(', ')}], ${run.marks} marks, first at ${run.firstMarkMs?.toFixed(0) ?? '—'} ms${steps ? `; longest measures (ms): ${steps}` : ''}`,
    );
    return run;
  } finally {
    await b.close();
  }
}

/**
 * A copy of the build in `dist` whose content scripts are empty statements (the CSS stays): the
 * same extension, minus everything our content script does.
 */
export function emptyScriptBuild(dist: string, out: string): string {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) writeFileSync(join(out, js), ';\n');
  return out;
}
