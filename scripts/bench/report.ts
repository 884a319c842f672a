/** The bench result: one object (`--json`) or a readable table with the extra metrics. */
import type { SizedFile } from './size.ts';

export interface CaseResult {
  name: 'no-match' | 'heavy' | 'mutations' | 'scale-10k';
  /** extensionMs / floorMs: warm medians in one run on the same page (see docs/performance.md). */
  ratio: number;
  extensionMs: number;
  floorMs: number;
  goal: number;
  pass: boolean;
  /** Fresh page load for each: first detect+mark vs first floor pass. */
  coldRatio?: number;
  coldExtensionMs?: number;
  coldFloorMs?: number;
  /** The country gate's text pass alone (the part of a run that grows with a page naming neither pair), warm. */
  gateMs?: number;
  gateRatio?: number;
  /** The built extension itself: CPU under chrome-extension:// frames for a whole page load (profiled). */
  realExtensionCpuMs?: number;
  marks?: number;
  textChars?: number;
  textNodes?: number;
  /** Longest long task (PerformanceObserver) made at least half of extension samples, over the real loads. */
  longestTaskMs?: number;
  /** Longest long task of any kind after the content script started (page parse/layout included). */
  longestAnyTaskMs?: number;
  /** Longest of the content script's own sliced work periods ('second-source:slice' measures). */
  longestSliceMs?: number;
}

export interface BenchResult {
  cases: CaseResult[];
  vsMarkJs: number;
  markJs: { ms: number; marks: number; quotes: number; secondSourceMs: number };
  timeToFirstMarkMs: number;
  longestTaskMs: number;
  /**
   * Longest main-thread task of any kind (page and extension) on the first page naming both countries
   * in a fresh profile (opened after a page without the pair), from navigation until the marks
   * settled; the maximum over the runs.
   */
  coldStartLongestTaskMs?: number;
  coldStart?: {
    runs: { longestTaskMs: number; longTasksMs: number[]; marks: number; firstMarkMs?: number }[];
    /** The same visits in fresh profiles without the extension (the longest over as many runs). */
    pageOnlyLongestTaskMs: number;
    /** The content script's longest User Timing measure of each name over the runs (slices, start-up steps). */
    longestMeasureMs: Record<string, number>;
    /**
     * The cold page as the new browser's very first navigation: with the extension, alone, and with the
     * extension's content script replaced by an empty one (Chromium's start-up and injection alone).
     */
    firstNavigation?: { longestTaskMs: number; pageOnlyLongestTaskMs: number; emptyScriptLongestTaskMs: number };
  };
  heapGrowthMB: number;
  idleScriptMs: number;
  idleTaskMs: number;
  /** Everything the content script loads, the engine chunk included. */
  contentScriptGzipKB: number;
  /** What every page loads (the engine chunk only loads on pages that name both countries). */
  contentScriptEveryPageGzipKB?: number;
  files: SizedFile[];
  goals: Record<string, number | string>;
  environment: Record<string, string | number>;
}

const f = (x: number | undefined, d = 1) => (x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d));
const mark = (ok: boolean) => (ok ? 'pass' : 'MISS');

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ')} |`;
  return [
    line(head),
    `|${w.map((n, i) => (i === 0 ? `:${'-'.repeat(n + 1)}` : `${'-'.repeat(n + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

export function renderTable(r: BenchResult): string {
  const cases = table(
    [
      'case',
      'extension ms',
      'floor ms',
      'ratio',
      'goal',
      'result',
      'cold ratio',
      'real ext CPU ms',
      'longest task',
      'longest slice',
      'marks',
    ],
    r.cases.map((c) => [
      c.name,
      f(c.extensionMs),
      f(c.floorMs, 2),
      `${f(c.ratio)}×`,
      `≤ ${c.goal}×`,
      mark(c.pass),
      c.coldRatio === undefined ? '—' : `${f(c.coldRatio)}×`,
      f(c.realExtensionCpuMs),
      `${f(c.longestTaskMs, 0)} ms`,
      `${f(c.longestSliceMs, 0)} ms`,
      String(c.marks ?? '—'),
    ]),
  );
  const g = r.goals;
  const nm = r.cases.find((c) => c.name === 'no-match');
  const extra = table(
    ['metric', 'value', 'goal', 'result'],
    [
      [
        'vs mark.js (SS ÷ mark.js, heavy)',
        `${f(r.vsMarkJs, 3)}× (${f(r.markJs.secondSourceMs)} vs ${f(r.markJs.ms)} ms)`,
        '< 1×',
        mark(r.vsMarkJs < 1),
      ],
      [
        'country gate text pass ÷ floor (no-match)',
        `${f(nm?.gateRatio)}× (${f(nm?.gateMs, 2)} vs ${f(nm?.floorMs, 2)} ms)`,
        '—',
        '',
      ],
      ['time to first mark (heavy)', `${f(r.timeToFirstMarkMs, 0)} ms`, '—', ''],
      [
        'longest main-thread task',
        `${f(r.longestTaskMs, 0)} ms`,
        `≤ ${g.longestTaskMs} ms`,
        mark(r.longestTaskMs <= Number(g.longestTaskMs)),
      ],
      [
        'longest task, cold start (fresh profile, page + ours)',
        r.coldStart
          ? `${f(r.coldStartLongestTaskMs, 0)} ms (runs ${r.coldStart.runs.map((x) => f(x.longestTaskMs, 0)).join(' / ')}; page alone ${f(r.coldStart.pageOnlyLongestTaskMs, 0)}; our longest slice ${f(r.coldStart.longestMeasureMs['second-source:slice'], 0)})`
          : '—',
        `≤ ${g.coldStartLongestTaskMs ?? 50} ms`,
        r.coldStartLongestTaskMs === undefined
          ? ''
          : mark(r.coldStartLongestTaskMs <= Number(g.coldStartLongestTaskMs ?? 50)),
      ],
      [
        "longest task, browser's first navigation",
        r.coldStart?.firstNavigation
          ? `${f(r.coldStart.firstNavigation.longestTaskMs, 0)} ms (page alone ${f(r.coldStart.firstNavigation.pageOnlyLongestTaskMs, 0)}, empty content script ${f(r.coldStart.firstNavigation.emptyScriptLongestTaskMs, 0)})`
          : '—',
        '—',
        '',
      ],
      [
        'time to first mark, cold start',
        r.coldStart ? `${r.coldStart.runs.map((x) => f(x.firstMarkMs, 0)).join(' / ')} ms` : '—',
        '—',
        '',
      ],
      ['JS heap growth (heavy)', `${f(r.heapGrowthMB, 2)} MB`, '—', ''],
      [
        'idle script / task time (2 s)',
        `${f(r.idleScriptMs, 2)} / ${f(r.idleTaskMs, 2)} ms`,
        '≈ 0',
        mark(r.idleScriptMs < 1),
      ],
      [
        'content script gzip (all / every page)',
        `${f(r.contentScriptGzipKB)} KB / ${f(r.contentScriptEveryPageGzipKB)} KB`,
        `≤ ${g.contentScriptGzipKB} KB`,
        mark(r.contentScriptGzipKB <= Number(g.contentScriptGzipKB)),
      ],
    ],
  );
  const files = r.files.map(
    (x) =>
      `  ${x.file}: ${(x.bytes / 1024).toFixed(1)} KB, gzip ${(x.gzipBytes / 1024).toFixed(1)} KB${x.lazy ? ' (on first need)' : ''}`,
  );
  const env = Object.entries(r.environment)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');
  return `${cases}\n\n${extra}\n\ncontent script files (gzip -9):\n${files.join('\n')}\n\n${env}\n`;
}
