/**
 * Names of the parties a pack is about, compiled from its vocabulary: "does this text name this
 * party?", cheap hints for scanning every text node of a page, and a sentence's pair test (both of
 * the pair, another party instead, or neither). The engine knows no party by itself.
 */
import type { Entity, Vocabulary } from './schema.ts';
import { quickTest, TermSet } from './terms.ts';

/** A value built on first use: most pages never need most of these patterns (no start-up cost). */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}

export interface Names {
  /** Case-sensitive, boundary-free test of the names as running text writes them (or in capitals): a hint only. */
  mayName(text: string): boolean;
  /** Does the text name it (whole words, any case)? */
  names(text: string): boolean;
}

/**
 * Names are found term by term (terms.ts TermSet: a prefix tree finds candidates, each name's own
 * small pattern confirms, compiled on first need), so a long list of parties costs a page only the
 * names its words lead to. A name glued to a currency sign ("US$", "HK$") is a currency, not the
 * party. Short acronyms ("US", "EU") are names only in capitals: "us" is a pronoun.
 */
export function createNames(terms: readonly string[]): Names {
  const acronyms = terms.filter(isAcronym);
  const words = lazy(() => new TermSet(terms.filter((t) => !isAcronym(t))));
  const acronym = lazy(() =>
    acronyms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${acronyms.join('|')})(?![\\p{L}\\p{N}$])`, 'u') : undefined,
  );
  const hint = lazy(() =>
    quickTest(
      terms.flatMap((t) => [t.replace(/\*.*$/s, ''), t.replace(/\*.*$/s, '').toUpperCase()]),
      { caseSensitive: true },
    ),
  );
  return {
    mayName: (text) => hint()(text),
    names: (text) => words().has(text, (next) => next !== '$') || (acronym()?.test(text) ?? false),
  };
}

const isAcronym = (term: string) => /^[A-Z]{2,3}$/.test(term);

export interface PairNames {
  first: Names;
  second: Names;
  /** Words that name the pair at once or refer back to it ("bilateral", "the two countries"). */
  together: Names;
  others: Names;
  /** both: the sentence names the pair (both, or a pair word); other: another party instead; none: neither. */
  pairIn(sentence: string): 'both' | 'other' | 'none';
}

/** What puts a sentence on an entity's side: its names and the people who speak for it. */
const namesAndSpeakers = (e: Entity) => [...e.names, ...(e.speakers ?? [])];

export function createPairNames(vocabulary: Vocabulary): PairNames {
  const [a, b] = vocabulary.entities.filter((e) => e.role === 'pair');
  const first = createNames(namesAndSpeakers(a));
  const second = createNames(namesAndSpeakers(b));
  const together = createNames(vocabulary.pairTerms ?? []);
  const others = createNames(vocabulary.entities.filter((e) => e.role === 'other').flatMap(namesAndSpeakers));
  return {
    first,
    second,
    together,
    others,
    pairIn(sentence) {
      if (first.names(sentence) && second.names(sentence)) return 'both';
      return others.names(sentence) ? 'other' : 'none';
    },
  };
}
