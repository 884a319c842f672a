/**
 * The country pair. A figure counts only where the sentence names both China and Russia (or their
 * capitals, leaders, governments), or names neither of any other country on a page about the two.
 */
import { compileQuickTerms, compileTerms, hasTerm } from './terms.ts';

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

const CHINA = compileTerms(CHINA_TERMS) as RegExp;
const RUSSIA = compileTerms(RUSSIA_TERMS) as RegExp;
// "US" alone is the country, but not in "US$190 billion".
const OTHER = new RegExp(`${(compileTerms(OTHER_COUNTRIES) as RegExp).source}|(?<![\\p{L}])US(?![\\p{L}$])`, 'iu');

// The exact patterns (with their word-boundary lookarounds) cost a lookbehind at every position of
// the text; the lookaround-free copies find candidates ~20x faster and the sticky copies confirm them.
const CHINA_QUICK = compileQuickTerms(CHINA_TERMS) as RegExp;
const RUSSIA_QUICK = compileQuickTerms(RUSSIA_TERMS) as RegExp;
const CHINA_STICKY = new RegExp(CHINA.source, 'iuy');
const RUSSIA_STICKY = new RegExp(RUSSIA.source, 'iuy');
const OTHER_QUICK = compileQuickTerms([...OTHER_COUNTRIES, 'US']) as RegExp;
const OTHER_STICKY = new RegExp(OTHER.source, 'iuy');

/**
 * The names as running text writes them (as listed, or in capitals: "Russia", "RUSSIA"), without
 * case folding or word boundaries: cheap enough to test every text node of a page. Hints only;
 * namesChina/namesRussia decide.
 */
const nameHint = (terms: readonly string[]) =>
  new RegExp(
    (
      compileQuickTerms(
        terms.flatMap((t) => [t, t.toUpperCase()]),
        { caseSensitive: true },
      ) as RegExp
    ).source,
  );
const RUSSIA_HINT = nameHint(RUSSIA_TERMS);
const CHINA_HINT = nameHint(CHINA_TERMS);

export function mayNameRussia(text: string): boolean {
  return RUSSIA_HINT.test(text);
}

export function mayNameChina(text: string): boolean {
  return CHINA_HINT.test(text);
}

export function namesChina(text: string): boolean {
  return hasTerm(CHINA_QUICK, CHINA_STICKY, text);
}

export function namesRussia(text: string): boolean {
  return hasTerm(RUSSIA_QUICK, RUSSIA_STICKY, text);
}

/** both: the sentence names China and Russia; other: it names another country instead; none: neither pair nor other. */
export function pairIn(sentence: string): 'both' | 'other' | 'none' {
  if (namesChina(sentence) && namesRussia(sentence)) return 'both';
  return hasTerm(OTHER_QUICK, OTHER_STICKY, sentence) ? 'other' : 'none';
}
