/**
 * The country pair. A figure counts only where the sentence names both China and Russia (or their
 * capitals, leaders, governments), or names neither of any other country on a page about the two.
 */
import { compileQuickTerms, compileTerms, hasTerm, quickTest, stickyCopy } from './terms.ts';

export const CHINA_TERMS = ['China', 'Chinese', 'Beijing', 'Xi', 'Xi Jinping', 'PRC', 'Sino', 'Zhongnanhai'];
export const RUSSIA_TERMS = ['Russia', 'Russian*', 'Russia’s', "Russia's", 'Moscow', 'Kremlin', 'Putin', 'Russo'];
const OTHER_COUNTRIES = [
  'United States',
  'America',
  'American*',
  'U.S.',
  'Washington',
  'India',
  'Indian*',
  'Japan',
  'Japanese',
  'European Union',
  'EU',
  'Europe',
  'Germany',
  'German*',
  'France',
  'French',
  'Britain',
  'British',
  'UK',
  'U.K.',
  'Ukraine',
  'Ukrainian*',
  'Kyiv',
  'Kiev',
  'Iran',
  'Iranian*',
  'Saudi Arabia',
  'Saudi*',
  'Vietnam',
  'Vietnamese',
  'Brazil',
  'Brazilian*',
  'Kazakhstan',
  'Turkey',
  'Turkish',
  'Korea',
  'Korean*',
  'Australia',
  'Australian*',
  'Mongolia',
  'ASEAN',
  'Canada',
  'Canadian*',
  'Mexico',
  'Belarus',
  'Pakistan',
  'Indonesia',
  'Taiwan',
  'Italy',
  'Spain',
  'Poland',
  'Netherlands',
  'Dutch',
  'Africa',
  'African*',
  'Tokyo',
  'New Delhi',
  'Berlin',
  'Paris',
  'London',
  'Brussels',
  'Tehran',
  'Riyadh',
  'Hanoi',
  'Seoul',
];

/** A value built on first use: most pages never need most of these patterns (no start-up cost). */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}

// The exact patterns (with their word-boundary lookarounds) cost a lookbehind at every position of
// the text; the lookaround-free copies find candidates ~20x faster and the sticky copies confirm them.
const quickAndSticky = (terms: readonly string[], exact = compileTerms(terms) as RegExp) => ({
  quick: compileQuickTerms(terms) as RegExp,
  sticky: stickyCopy(exact),
});
const china = lazy(() => quickAndSticky(CHINA_TERMS));
const russia = lazy(() => quickAndSticky(RUSSIA_TERMS));
// "US" alone is the country, but not in "US$190 billion".
const others = lazy(() =>
  quickAndSticky(
    [...OTHER_COUNTRIES, 'US'],
    new RegExp(`${(compileTerms(OTHER_COUNTRIES) as RegExp).source}|(?<![\\p{L}])US(?![\\p{L}$])`, 'iu'),
  ),
);

/**
 * The names as running text writes them (as listed, or in capitals: "Russia", "RUSSIA"), without
 * case folding or word boundaries: cheap enough to test every text node of a page. Hints only;
 * namesChina/namesRussia decide.
 */
const nameHint = (terms: readonly string[]) =>
  lazy(() =>
    quickTest(
      terms.flatMap((t) => [t, t.toUpperCase()]),
      { caseSensitive: true },
    ),
  );
const russiaHint = nameHint(RUSSIA_TERMS);
const chinaHint = nameHint(CHINA_TERMS);

export function mayNameRussia(text: string): boolean {
  return russiaHint()(text);
}

export function mayNameChina(text: string): boolean {
  return chinaHint()(text);
}

export function namesChina(text: string): boolean {
  const { quick, sticky } = china();
  return hasTerm(quick, sticky, text);
}

export function namesRussia(text: string): boolean {
  const { quick, sticky } = russia();
  return hasTerm(quick, sticky, text);
}

/** both: the sentence names China and Russia; other: it names another country instead; none: neither pair nor other. */
export function pairIn(sentence: string): 'both' | 'other' | 'none' {
  if (namesChina(sentence) && namesRussia(sentence)) return 'both';
  const { quick, sticky } = others();
  return hasTerm(quick, sticky, sentence) ? 'other' : 'none';
}
