/**
 * A pack's vocabulary, compiled once: its parties (entities.ts), its currencies as the quantity
 * parser reads them, and its synonym classes, which facts' match terms name as "@class".
 */
import { createPairNames, type PairNames } from './entities.ts';
import type { ClaimPack } from './schema.ts';
import { UNSPACED } from './terms.ts';

export interface CurrencyReader {
  /** Currency sign or code written just before a number ("US$", "$", "EUR"); match ends at the number. */
  before: RegExp | undefined;
  /** Currency word written just after a number or its scale ("dollars", "US dollars"). */
  after: RegExp | undefined;
  /** The currency code for a matched sign or word, as written (case and spaces do not matter). */
  code(written: string): string | undefined;
}

export interface CompiledVocabulary {
  pair: PairNames;
  /** This pack's currencies only: "$" may be another pack's HKD. */
  currencies: CurrencyReader;
  /** Expands "@class" terms to the class's terms; other terms stay as they are (the same list when none is a class). */
  expand(terms: readonly string[] | undefined): readonly string[];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (s: string) => s.toLowerCase().replace(/\s+/g, '');

export function compileVocabulary(pack: ClaimPack): CompiledVocabulary {
  const voc = pack.vocabulary;
  const classes = voc.terms ?? {};
  return {
    pair: createPairNames(voc),
    currencies: currencyReader([pack]),
    expand: (terms) =>
      !terms
        ? []
        : terms.some((t) => t.startsWith('@'))
          ? terms.flatMap((t) => (t.startsWith('@') ? (classes[t.slice(1)] ?? []) : [t]))
          : terms,
  };
}

/**
 * One reader for the currencies of several packs (a page is read for numbers once): it finds every
 * pack's signs and words; which currency a sign is, each pack says for itself (code() here answers
 * for the first pack that knows it).
 */
export function currencyReader(packs: readonly ClaimPack[]): CurrencyReader {
  const codes = new Map<string, string>();
  const symbols: string[] = [];
  const words: string[] = [];
  for (const pack of packs)
    for (const c of pack.vocabulary.currencies ?? []) {
      for (const s of c.symbols ?? []) {
        symbols.push(s);
        if (!codes.has(key(s))) codes.set(key(s), c.code);
      }
      for (const w of c.words) {
        words.push(w);
        if (!codes.has(key(w))) codes.set(key(w), c.code);
      }
    }
  const pattern = (t: string) => escapeRegex(t.trim()).replace(/\\\./g, '\\.\\s?').replace(/\s+/g, '\\s+');
  const longestFirst = (list: string[]) => [...new Set(list)].sort((x, y) => y.length - x.length);
  // A sign starts a word ("HK$" is not "$", "…neur" is not "EUR") and a word ends one ("dollars",
  // not "dollarsign"), except in scripts written without spaces ("人民币1.28万亿元", "亿美元的").
  const signs = longestFirst(symbols)
    .map((t) => (UNSPACED.test(t) ? pattern(t) : `(?<![\\p{L}\\p{N}])${pattern(t)}`))
    .join('|');
  const names = longestFirst(words)
    .map((t) => (UNSPACED.test(t) ? pattern(t) : `${pattern(t)}(?![\\p{L}])`))
    .join('|');
  const before = symbols.length ? new RegExp(`(?:${signs})\\s?$`, 'iu') : undefined;
  const after = words.length ? new RegExp(`^\\s*(?:${names})`, 'iu') : undefined;
  return { before, after, code: (written) => codes.get(key(written)) };
}
