/** Property-based tests: quantity parsing and matching never throw, stay inside the text, and are deterministic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine.ts';
import { parseQuantities } from '../../../src/core/quantity.ts';
import { currencyReader } from '../../../src/core/vocabulary.ts';
import { bundledPack } from './bundled-pack.ts';

const currencies = currencyReader([bundledPack()]);

const matcher = createMatcher([bundledPack()]);

/** Text built from the words the engine reacts to, so the properties reach deep paths, plus arbitrary noise. */
const WORDS = [
  'China',
  'Russia',
  'Beijing',
  'Moscow',
  'Xi',
  'Putin',
  'trade',
  'turnover',
  'exports',
  'imports',
  'energy',
  'Power of Siberia',
  'gas',
  'rail',
  'LNG',
  'record',
  'nearly',
  'more than',
  'at least',
  'about',
  'doubled',
  'half',
  '$',
  'US$',
  'yuan',
  'billion',
  'trillion',
  'bn',
  'per cent',
  '%',
  'percent',
  'fold',
  'times',
  'met',
  'meetings',
  '2022',
  '2023',
  'last year',
  'this year',
  'first two months of',
  'January-February',
  'by 2024',
  'goal',
  'since',
  '1.28',
  '185.41',
  '190',
  '34.3',
  '15.5',
  'billion cubic meters',
  '40',
  '.',
  ',',
  '(',
  ')',
  '\n',
  ' ',
  '’s',
  'ICC',
  'warrant',
  'state visit',
  'peace plan',
  'largest trading partner',
  'double-digit',
  'pace',
  'a',
  'the',
  'Ukraine',
];
const newsy = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((ws) => ws.join(' '));
const anyText = fc.oneof(newsy, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('engine properties', () => {
  it('parseQuantities never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const q of parseQuantities(text, currencies)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(text.slice(q.start, q.end)).toBe(q.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('scan never throws, keeps offsets inside the text and in order', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(fc.constantFrom('2023-03-21', '2024-01-01', '1999-12-31'), { nil: undefined }),
        (text, pageDate) => {
          const mentions = matcher.scan(text, { pageDate });
          let last = -1;
          for (const m of mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeLessThan(m.end);
            expect(text.slice(m.start, m.end)).toBe(m.quote);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.start;
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('scan gives the same result twice', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        expect(matcher.scan(text, { pageDate: '2023-03-21' })).toEqual(matcher.scan(text, { pageDate: '2023-03-21' }));
      }),
      { numRuns: 300 },
    );
  });

  it('scan finds nothing in text that names neither side of the pair', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        // The pair's own pipeline names the pair as well ("Power of Siberia" gas is Russia's to China).
        const neither = text
          .replace(/Power of Siberia/g, 'Vaca Muerta')
          .replace(/Russia|Moscow|Putin|Kremlin/g, 'Brazil')
          .replace(/China|Chinese|Beijing|Xi Jinping|Xi/g, 'Argentina');
        expect(matcher.scan(neither, { pageDate: '2023-03-21' })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds no trade figure of the pair where the clause names another country instead', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        fc.pre(/Russia|Moscow|Putin|Kremlin/.test(text));
        const otherPair = text.replace(/Russia|Moscow|Putin|Kremlin/g, 'Brazil');
        const figures = matcher.scan(otherPair, { pageDate: '2023-03-21' }).filter((m) => m.value);
        expect(figures.filter((m) => /trade|exports|imports/.test(m.fact))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads text that names neither country as part of a page about the two when told so (pageNamesPair)', () => {
    const text = 'Trade reached a record $190 billion last year, customs data show.';
    expect(matcher.scan(text, { pageDate: '2023-03-21' })).toEqual([]);
    const [m] = matcher.scan(text, { pageDate: '2023-03-21', pageNamesPair: true });
    expect(m).toMatchObject({ fact: 'trade-2022-total', quote: 'a record $190 billion' });
    // Another pair named at the figure still keeps it from being China–Russia trade.
    const otherPair = 'Bilateral trade between Brazil and India reached a record $190 billion last year.';
    expect(matcher.scan(otherPair, { pageDate: '2023-03-21', pageNamesPair: true })).toEqual([]);
  });

  it('reads a past year after a value on an undated page as the base of a comparison, a later one as a deadline', () => {
    const past = matcher.scan('Торговля с Китаем за 2022-й — почти 190 млрд долларов, плюс примерно 30% к 2021-му.');
    expect(past.map((m) => m.fact)).toEqual(['trade-2022-total', 'trade-2022-growth']);
    const goal = matcher.scan('Россия и Китай намерены довести товарооборот до 200 млрд долларов к 2024 году.');
    expect(goal.map((m) => m.fact)).toEqual(['trade-target-2024']);
  });

  it('reads text that speaks of the pair only as "the two countries" with the facts whose context accepts it', () => {
    const date = { pageDate: '2023-03-21' };
    expect(matcher.scan('两国贸易额去年为1900亿美元。', date)).toMatchObject([{ fact: 'trade-2022-total' }]);
    expect(matcher.scan('По словам помощника, лидеры двух стран провели около 40 встреч.', date)).toMatchObject([
      { fact: 'xi-putin-meetings' },
    ]);
    // Another party named: "the two countries" are those.
    expect(matcher.scan('巴西与印度两国贸易额去年为1900亿美元。', date)).toEqual([]);
    // A fact without context rules of its own needs a name: "the two sides signed ten documents" could be any visit.
    expect(matcher.scan('The two sides signed ten documents during the visit.', date)).toEqual([]);
  });

  it('takes "the two countries" beside another party and one side of the pair for that pair: no event of ours', () => {
    const date = { pageDate: '2023-04-14' };
    for (const text of [
      'Brazil’s Lula arrived in Beijing for a state visit; the two countries are expected to sign 20 agreements.',
      '巴西总统卢拉访华，两国将签署20多份文件。',
    ])
      expect(matcher.scan(text, date), text).toEqual([]);
    // Both sides named: the pair's own event, whoever else the sentence names.
    expect(
      matcher.scan('Xi arrived in Moscow as the US watched; the two countries will sign about ten documents.', {
        pageDate: '2023-03-20',
      }),
    ).toMatchObject([{ fact: 'visit-documents' }]);
    // One side and another party without "the two countries": the pair's event still (the peace plan is China's).
    expect(matcher.scan('China’s 12-point peace plan for Ukraine was welcomed with caution.', date)).toMatchObject([
      { fact: 'peace-plan' },
    ]);
  });
});
