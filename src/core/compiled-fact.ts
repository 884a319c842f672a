/** A fact with its match rules compiled once into regular expressions. */
import type { Band, ClaimPack, Fact, Period } from './schema.ts';
import { compileTerms, stickyCopy } from './terms.ts';

export interface CompiledFact {
  fact: Fact;
  pack: ClaimPack;
  measure?: RegExp;
  /** The measure pattern, sticky: tried only where the pre-filter found a measure term. */
  measureAt?: RegExp;
  bands: Band[];
  all: RegExp[];
  exclude?: RegExp;
  period?: Period;
  periodOptional: boolean;
  target: boolean;
  /** Terms of which a sentence must hold one for this fact to match in it (pre-filter; a superset). */
  anchor: string[];
}

export function compileFact(fact: Fact, pack: ClaimPack): CompiledFact {
  const m = fact.match;
  const bands = m.band === undefined ? [] : Array.isArray(m.band) ? m.band : [m.band];
  const measure = m.measure && bands.length ? compileTerms(m.measure) : undefined;
  return {
    fact,
    pack,
    measure,
    measureAt: measure && stickyCopy(measure),
    bands,
    all: (m.all ?? []).map((group) => compileTerms(group)).filter((re): re is RegExp => re !== undefined),
    exclude: m.exclude ? compileTerms(m.exclude) : undefined,
    period: m.period,
    periodOptional: m.periodOptional === true,
    target: m.role === 'target',
    anchor: anchorTerms(m.measure && bands.length ? m.measure : undefined, m.all ?? []),
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

/** CNY per USD from the first pack that states a rate; undefined when none does. */
export function cnyPerUsd(packs: readonly ClaimPack[]): number | undefined {
  for (const pack of packs) {
    const rate = pack.rates?.find((r) => r.from === 'CNY' && r.to === 'USD');
    if (rate) return rate.rate;
  }
  return undefined;
}
