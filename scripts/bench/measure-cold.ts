/**
 * The cold start: what a reader meets on the first page naming both countries after installing. A
 * fresh browser profile per run (no code cache, nothing compiled yet), the built extension loaded,
 * and one navigation straight to the cold page, whose own inline script (pages.ts TASK_WATCH)
 * records every long task from the top of <head>: the page's and the extension's together, until the
 * marks settle. The same page in a fresh profile without the extension gives the page's own share,
 * and with an extension whose content script is empty (emptyScriptBuild) what any content script
 * costs there: Chromium's injection at document_idle is itself a long task on a fresh profile.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, launch, sleep } from './browser.ts';
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
async function settle(b: Browser, expectMarks: boolean, quietMs = 1500, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  while (Date.now() < until) {
    const [w, n] = await Promise.all([snapshot(b), marks(b)]);
    const key = `${n} ${w.tasks.length} ${w.measures.length}`;
    if (key !== last) {
      last = key;
      since = Date.now();
    }
    if ((!expectMarks || n > 0) && Date.now() - since >= quietMs) return;
    await sleep(100);
  }
  throw new Error(`the cold page did not settle${expectMarks ? ' with marks' : ''} in ${timeoutMs / 1000} s`);
}

/** One fresh profile, one navigation to `url` (with the extension when `extensionDir` is given). */
export async function measureColdStart(
  url: string,
  extensionDir?: string,
  expectMarks = !!extensionDir,
): Promise<ColdRun> {
  const b = await launch({ extensionDir });
  try {
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
      `  cold start${extensionDir ? (expectMarks ? '' : ' (empty content script)') : ' (no extension)'}: longest task ${run.longestTaskMs.toFixed(0)} ms, long tasks [${run.longTasksMs.join(', ')}], ${run.marks} marks, first at ${run.firstMarkMs?.toFixed(0) ?? '—'} ms${steps ? `; longest measures (ms): ${steps}` : ''}`,
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
