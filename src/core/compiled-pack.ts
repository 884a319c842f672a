/**
 * A pack compiled for matching, once per pack object: its vocabulary, its facts (patterns compiled
 * on first use), its pre-filter and its index of measure terms. A page that builds its matcher again
 * (the reader's settings changed, another pack was turned on) reuses what it compiled before, so a
 * pack of ten thousand facts is read once, not at every change.
 */
import { type CompiledFact, compileFrames, referenceConverter } from './compiled-fact.ts';
import type { ClaimPack } from './schema.ts';
import { createSentencePrefilter, type SentenceCandidates } from './sentence-prefilter.ts';
import type { Sentence } from './sentences.ts';
import { TermIndex } from './term-index.ts';
import { type CompiledVocabulary, compileVocabulary } from './vocabulary.ts';

export interface CompiledPack {
  pack: ClaimPack;
  vocabulary: CompiledVocabulary;
  facts: CompiledFact[];
  figures: CompiledFact[];
  phrases: CompiledFact[];
  prefilter: (text: string, sentences: readonly Sentence[]) => SentenceCandidates;
  measureIndex: TermIndex<CompiledFact>;
}

const compiledPacks = new WeakMap<ClaimPack, CompiledPack>();

export function compilePack(pack: ClaimPack): CompiledPack {
  let out = compiledPacks.get(pack);
  if (out) return out;
  const vocabulary = compileVocabulary(pack);
  const toReference = referenceConverter(pack);
  const facts = pack.facts.flatMap((fact) => compileFrames(fact, pack, vocabulary, toReference));
  const figures = facts.filter((c) => c.bands.length > 0 && c.measureTerms?.length);
  const phrases = facts.filter((c) => c.groups > 0 && c.bands.length === 0);
  const measureIndex = new TermIndex<CompiledFact>();
  for (const c of figures) measureIndex.add(c.anchor, c);
  out = {
    pack,
    vocabulary,
    facts,
    figures,
    phrases,
    prefilter: createSentencePrefilter(figures, phrases),
    measureIndex,
  };
  compiledPacks.set(pack, out);
  return out;
}

/** The candidates of several packs' pre-filters, merged sentence by sentence (packs in order). */
export function mergeCandidates(all: readonly SentenceCandidates[], sentences: number): SentenceCandidates {
  if (all.length === 1) return all[0];
  const figureAt = new Array<number[] | undefined>(sentences);
  const phraseAt = new Array<CompiledFact[] | undefined>(sentences);
  for (let s = 0; s < sentences; s++) {
    const starts = all.flatMap((c) => c.figureAt[s] ?? []);
    if (starts.length) figureAt[s] = [...new Set(starts)].sort((a, b) => a - b);
    const facts = all.flatMap((c) => c.phraseAt[s] ?? []);
    if (facts.length) phraseAt[s] = facts;
  }
  return { figureAt, phraseAt };
}
