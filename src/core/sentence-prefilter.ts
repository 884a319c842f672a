/**
 * The pre-filter: one pass of cheap, lookaround-free term searches over the whole text marks which
 * sentences could hold a figure (a measure term) and which event facts each sentence could hold (an
 * anchor term). Only those sentences are parsed for quantities, periods and phrases. A superset: it never
 * drops a sentence the full matchers would match.
 */
import type { CompiledFact } from './compiled-fact.ts';
import type { Sentence } from './sentences.ts';
import { compileQuickTerms, compileTerms, quickStarts, stickyCopy } from './terms.ts';

export interface SentenceCandidates {
  /** Where a sentence holds a measure term of some figure fact: the terms' start offsets in the text. */
  figureAt: (number[] | undefined)[];
  /** The phrase facts whose anchor terms a sentence holds (undefined: none), in catalog order. */
  phraseAt: (CompiledFact[] | undefined)[];
}

export function createSentencePrefilter(
  figures: readonly CompiledFact[],
  phrases: readonly CompiledFact[],
): (text: string, sentences: readonly Sentence[]) => SentenceCandidates {
  const figureQuick = compileQuickTerms(figures.flatMap((c) => c.anchor));
  const figureTerms = compileTerms(figures.flatMap((c) => c.anchor));
  const figureExact = figureTerms && stickyCopy(figureTerms);
  const phraseQuick = compileQuickTerms(phrases.flatMap((c) => c.anchor));
  // Which phrase fact an anchor hit belongs to: each fact's own exact anchor, sticky, tried at the hit
  // (so "met" in "metal" or "arms" in "farms" never makes a candidate).
  const phraseAnchors = phrases.map((c) => stickyCopy(compileTerms(c.anchor) as RegExp));

  function phraseCandidates(text: string, sentences: readonly Sentence[]): (CompiledFact[] | undefined)[] {
    const out = new Array<CompiledFact[] | undefined>(sentences.length);
    if (!phraseQuick) return out;
    for (const { at, s } of startsInSentences(phraseQuick, text, sentences)) {
      phrases.forEach((fact, f) => {
        const re = phraseAnchors[f];
        re.lastIndex = at;
        if (!re.test(text)) return;
        const list = out[s] ?? [];
        if (!list.includes(fact)) list.push(fact);
        out[s] = list;
      });
    }
    for (const list of out) list?.sort((a, b) => phrases.indexOf(a) - phrases.indexOf(b));
    return out;
  }

  return (text, sentences) => ({
    figureAt: termStartsBySentence(figureQuick, figureExact, text, sentences),
    phraseAt: phraseCandidates(text, sentences),
  });
}

/** Where the exact terms start, by sentence: `quick` finds candidates, `exact` (sticky) confirms each. */
function termStartsBySentence(
  quick: RegExp | undefined,
  exact: RegExp | undefined,
  text: string,
  sentences: readonly Sentence[],
): (number[] | undefined)[] {
  const out = new Array<number[] | undefined>(sentences.length);
  if (!quick || !exact) return out;
  for (const { at, s } of startsInSentences(quick, text, sentences)) {
    exact.lastIndex = at;
    if (!exact.test(text)) continue;
    const list = out[s] ?? [];
    list.push(at);
    out[s] = list;
  }
  return out;
}

/** Each start of `quick` in `text` that lies inside a sentence, with that sentence's index, in order. */
function startsInSentences(quick: RegExp, text: string, sentences: readonly Sentence[]): { at: number; s: number }[] {
  const out: { at: number; s: number }[] = [];
  let s = 0;
  for (const at of quickStarts(quick, text)) {
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (s >= sentences.length) break;
    if (sentences[s].start <= at) out.push({ at, s });
  }
  return out;
}
