/**
 * The pre-filter: one pass of cheap, lookaround-free term searches over the whole text marks which
 * sentences could hold a figure (a measure term) and which event facts each sentence could hold (an
 * anchor term). Only those sentences are parsed for quantities, periods and phrases. A superset: it never
 * drops a sentence the full matchers would match.
 */
import type { CompiledFact } from './compiled-fact.ts';
import type { Sentence } from './sentences.ts';
import { compileQuickTerms, compileTerms, quickStarts } from './terms.ts';

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
  const figureExact = sticky(compileTerms(figures.flatMap((c) => c.anchor)));
  const phraseQuick = compileQuickTerms(phrases.flatMap((c) => c.anchor));
  // Which phrase fact an anchor hit belongs to: each fact's own exact anchor, sticky, tried at the hit
  // (so "met" in "metal" or "arms" in "farms" never makes a candidate).
  const phraseAnchors = phrases.map((c) => sticky(compileTerms(c.anchor)) as RegExp);

  function phraseCandidates(text: string, sentences: readonly Sentence[]): (CompiledFact[] | undefined)[] {
    const out = new Array<CompiledFact[] | undefined>(sentences.length);
    if (!phraseQuick) return out;
    let s = 0;
    for (const at of quickStarts(phraseQuick, text)) {
      while (s < sentences.length && sentences[s].end <= at) s++;
      if (s >= sentences.length || sentences[s].start > at) continue;
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
  let s = 0;
  for (const at of quickStarts(quick, text)) {
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (s >= sentences.length || sentences[s].start > at) continue;
    exact.lastIndex = at;
    if (!exact.test(text)) continue;
    const list = out[s] ?? [];
    list.push(at);
    out[s] = list;
  }
  return out;
}

/** A sticky copy: tested at one position (lastIndex) only. */
function sticky(re: RegExp | undefined): RegExp | undefined {
  return re && new RegExp(re.source, 'iuy');
}
