/**
 * Runs → engine → mentions with DOM ranges. Runs are joined into chunks sized so one engine call
 * stays well under a frame; each chunk is preceded by a little context (the runs before it, for
 * "last year" and periods named a sentence earlier) whose own mentions are dropped.
 */
import type { Matcher } from '../../core/engine.ts';
import type { Mention } from '../../core/types.ts';
import { joinRuns, rangeForSpan } from '../text/text-chunk.ts';
import type { TextRun } from '../text/text-run.ts';
import { type CancelToken, type TimeBudget, throwIfCancelled } from './time-slice.ts';

export interface FoundMention {
  id: number;
  mention: Mention;
  range: Range;
  block: Element;
}

export interface ScanContext {
  matcher: Matcher;
  pageDate?: string;
  /** The page as a whole names both countries (the engine's ScanOptions.pageNamesPair for every chunk). */
  pageNamesPair: boolean;
  /** The page's title and address words: context for every chunk (ScanOptions.pageTitle). */
  pageTitle?: string;
  token: CancelToken;
}

const CONTEXT_RUNS = 3;
const CONTEXT_CHARS = 1500;
/**
 * Engine throughput estimate (chars per ms). Slow start: the first chunks are small (the engine's
 * first calls also pay for compiling its patterns), the size grows by at most a quarter after a fast
 * chunk and drops at once after a slow one.
 */
const rate = { charsPerMs: 100, targetMs: 10, min: 1_000, max: 100_000 };
let nextId = 1;
const warmed = new WeakSet<Matcher>();

export function chunkChars(): number {
  return Math.max(rate.min, Math.min(rate.max, Math.round(rate.charsPerMs * rate.targetMs)));
}

function learnRate(chars: number, ms: number): void {
  if (ms < 1) {
    rate.charsPerMs *= 1.25;
    return;
  }
  const measured = chars / ms;
  rate.charsPerMs = measured < rate.charsPerMs ? measured : Math.min(measured, rate.charsPerMs * 1.25);
}

/**
 * The engine's first calls are slow (every pattern is compiled on first use, and the code is still
 * cold): pay that on a short sample in a task of its own, so no page chunk lands in the same task.
 */
async function warmUp(matcher: Matcher, budget: TimeBudget): Promise<void> {
  if (warmed.has(matcher)) return;
  warmed.add(matcher);
  await budget.yieldNow();
  const sample = warmUpSample(matcher);
  if (sample) matcher.scan(sample.text, { pageDate: sample.pageDate, pageNamesPair: true });
  await budget.yieldNow();
}

/** The packs' own words: the first report quote of a figure fact and of an event fact, with the date of the first. */
function warmUpSample(matcher: Matcher): { text: string; pageDate?: string } | undefined {
  const facts = matcher.facts().map((f) => f.fact);
  const picked = (['figure', 'event'] as const).flatMap((kind) => facts.find((f) => f.kind === kind) ?? []);
  if (!picked.length) return undefined;
  return {
    text: picked.map((f) => f.reports[0]?.quote ?? f.title).join(' '),
    pageDate: picked[0].reports[0]?.date,
  };
}

/**
 * Scans `runs` chunk by chunk; `onFound` gets each chunk's mentions as soon as they are known (so the
 * first marks appear long before a big page is done). Returns them all.
 */
export async function scanRuns(
  runs: TextRun[],
  ctx: ScanContext,
  budget: TimeBudget,
  onFound?: (found: FoundMention[]) => void,
): Promise<FoundMention[]> {
  const found: FoundMention[] = [];
  await warmUp(ctx.matcher, budget);
  let i = 0;
  while (i < runs.length) {
    const limit = chunkChars();
    const from = i;
    let size = 0;
    do size += runs[i++].text.length + 1;
    while (i < runs.length && size + runs[i].text.length < limit);
    const before = found.length;
    scanChunk(runs, from, i, ctx, found);
    if (onFound && found.length > before) onFound(found.slice(before));
    await budget.check();
    throwIfCancelled(ctx.token);
  }
  return found;
}

function scanChunk(runs: TextRun[], from: number, to: number, ctx: ScanContext, out: FoundMention[]): void {
  const context: string[] = [];
  let contextChars = 0;
  for (let k = from - 1; k >= 0 && k >= from - CONTEXT_RUNS && contextChars < CONTEXT_CHARS; k--) {
    context.unshift(runs[k].text.slice(-CONTEXT_CHARS));
    contextChars += runs[k].text.length;
  }
  const chunk = joinRuns(runs.slice(from, to));
  const prefix = context.length ? `${context.join('\n')}\n` : '';
  const started = performance.now();
  const mentions = ctx.matcher.scan(prefix + chunk.text, {
    pageDate: ctx.pageDate,
    pageNamesPair: ctx.pageNamesPair,
    pageTitle: ctx.pageTitle,
  });
  learnRate(prefix.length + chunk.text.length, performance.now() - started);
  for (const m of mentions) {
    if (m.start < prefix.length) continue;
    const start = m.start - prefix.length;
    const hit = rangeForSpan(chunk, start, m.end - prefix.length);
    if (!hit) continue;
    out.push({
      id: nextId++,
      mention: { ...m, start, end: m.end - prefix.length },
      range: hit.range,
      block: hit.run.block,
    });
  }
}
