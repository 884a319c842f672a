/**
 * The smallest vocabulary a test pack needs (claim pack format 2): the China–Russia pair, named the way
 * the tests' fictional pages name them, and US dollars first (the reference currency of a pack without
 * rates) then yuan. Tests that only need *a* valid pack use `v2(pack)`; tests about a vocabulary's own
 * content spell theirs out.
 */
import type { ClaimPack, Vocabulary } from '../../src/core/schema.ts';

/** A fresh copy each call, so a test may break it without touching the next. */
export function testVocabulary(): Vocabulary {
  return {
    entities: [
      { id: 'china', role: 'pair', names: ['China', 'Chinese', 'Beijing'] },
      { id: 'russia', role: 'pair', names: ['Russia', 'Russian*', 'Moscow'] },
    ],
    pairTerms: ['bilateral', 'the two countries'],
    currencies: [
      { code: 'USD', name: 'dollars', words: ['US dollars', 'dollars', 'dollar'], symbols: ['US$', '$'] },
      { code: 'CNY', name: 'yuan', words: ['yuan'], symbols: ['¥'] },
    ],
  };
}

/** A format-2 pack from the rest of one: `schema: 2` and `testVocabulary()` unless it brings its own. */
export function v2<T extends object>(pack: T): T & Pick<ClaimPack, 'schema' | 'vocabulary'> {
  const own = (pack as { vocabulary?: Vocabulary }).vocabulary;
  return { ...pack, schema: 2, vocabulary: own ?? testVocabulary() };
}

/** The same pack as format 1 wrote it (`schema: 1`, no vocabulary), which validate-pack refuses. */
export function format1(pack: object): Record<string, unknown> {
  const { vocabulary: _, ...rest } = pack as Record<string, unknown>;
  return { ...rest, schema: 1 };
}
