/** A fact with its match rules compiled once into regular expressions. */
import type { Band, ClaimPack, Fact, Period } from './schema.ts';
import { compileTerms } from './terms.ts';

export interface CompiledFact {
  fact: Fact;
  pack: ClaimPack;
  measure?: RegExp;
  bands: Band[];
  all: RegExp[];
  exclude?: RegExp;
  period?: Period;
  periodOptional: boolean;
  target: boolean;
}

export function compileFact(fact: Fact, pack: ClaimPack): CompiledFact {
  const m = fact.match;
  const bands = m.band === undefined ? [] : Array.isArray(m.band) ? m.band : [m.band];
  return {
    fact,
    pack,
    measure: m.measure && bands.length ? compileTerms(m.measure) : undefined,
    bands,
    all: (m.all ?? []).map((group) => compileTerms(group)).filter((re): re is RegExp => re !== undefined),
    exclude: m.exclude ? compileTerms(m.exclude) : undefined,
    period: m.period,
    periodOptional: m.periodOptional === true,
    target: m.role === 'target',
  };
}

/** CNY per USD from the first pack that states a rate; undefined when none does. */
export function cnyPerUsd(packs: readonly ClaimPack[]): number | undefined {
  for (const pack of packs) {
    const rate = pack.rates?.find((r) => r.from === 'CNY' && r.to === 'USD');
    if (rate) return rate.rate;
  }
  return undefined;
}
