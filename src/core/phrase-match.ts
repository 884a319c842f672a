/** Events and qualitative figures: every term group of the fact has a term in the same sentence. */
import type { CompiledFact } from './compiled-fact.ts';
import { sentenceYearFits } from './context-period.ts';
import type { TextPeriod } from './period.ts';
import type { Sentence } from './sentences.ts';
import { findTerms } from './terms.ts';

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
  periods: readonly TextPeriod[],
): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const fact of facts) {
    if (fact.all.length === 0 || fact.bands.length > 0) continue;
    const found = fact.all.map((re) => findTerms(re, sentence.text, sentence.start)[0]);
    if (found.some((m) => m === undefined)) continue;
    if (fact.exclude && findTerms(fact.exclude, sentence.text).length > 0) continue;
    if (!sentenceYearFits(fact.period, periods, fact.periodOptional || !fact.period)) continue;
    const start = Math.min(...found.map((m) => m.start));
    const end = Math.max(...found.map((m) => m.end));
    hits.push(end - start <= MAX_SPAN ? { fact, start, end } : { fact, start: found[0].start, end: found[0].end });
  }
  return hits;
}
