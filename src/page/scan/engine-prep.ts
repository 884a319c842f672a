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

const SAMPLE_OPTIONS = { pageDate: '2023-03-21', pageNamesPair: true } as const;
/**
 * Packs already prepared by this copy of the content script: their patterns are compiled in this
 * process, so a later full scan (settings changed) builds its matcher at once.
 */
const prepared = new WeakSet<ClaimPack>();
/**
 * A pack's first fact built and tried in less than this (ms): its patterns are compiled in this
 * process already (another page used them), and the rest of the pack is not prepared one by one.
 * Compiling one fact's patterns takes several ms; running them compiled, a fraction of one.
 */
export const COMPILED_STEP_MS = 1;

/** A fact's first report quote as one-byte text and as two-byte text (the engine compiles each width apart). */
export function samplesOf(fact: Fact): string[] {
  const quote = fact.reports[0]?.quote ?? fact.title;
  const oneByte = quote.replace(/[\u0100-\uffff]/g, ' ');
  return [oneByte, `${oneByte} \u2019`];
}

/**
 * Builds the matcher for `packs` with `createMatcher`: for packs not prepared before, one fact per
 * step first (yielding whenever the slice of `budget` is spent; a pack whose first fact shows its
 * patterns compiled already is not gone through) and then all packs in a task of their own; packs
 * prepared before, at once within the current slice.
 */
export async function prepareMatcher(
  createMatcher: (packs: readonly ClaimPack[]) => Matcher,
  packs: readonly ClaimPack[],
  budget: Pick<TimeBudget, 'check' | 'yieldNow'>,
  token: CancelToken,
  now: () => number = () => performance.now(),
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
        for (const text of samplesOf(fact)) {
          const from = now();
          single.scan(text, SAMPLE_OPTIONS);
          spent += now() - from;
          await budget.check();
        }
        throwIfCancelled(token);
        // Cheap from the start: another page in this process compiled the pack's patterns already.
        if (i === 0 && spent < COMPILED_STEP_MS) break;
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
