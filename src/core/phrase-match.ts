/**
 * Events and qualitative figures: every term group of the fact has a term in the same sentence, and
 * each context group one in the sentence or in what a reader has read before it (its paragraph so
 * far, the text's opening lines).
 */
import type { CompiledFact } from './compiled-fact.ts';
import { sentenceYearFits } from './context-period.ts';
import type { TextPeriod } from './period.ts';
import type { Sentence } from './sentences.ts';
import type { TermFinder, TermMatch } from './terms.ts';

/** Mentions longer than this are cut to the first group's term, so a mark stays readable. */
const MAX_SPAN = 160;
/** How far from an event's words a year still dates it, in characters. */
const YEAR_REACH = 30;
const STANDING_YEAR_REACH = 15;
/** A dateline opening a report: place, date, maybe the agency, then a dash ("PARIS, March 22 (AFP) --"). */
const DATELINE =
  /^\p{Lu}[\p{L}.' -]{1,30},\s+(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9})(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)|\/[^/]{1,20}\/)?\s*(?:--|—|–|-)\s*/u;

export interface PhraseHit {
  fact: CompiledFact;
  start: number;
  end: number;
}

export function matchPhrases(
  sentence: Sentence,
  facts: readonly CompiledFact[],
  periods: () => readonly TextPeriod[],
  pageYear: number | undefined,
  /** Does the sentence, or what the reader read before it, hold one of these terms? */
  inContext: (terms: TermFinder) => boolean,
): PhraseHit[] {
  const hits: PhraseHit[] = [];
  // "LONDON, March 17 (Reuters) -- …": the dateline dates the report, it states nothing.
  const statementStart = sentence.start + (DATELINE.exec(sentence.text)?.[0].length ?? 0);
  for (const fact of facts) {
    if (fact.all.length === 0 || fact.bands.length > 0) continue;
    const groups = fact.all.map((finder) =>
      finder.find(sentence.text, sentence.start).filter((m) => m.start >= statementStart),
    );
    if (groups.some((g) => g.length === 0)) continue;
    if (fact.exclude?.has(sentence.text)) continue;
    if (!fact.context.every(inContext)) continue;
    const window = smallestWindow(groups);
    // The year an event is given is one written at its words, not anywhere in a long sentence
    // ("his first trip abroad since re-election, … the conflict that began in February 2022").
    // A standing fact (`periodOptional`) is dated only by a year written right at its words.
    const reach = fact.periodOptional ? STANDING_YEAR_REACH : YEAR_REACH;
    const near = periods().filter((p) => p.end >= window.start - reach && p.start <= window.end + reach);
    if (!sentenceYearFits(fact.period, near, fact.periodOptional || !fact.period, pageYear, fact.periodRequired))
      continue;
    hits.push(
      window.end - window.start <= MAX_SPAN
        ? { fact, ...window }
        : { fact, start: groups[0][0].start, end: groups[0][0].end },
    );
  }
  return hits;
}

/** The shortest stretch holding one term of every group. */
function smallestWindow(groups: TermMatch[][]): { start: number; end: number } {
  let best = { start: 0, end: Number.POSITIVE_INFINITY };
  for (const anchor of groups.flat()) {
    let end = anchor.end;
    for (const group of groups) {
      const next = group.filter((m) => m.start >= anchor.start).sort((a, b) => a.end - b.end)[0];
      if (!next) {
        end = Number.POSITIVE_INFINITY;
        break;
      }
      end = Math.max(end, next.end);
    }
    if (end - anchor.start < best.end - best.start) best = { start: anchor.start, end };
  }
  return best;
}
