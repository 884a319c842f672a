/**
 * The pre-filter: one pass of cheap, lookaround-free term searches over the whole text marks which
 * sentences could hold a figure (a measure term) and which event facts each sentence could hold (an
 * anchor term). Only those sentences are parsed for quantities, periods and phrases. A superset: it never
 * drops a sentence the full matchers would match.
 */
import type { CompiledFact } from './compiled-fact.ts';
import type { Sentence } from './sentences.ts';
import { TermIndex } from './term-index.ts';
import { compileQuickByScript, compileTerms, type QuickByScript, stickyCopy } from './terms.ts';

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
  const figureIndex = new TermIndex<CompiledFact>();
  for (const c of figures) figureIndex.add(c.anchor, c);
  const figureQuick = quickFor(figureIndex);
  // Which phrase fact an anchor hit belongs to: the facts the index names for that spot, each
  // confirmed by its own exact anchor, sticky, tried at the hit (so "met" in "metal" or "arms" in
  // "farms" never makes a candidate).
  const phraseIndex = new TermIndex<number>();
  phrases.forEach((c, f) => {
    phraseIndex.add(c.anchor, f);
  });
  const phraseQuick = quickFor(phraseIndex);
  const phraseAnchors: RegExp[] = [];
  const phraseAnchor = (f: number) => (phraseAnchors[f] ??= stickyCopy(compileTerms(phrases[f].anchor) as RegExp));

  function phraseCandidates(text: string, sentences: readonly Sentence[]): (CompiledFact[] | undefined)[] {
    const out = new Array<CompiledFact[] | undefined>(sentences.length);
    if (!phraseQuick) return out;
    const found = new Array<number[] | undefined>(sentences.length);
    for (const { at, s } of startsInSentences(phraseQuick, text, sentences)) {
      for (const f of phraseIndex.at(text, at)) {
        const re = phraseAnchor(f);
        re.lastIndex = at;
        if (!re.test(text)) continue;
        const list = found[s] ?? [];
        if (!list.includes(f)) list.push(f);
        found[s] = list;
      }
    }
    found.forEach((list, s) => {
      if (list) out[s] = list.sort((a, b) => a - b).map((f) => phrases[f]);
    });
    return out;
  }

  /** Where some figure's measure term starts, by sentence: `quick` finds candidates, the facts' own terms confirm. */
  function figureStarts(text: string, sentences: readonly Sentence[]): (number[] | undefined)[] {
    const out = new Array<number[] | undefined>(sentences.length);
    if (!figureQuick) return out;
    for (const { at, s } of startsInSentences(figureQuick, text, sentences)) {
      const confirmed = figureIndex.at(text, at).some((c) => {
        const re = c.measureAt as RegExp;
        re.lastIndex = at;
        return re.test(text);
      });
      if (!confirmed) continue;
      const list = out[s] ?? [];
      list.push(at);
      out[s] = list;
    }
    return out;
  }

  return (text, sentences) => ({
    figureAt: figureStarts(text, sentences),
    phraseAt: phraseCandidates(text, sentences),
  });
}

/** Beyond this many terms the pre-filter walks the text's words through the index instead of one pattern of every opening. */
const WORD_WALK_TERMS = 60_000;

function quickFor<T>(index: TermIndex<T>): QuickByScript | undefined {
  if (index.terms > WORD_WALK_TERMS) return { starts: (text) => index.starts(text) };
  return compileQuickByScript(index.openings());
}

/** Each start of `quick` in `text` that lies inside a sentence, with that sentence's index, in order. */
function startsInSentences(
  quick: QuickByScript,
  text: string,
  sentences: readonly Sentence[],
): { at: number; s: number }[] {
  const out: { at: number; s: number }[] = [];
  let s = 0;
  for (const at of quick.starts(text)) {
    while (s < sentences.length && sentences[s].end <= at) s++;
    if (s >= sentences.length) break;
    if (sentences[s].start <= at) out.push({ at, s });
  }
  return out;
}
