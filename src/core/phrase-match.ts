/**
 * Events and qualitative figures: every term group of the fact has a term in the same sentence, and
 * each context group one in the sentence or in what a reader has read before it (its paragraph so
 * far, the text's opening lines).
 */
import type { CompiledFact } from './compiled-fact.ts';
import { sentenceYearFits } from './context-period.ts';
import type { TextPeriod } from './period.ts';
import type { Sentence } from './sentences.ts';
import { findTerms, type TermMatch } from './terms.ts';

/** Mentions longer than this are cut to the first group's term, so a mark stays readable. */
const MAX_SPAN = 160;

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
  before: string,
): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const fact of facts) {
    if (fact.all.length === 0 || fact.bands.length > 0) continue;
    const groups = fact.all.map((re) => findTerms(re, sentence.text, sentence.start));
    if (groups.some((g) => g.length === 0)) continue;
    if (fact.exclude && findTerms(fact.exclude, sentence.text).length > 0) continue;
    if (!fact.context.every((re) => findTerms(re, sentence.text).length > 0 || findTerms(re, before).length > 0))
      continue;
    if (!sentenceYearFits(fact.period, periods(), fact.periodOptional || !fact.period, pageYear, fact.periodRequired))
      continue;
    const window = smallestWindow(groups);
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
