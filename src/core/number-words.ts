/** Numbers written in words, as news copy spells small ones: "forty", "forty-two", "two hundred", "a". */

const UNITS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Every number word but "a". */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(TENS), ...Object.keys(UNITS).filter((w) => w !== 'a')];
const WORD = `(?:${NUMBER_WORDS.join('|')})`;

/**
 * "a" alone is a number only before a scale or another number word ("a trillion dollars", "a hundred");
 * the lookahead keeps every other "a" of running text from costing a quantity read. The caller
 * checks the unit that follows. For a regex with the `u` flag.
 */
const A_BEFORE_NUMBER = `a(?=[\\s-]+(?:${WORD}|hundred|trillion|trn|tn|billion|bn|mln|million|mn)(?![\\p{L}]))`;
export const NUMBER_WORDS_PATTERN = `(?:(?:${A_BEFORE_NUMBER}|${WORD})(?:[\\s-]+(?:and[\\s-]+)?(?:${WORD}|hundred|and\\s+a\\s+half))*)`;

export function parseNumberWords(raw: string): number | undefined {
  const words = raw
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'and');
  let total = 0;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'a' && words[i + 1] === 'half') {
      current += 0.5;
      i++;
    } else if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else return undefined;
  }
  total += current;
  return words.length ? total : undefined;
}
