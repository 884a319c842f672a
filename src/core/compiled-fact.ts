/**
 * A fact with its match rules, its "@class" terms expanded and each pattern compiled on first use:
 * a pack of ten thousand facts costs a page only the patterns its words lead to (term-index.ts).
 */
import type { Band, ClaimPack, Fact, Period } from './schema.ts';
import { compileFinder, compileTerms, stickyCopy, type TermFinder } from './terms.ts';
import type { CompiledVocabulary } from './vocabulary.ts';

/** Converts an amount of money in a currency to the pack's reference currency; undefined when it cannot. */
export type ToReference = (amount: number, currency: string | undefined) => number | undefined;

export interface CompiledFact {
  fact: Fact;
  pack: ClaimPack;
  vocabulary: CompiledVocabulary;
  toReference: ToReference;
  /** A figure's measure terms (undefined for events and qualitative figures). */
  measureTerms?: readonly string[];
  readonly measure?: RegExp;
  /** The measure pattern, sticky: tried only where the pre-filter found a measure term. */
  readonly measureAt?: RegExp;
  bands: Band[];
  /** How many term groups `all` holds (known without compiling them). */
  groups: number;
  readonly all: TermFinder[];
  /** Groups that the sentence, its paragraph before it or the text's opening lines may hold. */
  readonly context: TermFinder[];
  readonly exclude?: TermFinder;
  period?: Period;
  periodOptional: boolean;
  periodRequired: boolean;
  target: boolean;
  /** Terms of which a sentence must hold one for this fact to match in it (pre-filter; a superset). */
  anchor: readonly string[];
}

export function compileFact(
  fact: Fact,
  pack: ClaimPack,
  vocabulary: CompiledVocabulary,
  toReference: ToReference,
  /** The fact the mentions name (a frame of `or` is compiled from a copy of it). */
  shown: Fact = fact,
): CompiledFact {
  return new LazyFact(fact, pack, vocabulary, toReference, shown);
}

const UNSET = Symbol('unset');

/** Terms are expanded at once; each pattern is compiled on first use (most never are). */
class LazyFact implements CompiledFact {
  readonly fact: Fact;
  readonly measureTerms?: readonly string[];
  readonly bands: Band[];
  readonly groups: number;
  readonly period?: Period;
  readonly periodOptional: boolean;
  readonly periodRequired: boolean;
  readonly target: boolean;
  readonly anchor: readonly string[];
  private readonly allTerms: (readonly string[])[];
  private measureRe: RegExp | undefined | typeof UNSET = UNSET;
  private measureAtRe: RegExp | undefined | typeof UNSET = UNSET;
  private allRes?: TermFinder[];
  private contextRes?: TermFinder[];
  private excludeRe: TermFinder | undefined | typeof UNSET = UNSET;

  constructor(
    private readonly source: Fact,
    readonly pack: ClaimPack,
    readonly vocabulary: CompiledVocabulary,
    readonly toReference: ToReference,
    shown: Fact,
  ) {
    const m = source.match;
    this.fact = shown;
    this.bands = m.band === undefined ? [] : Array.isArray(m.band) ? m.band : [m.band];
    this.measureTerms = m.measure && this.bands.length ? vocabulary.expand(m.measure) : undefined;
    this.allTerms = (m.all ?? []).map(vocabulary.expand);
    this.groups = this.allTerms.length;
    this.period = m.period;
    this.periodOptional = m.periodOptional === true;
    this.periodRequired = m.periodRequired === true;
    this.target = m.role === 'target';
    this.anchor = anchorTerms(this.measureTerms, this.allTerms);
  }

  get measure(): RegExp | undefined {
    if (this.measureRe === UNSET) this.measureRe = this.measureTerms ? compileTerms(this.measureTerms) : undefined;
    return this.measureRe;
  }

  get measureAt(): RegExp | undefined {
    if (this.measureAtRe === UNSET) {
      const re = this.measure;
      this.measureAtRe = re && stickyCopy(re);
    }
    return this.measureAtRe;
  }

  get all(): TermFinder[] {
    this.allRes ??= compileGroups(this.allTerms);
    return this.allRes;
  }

  get context(): TermFinder[] {
    this.contextRes ??= compileGroups((this.source.match.context ?? []).map(this.vocabulary.expand));
    return this.contextRes;
  }

  get exclude(): TermFinder | undefined {
    if (this.excludeRe === UNSET) {
      const terms = this.source.match.exclude;
      this.excludeRe = terms ? compileFinder(this.vocabulary.expand(terms)) : undefined;
    }
    return this.excludeRe;
  }
}

function compileGroups(list: (readonly string[])[]): TermFinder[] {
  return list.map((group) => compileFinder(group)).filter((f): f is TermFinder => f !== undefined);
}

/** The fact's main frame and each of its other wordings (`or`), compiled alike. */
export function compileFrames(
  fact: Fact,
  pack: ClaimPack,
  vocabulary: CompiledVocabulary,
  toReference: ToReference,
): CompiledFact[] {
  return [
    compileFact(fact, pack, vocabulary, toReference),
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
        fact,
      ),
    ),
  ];
}

/**
 * Figures need a measure term in the sentence; phrases need a term of every group, so any one group
 * will do: the one whose shortest term is longest (short words like "top" or "UN" are common).
 */
function anchorTerms(measure: readonly string[] | undefined, all: readonly (readonly string[])[]): readonly string[] {
  if (measure) return measure;
  let best: readonly string[] = [];
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
