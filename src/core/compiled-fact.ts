/** A fact with its match rules compiled once into regular expressions, its "@class" terms expanded. */
import type { Band, ClaimPack, Fact, Period } from './schema.ts';
import { compileTerms, stickyCopy } from './terms.ts';
import type { CompiledVocabulary } from './vocabulary.ts';

/** Converts an amount of money in a currency to the pack's reference currency; undefined when it cannot. */
export type ToReference = (amount: number, currency: string | undefined) => number | undefined;

export interface CompiledFact {
  fact: Fact;
  pack: ClaimPack;
  vocabulary: CompiledVocabulary;
  toReference: ToReference;
  measure?: RegExp;
  /** The measure pattern, sticky: tried only where the pre-filter found a measure term. */
  measureAt?: RegExp;
  bands: Band[];
  all: RegExp[];
  /** Groups that the sentence, its paragraph before it or the text's opening lines may hold. */
  context: RegExp[];
  exclude?: RegExp;
  period?: Period;
  periodOptional: boolean;
  periodRequired: boolean;
  target: boolean;
  /** Terms of which a sentence must hold one for this fact to match in it (pre-filter; a superset). */
  anchor: string[];
}

export function compileFact(
  fact: Fact,
  pack: ClaimPack,
  vocabulary: CompiledVocabulary,
  toReference: ToReference,
): CompiledFact {
  const m = fact.match;
  const x = vocabulary.expand;
  const bands = m.band === undefined ? [] : Array.isArray(m.band) ? m.band : [m.band];
  const measureTerms = m.measure && bands.length ? x(m.measure) : undefined;
  const measure = measureTerms ? compileTerms(measureTerms) : undefined;
  const all = (m.all ?? []).map(x);
  const groups = (list: string[][]) =>
    list.map((group) => compileTerms(group)).filter((re): re is RegExp => re !== undefined);
  return {
    fact,
    pack,
    vocabulary,
    toReference,
    measure,
    measureAt: measure && stickyCopy(measure),
    bands,
    all: groups(all),
    context: groups((m.context ?? []).map(x)),
    exclude: m.exclude ? compileTerms(x(m.exclude)) : undefined,
    period: m.period,
    periodOptional: m.periodOptional === true,
    periodRequired: m.periodRequired === true,
    target: m.role === 'target',
    anchor: anchorTerms(measureTerms, all),
  };
}

/** The fact's main frame and each of its other wordings (`or`), compiled alike. */
export function compileFrames(
  fact: Fact,
  pack: ClaimPack,
  vocabulary: CompiledVocabulary,
  toReference: ToReference,
): CompiledFact[] {
  const main = compileFact(fact, pack, vocabulary, toReference);
  return [
    main,
    ...(fact.match.or ?? []).map((frame) =>
      compileFact(
        // A frame of its own states its evidence: a year it names is checked, none is required.
        {
          ...fact,
          match: { ...fact.match, all: frame.all, context: frame.context, or: undefined, periodRequired: false },
        },
        pack,
        vocabulary,
        toReference,
      ),
    ),
  ].map((c) => ({ ...c, fact }));
}

/**
 * Money in the pack's reference currency: the currency its rates convert to (else its only or first
 * currency); a rate "6.9 from per one to" converts `from` amounts.
 */
export function referenceConverter(pack: ClaimPack): ToReference {
  const reference = pack.rates?.[0]?.to ?? pack.vocabulary.currencies?.[0]?.code;
  return (amount, currency) => {
    if (currency === undefined || currency === reference) return amount;
    const rate = pack.rates?.find((r) => r.from === currency && r.to === reference);
    return rate ? amount / rate.rate : undefined;
  };
}

/**
 * Figures need a measure term in the sentence; phrases need a term of every group, so any one group
 * will do: the one whose shortest term is longest (short words like "top" or "UN" are common).
 */
function anchorTerms(measure: string[] | undefined, all: string[][]): string[] {
  if (measure) return measure;
  let best: string[] = [];
  let score = -1;
  for (const group of all) {
    const shortest = Math.min(...group.map((t) => t.replace(/\*$/, '').trim().length));
    if (shortest > score) {
      best = group;
      score = shortest;
    }
  }
  return best;
}

/** Units of the first pack's rate's `from` per one `to` (the card shows both); undefined when none states one. */
export function cnyPerUsd(packs: readonly ClaimPack[]): number | undefined {
  for (const pack of packs) {
    const rate = pack.rates?.[0];
    if (rate) return rate.rate;
  }
  return undefined;
}
