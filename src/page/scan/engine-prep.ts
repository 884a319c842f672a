/**
 * The engine's first use on a page, cut into tasks the page can run between.
 *
 * Building a matcher compiles every fact's patterns (Unicode, case-insensitive regular expressions
 * with lookarounds) in one call, and the first sentence that holds any event term compiles every
 * event fact's anchor pattern at once: on a fresh profile that was one 50–160 ms task, right after
 * the engine chunk was evaluated in the same task. The JS engine keeps each compiled pattern in a
 * per-process cache keyed by source and flags (V8's regexp compilation cache; SpiderMonkey shares
 * compiled patterns the same way), and a pattern built again from the same source reuses that work.
 * So this builds a matcher for one fact at a time, each in its own slice, and scans the fact's own
 * first report quote with it (as one-byte and as two-byte text, which are compiled apart); the
 * matcher for all packs is built last, from patterns that are already compiled. Only the engine's
 * public API is used: if the engine's patterns change, this still compiles them one fact at a time.
 * The price: patterns of facts the page never holds are compiled too (on the first page only;
 * later pages of the same process find them cached, which their first fact's step shows).
 */
import type { Matcher } from '../../core/engine.ts';
import type { ClaimPack, Fact } from '../../core/schema.ts';
import { type CancelToken, type TimeBudget, throwIfCancelled } from './time-slice.ts';

export const MATCHER_MEASURE = 'second-source:matcher';

/**
 * Packs already prepared by this copy of the content script: their patterns are compiled in this
 * process, so a later full scan (settings changed) builds its matcher at once.
 */
const prepared = new WeakSet<ClaimPack>();
/**
 * The very first step of this content script (the first pack's first fact, built and tried) taking
 * less than this (ms) means another page in this process ran the engine on that pack: its patterns
 * are compiled, and the pack is not gone through fact by fact. In a process that never ran the
 * engine, that step also compiles the engine's own patterns (numbers, periods, other countries):
 * 15–40 ms measured, against 1–2 ms when compiled (the rest is this script's own code running for
 * the first time). Only the first step tells: later packs find the engine's patterns compiled by
 * then and are always gone through.
 */
export const COMPILED_FIRST_STEP_MS = 5;
/** No step has run yet in this copy of the content script. */
let firstCall = true;

export interface PrepareOptions {
  /** The clock steps are timed with. */
  now?: () => number;
  /** Judge the first step by COMPILED_FIRST_STEP_MS (default: on this content script's first call only). */
  probe?: boolean;
}

/** A fact's first report quote as one-byte text and as two-byte text (the engine compiles each width apart). */
export function samplesOf(fact: Fact): string[] {
  const quote = fact.reports[0]?.quote ?? fact.title;
  const oneByte = quote.replace(/[\u0100-\uffff]/g, ' ');
  return [oneByte, `${oneByte} \u2019`];
}

/**
 * Builds the matcher for `packs` with `createMatcher`: for packs not prepared before, one fact per
 * step first (yielding whenever the slice of `budget` is spent; not when the very first step shows
 * the patterns compiled by an earlier page, see COMPILED_FIRST_STEP_MS) and then all packs in a
 * task of their own; packs prepared before, at once within the current slice.
 */
export async function prepareMatcher(
  createMatcher: (packs: readonly ClaimPack[]) => Matcher,
  packs: readonly ClaimPack[],
  budget: Pick<TimeBudget, 'check' | 'yieldNow'>,
  token: CancelToken,
  { now = () => performance.now(), probe = firstCall }: PrepareOptions = {},
): Promise<Matcher> {
  const fresh = packs.filter((pack) => !prepared.has(pack));
  if (fresh.length) {
    // The engine chunk was just evaluated in this very task: give the page its turn first.
    await budget.yieldNow();
    throwIfCancelled(token);
    for (const pack of fresh) {
      for (const [i, fact] of pack.facts.entries()) {
        const started = now();
        const single = createMatcher([{ ...pack, facts: [fact] }]);
        await budget.check();
        let spent = now() - started;
        // Read as a page of the quote's own date that names the pair, so the fact's rules run through.
        const options = { pageDate: fact.reports[0]?.date, pageNamesPair: true };
        for (const text of samplesOf(fact)) {
          const from = now();
          single.scan(text, options);
          spent += now() - from;
          await budget.check();
        }
        throwIfCancelled(token);
        const judge = probe && i === 0 && pack === fresh[0];
        firstCall = false;
        if (judge && spent < COMPILED_FIRST_STEP_MS) break;
      }
      prepared.add(pack);
    }
    await budget.yieldNow();
    throwIfCancelled(token);
  }
  const started = performance.now();
  const matcher = createMatcher(packs);
  measure(MATCHER_MEASURE, started);
  await budget.check();
  throwIfCancelled(token);
  return matcher;
}

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // User Timing unavailable
  }
}
