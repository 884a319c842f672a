import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BasisValue, type CompareOptions, compareMention } from '../../../src/core/compare.ts';
import type { ClaimPack, Fact } from '../../../src/core/schema.ts';
import type { Mention, ParsedQuantity } from '../../../src/core/types.ts';
import { bundledPack } from './bundled-pack.ts';

/** The bundled dataset as it is: its facts' `bases`, its vocabulary's currency names ("yuan", "dollars"). */
const pack = bundledPack() as ClaimPack;
const bundledFact = (id: string): Fact => {
  const f = pack.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};
/** A bundled fact without its `bases`: each test gives the comparison exactly the data it is about. */
const fact = (id: string): Fact => ({ ...bundledFact(id), bases: undefined });
/** …and with only the seed articles' reports (those with a quote): the two yuan-basis quotes of a growth rate. */
const quoted = (id: string): Fact => {
  const f = fact(id);
  return { ...f, reports: f.reports.filter((r) => r.quote) };
};

/** The customs' rates on each basis, as the dataset's optional `bases` would carry them. */
const TRADE_BASES: BasisValue[] = [
  { currency: 'CNY', amount: 34.3 },
  { currency: 'USD', amount: 29.3 },
];
const EXPORT_BASES: BasisValue[] = [
  { currency: 'CNY', amount: 17.5 },
  { currency: 'USD', amount: 12.8 },
];
const NAMES = { CNY: 'yuan', USD: 'dollar' } as const;

/** A page mention of `words` (its value as stated) in `sentence`. */
function mention(sentence: string, words: string, value: Partial<ParsedQuantity>): Mention {
  const start = sentence.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in the sentence`);
  const end = start + words.length;
  return {
    fact: 'x',
    pack: pack.id,
    start,
    end,
    quote: words,
    sentence,
    value: { kind: 'money', text: words, start, end, ...value } as ParsedQuantity,
  };
}

const DOLLAR_GROWTH = mention('Trade hit $190.27 billion in 2022, up 29.3 percent on the year.', '29.3 percent', {
  kind: 'percent',
  amount: 29.3,
});

describe('growth rates in currency', () => {
  const growth = (m: Mention, options: CompareOptions = { bases: TRADE_BASES, currencyNames: NAMES }) =>
    compareMention(m, quoted('trade-2022-growth'), pack, {}, options);

  it('a dollar-basis rate agrees with the yuan-basis reports once the basis is taken into account', () => {
    const c = growth(DOLLAR_GROWTH);
    expect(c.verdict).toBe('agree');
    expect(c.pageBasis).toBe('USD');
    expect(c.page?.display).toBe('+29.3% (in dollar)');
    for (const r of c.reports) {
      expect(r.agreement).toBe('agree');
      expect(r.basis).toBe('CNY'); // the basis of the money its quote goes with
      expect(r.value?.display).toBe('+34.3% (in yuan)');
      expect(r.reasons[0]).toBe('+29.3% in dollar');
      expect(r.onPageBasis).toEqual({ currency: 'USD', amount: 29.3 });
    }
    expect(c.spread?.display).toBe('+29.3%');
  });

  it('on the bundled growth fact: yuan-basis quotes restated, dollar-basis pages taken as they are', () => {
    const real = bundledFact('trade-2022-growth');
    expect(real.bases).toEqual(TRADE_BASES);
    const c = compareMention(DOLLAR_GROWTH, real, pack);
    expect(c.pageBasis).toBe('USD');
    expect(c.page?.display).toBe('+29.3% (in dollars)'); // the vocabulary's name
    const quotes = c.reports.filter((r) => r.report.quote);
    expect(quotes.map((r) => r.outlet.id)).toEqual(['seed-000-unknown', 'scmp']);
    for (const r of quotes) {
      expect(r.basis).toBe('CNY');
      expect(r.agreement).toBe('agree');
      expect(r.value?.display).toBe('+34.3% (in yuan)');
      expect(r.reasons[0]).toBe('+29.3% in dollars');
      expect(r.onPageBasis).toEqual({ currency: 'USD', amount: 29.3 });
    }
    // Pages' few words ("increased by 29.3%") name no money: the money their page reports is in dollars.
    const pages = c.reports.filter((r) => !r.report.quote);
    expect(pages).toHaveLength(9);
    for (const r of pages) {
      expect(r.basis).toBe('USD');
      expect(r.onPageBasis).toBeUndefined();
    }
    // "almost a third" and a flat "30%" are not 29.3%; "nearly 30 percent", "about 30%" are.
    expect(c.reports.filter((r) => r.agreement === 'differ').map((r) => r.outlet.id)).toEqual([
      'forexlive-com',
      'cultureru-com',
    ]);
    expect(c.agreeCount).toBe(9);
    expect(c.verdict).toBe('differ');
    expect(c.spread?.display).toBe('+29.3% – +33.3%');
  });

  it('without bases in the data the same rates differ, as before', () => {
    const c = compareMention(DOLLAR_GROWTH, fact('trade-2022-growth'), pack);
    expect(c.verdict).toBe('differ');
    expect(c.reports.every((r) => r.basis === undefined && !r.onPageBasis)).toBe(true);
    // Only the rates stated on the page's own basis agree: the seed quotes' 34.3% differ.
    const quotes = c.reports.filter((r) => r.report.quote);
    expect(quotes.map((r) => [r.agreement, r.reasons[0]])).toEqual([
      ['differ', '+5 pts from this page'],
      ['differ', '+5 pts from this page'],
    ]);
    expect(c.reports.filter((r) => r.value?.amount === 29.3).every((r) => r.agreement === 'agree')).toBe(true);
  });

  it('takes the bases from the fact itself and the names from the vocabulary; ISO codes given no names', () => {
    const withBases = { ...quoted('trade-2022-growth'), bases: TRADE_BASES };
    const c = compareMention(DOLLAR_GROWTH, withBases, pack);
    expect(c.verdict).toBe('agree');
    expect(c.reports[0].value?.display).toBe('+34.3% (in yuan)');
    expect(c.reports[0].reasons[0]).toBe('+29.3% in dollars');
    const codes = compareMention(DOLLAR_GROWTH, withBases, pack, {}, { currencyNames: {} });
    expect(codes.reports[0].value?.display).toBe('+34.3% (in CNY)');
    expect(codes.reports[0].reasons[0]).toBe('+29.3% in USD');
  });

  it('reads the page’s basis from its value when its sentence names no money', () => {
    const bare = mention('Trade grew 29.3 percent in 2022.', '29.3 percent', { kind: 'percent', amount: 29.3 });
    expect(growth(bare).pageBasis).toBe('USD');
    expect(growth(bare).verdict).toBe('agree');
    const yuanRate = mention('Trade grew 34.3 percent in 2022.', '34.3 percent', { kind: 'percent', amount: 34.3 });
    const same = growth(yuanRate);
    expect(same.pageBasis).toBe('CNY');
    expect(same.reports.map((r) => r.reasons.includes('same figure'))).toEqual([true, false]); // 002 cites customs
    expect(same.reports.every((r) => r.agreement === 'agree' && !r.onPageBasis)).toBe(true);
  });

  it('reads a hedged bound as reaching a unit of its last digit ("almost 30%")', () => {
    const sentence = 'Trade climbed to roughly $190 billion, up almost 30% in dollar terms.';
    const almost = (n: number) =>
      growth(
        mention(sentence.replace('30', String(n)), `almost ${n}%`, {
          kind: 'percent',
          amount: n,
          max: n,
          hedge: 'almost',
        }),
      );
    expect(almost(30).verdict).toBe('agree'); // 29.3 is almost 30
    expect(almost(30).page?.display).toBe('≤ +30% (in dollar)');
    expect(almost(31).verdict).toBe('differ'); // …but not almost 31
    expect(almost(33).verdict).toBe('differ');
  });

  it('still differs when the rate is on neither basis', () => {
    const off = mention('Trade grew 31 percent in 2022.', '31 percent', { kind: 'percent', amount: 31 });
    const c = growth(off);
    expect(c.verdict).toBe('differ');
    expect(c.reports.every((r) => r.agreement === 'differ')).toBe(true);
    // A page on a known basis is compared on it: the gap is the one a reader can check.
    const dollars = mention('Trade hit $190 billion, up 31 percent.', '31 percent', { kind: 'percent', amount: 31 });
    const d = growth(dollars);
    expect(d.reports[0].reasons.slice(0, 2)).toEqual(['-1.7 pts from this page', '+29.3% in dollar']);
  });

  it('takes a page report’s basis from the money of its own page, else from the money in its own words', () => {
    // One outlet, two pages: one gives the total in yuan, the other in dollars with the rate beside it.
    const wire = { outlet: 'wire', date: '2023-01-13' };
    const yuanPage = { ...wire, url: 'https://wire.example/yuan' };
    const dollarPage = { ...wire, url: 'https://wire.example/dollars' };
    const total = {
      ...fact('trade-2022-total'),
      reports: [
        { ...yuanPage, words: '1.28 trillion yuan', value: { kind: 'money', amount: 1.28e12, currency: 'CNY' } },
        { ...dollarPage, words: '$190 billion', value: { kind: 'money', amount: 190e9, currency: 'USD' } },
      ],
    } as Fact;
    const rate = {
      ...fact('trade-2022-growth'),
      bases: TRADE_BASES,
      reports: [
        { ...dollarPage, words: 'rose by 29.3%', value: { kind: 'percent', amount: 29.3 } },
        { ...yuanPage, words: 'up 34.3% to 1.28 trillion yuan', value: { kind: 'percent', amount: 34.3 } },
      ],
    } as Fact;
    const small = { ...pack, facts: [total, rate] };
    const c = compareMention(DOLLAR_GROWTH, rate, small, {}, { currencyNames: NAMES });
    expect(c.reports.map((r) => r.basis)).toEqual(['USD', 'CNY']);
    expect(c.reports[0].reasons).toEqual(['same figure']); // not restated from a yuan basis it is not on
    expect(c.reports[1].reasons[0]).toBe('+29.3% in dollar');
    expect(c.verdict).toBe('agree');
  });

  it('reads a hedged point as reaching a unit of its last digit either way ("about 30%")', () => {
    const about = (n: number) =>
      growth(
        mention(`Trade hit $190 billion, up about ${n}%.`, `about ${n}%`, {
          kind: 'percent',
          amount: n,
          hedge: 'about',
        }),
      );
    expect(about(30).verdict).toBe('agree'); // 29.3 is about 30…
    expect(about(29).verdict).toBe('agree'); // …and about 29
    expect(about(31).verdict).toBe('differ');
    const flat = mention('Trade hit $190 billion, up 30%.', '30%', { kind: 'percent', amount: 30 });
    expect(growth(flat).verdict).toBe('differ'); // unhedged, 30% is 29.5–30.5
  });

  it('finds a report’s basis from its value when its words name no money (exports, 17.5%)', () => {
    const page = mention('Exports grew 12.8 percent in 2022.', '12.8 percent', { kind: 'percent', amount: 12.8 });
    const c = compareMention(
      page,
      fact('exports-2022-growth'),
      pack,
      {},
      { bases: EXPORT_BASES, currencyNames: NAMES },
    );
    expect(c.reports[0].basis).toBe('CNY');
    expect(c.reports[0].agreement).toBe('agree');
    expect(c.reports[0].reasons[0]).toBe('+12.8% in dollar');
  });
});

describe('money as each outlet wrote it', () => {
  const total = fact('trade-2022-total');
  const byOutlet = (c: ReturnType<typeof compareMention>, id: string) => {
    const r = c.reports.find((x) => x.outlet.id === id);
    if (!r) throw new Error(`no report by ${id}`);
    return r;
  };
  const page = (amount: number, words: string) =>
    mention(`Trade reached ${words} in 2022.`, words, { amount, currency: 'USD' });

  it('shows an outlet’s own dollar figure as written beside its yuan total, not a conversion', () => {
    const c = compareMention(page(190e9, '$190 billion'), total, pack);
    expect(byOutlet(c, 'scmp').value?.display).toBe('¥1.3 trn · $190 bn');
    expect(byOutlet(c, 'seed-000-unknown').value?.display).toBe('¥1.28 trn · $185.41 bn');
    expect(byOutlet(c, 'vov-world').value?.display).toBe('≈ ¥1.28 trn · $185 bn'); // dollars only: yuan converted
    expect(byOutlet(c, 'scmp').value?.usd).toBe(190e9);
  });

  it('gives the same verdict to the same dollar value, converted or not', () => {
    const precise = compareMention(page(190.27e9, '$190.27 billion'), total, pack);
    expect(byOutlet(precise, 'seed-000-unknown').agreement).toBe('differ'); // its own $185.41 bn
    expect(byOutlet(precise, 'vov-world').agreement).toBe('differ'); // $185 bn
    expect(byOutlet(precise, 'scmp').agreement).toBe('agree'); // its own US$190 bn, rounded
    expect(byOutlet(precise, 'scmp').reasons).toContain('rounded');
    const rounded = compareMention(page(190e9, '$190 billion'), total, pack);
    expect(byOutlet(rounded, 'seed-000-unknown').agreement).toBe('agree');
    expect(byOutlet(rounded, 'vov-world').agreement).toBe('agree');
  });

  it('converts only when the two sides share no currency, and says from which, by name from data', () => {
    const yuanPage = mention('Trade reached 1.28 trillion yuan in 2022.', '1.28 trillion yuan', {
      amount: 1.28e12,
      currency: 'CNY',
    });
    const c = compareMention(yuanPage, total, pack, {}, { currencyNames: NAMES });
    expect(byOutlet(c, 'seed-000-unknown').reasons).toEqual(['same figure']);
    expect(byOutlet(c, 'vov-world').reasons[0]).toBe('converted from dollar at ¥6.90/$');
    const named = compareMention(yuanPage, total, pack); // the vocabulary's names
    expect(byOutlet(named, 'vov-world').reasons[0]).toBe('converted from dollars at ¥6.90/$');
    const codes = compareMention(yuanPage, total, pack, {}, { currencyNames: {} });
    expect(byOutlet(codes, 'vov-world').reasons[0]).toBe('converted from USD at ¥6.90/$');
  });

  it('shows the page’s own two figures as written', () => {
    const both = mention(
      'Trade reached 1.28 trillion yuan ($185.41 billion) in 2022.',
      '1.28 trillion yuan ($185.41 billion)',
      { amount: 1.28e12, currency: 'CNY' },
    );
    const c = compareMention(both, total, pack);
    expect(c.page?.display).toBe('¥1.28 trn · $185.41 bn');
    expect(byOutlet(c, 'vov-world').reasons).toEqual(['rounded']); // $185 bn against the page's own $185.41 bn
  });
});

describe('the comparison code is about no country in particular', () => {
  it('names no country, capital, leader or currency of the dataset (they come from data)', () => {
    const banned = /\b(China|Chinese|Russia|Russian|Beijing|Moscow|Kremlin|yuan|RMB|Putin|Xi|Sino)\b/i;
    for (const file of ['compare.ts', 'format.ts', 'normalize.ts', 'types.ts']) {
      const text = readFileSync(new URL(`../../../src/core/${file}`, import.meta.url), 'utf8');
      expect(text.match(banned)?.[0], file).toBeUndefined();
    }
  });
});
