import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldQuantity, parseQuantities } from '../../../src/core/quantity.ts';
import { currencyReader } from '../../../src/core/vocabulary.ts';
import { bundledPack } from './bundled-pack.ts';

/** The bundled pack's currencies: the engine reads money only in a pack's currencies. */
const currencies = currencyReader([bundledPack()]);

type Row = [text: string, expected: Record<string, unknown>];

/** Each row: a phrase as news copy writes it → the one quantity it states. */
const MONEY: Row[] = [
  ['$190 billion', { kind: 'money', amount: 190e9, currency: 'USD' }],
  ['$190bn', { kind: 'money', amount: 190e9, currency: 'USD' }],
  ['US$190 billion', { kind: 'money', amount: 190e9, currency: 'USD' }],
  ['US$ 190 billion', { kind: 'money', amount: 190e9, currency: 'USD' }],
  ['185 billion USD', { kind: 'money', amount: 185e9, currency: 'USD' }],
  ['190 billion US dollars', { kind: 'money', amount: 190e9, currency: 'USD' }],
  ['190 billion dollars', { kind: 'money', amount: 190e9, currency: 'USD' }],
  ['1.28 trillion yuan', { kind: 'money', amount: 1.28e12, currency: 'CNY' }],
  ['RMB 1.3tn', { kind: 'money', amount: 1.3e12, currency: 'CNY' }],
  ['1.3 trillion renminbi', { kind: 'money', amount: 1.3e12, currency: 'CNY' }],
  ['¥1.28 trillion', { kind: 'money', amount: 1.28e12, currency: 'CNY' }],
  ['$18.65 billion', { kind: 'money', amount: 18.65e9, currency: 'USD' }],
  ['$15,036 million', { kind: 'money', amount: 15.036e9, currency: 'USD' }],
  ['a trillion yuan', { kind: 'money', amount: 1e12, currency: 'CNY' }],
  ['two hundred billion dollars', { kind: 'money', amount: 200e9, currency: 'USD' }],
  ['nearly 33.7 billion USD', { kind: 'money', amount: 33.7e9, max: 33.7e9, hedge: 'nearly' }],
  ['more than $190 billion', { kind: 'money', min: 190e9, hedge: 'more than' }],
  ['over $190 billion', { kind: 'money', min: 190e9, hedge: 'over' }],
  ['some 190 billion dollars', { kind: 'money', amount: 190e9, hedge: 'some' }],
  ['close to $200 billion', { kind: 'money', max: 200e9, hedge: 'close to' }],
  ['a record 185 billion USD', { kind: 'money', amount: 185e9, record: true }],
  ['a record of 1.3 trillion yuan', { kind: 'money', amount: 1.3e12, record: true }],
];

const PERCENT: Row[] = [
  ['34.3 percent', { kind: 'percent', amount: 34.3 }],
  ['34.3 per cent', { kind: 'percent', amount: 34.3 }],
  ['34.3%', { kind: 'percent', amount: 34.3 }],
  ['29.3 pc', { kind: 'percent', amount: 29.3 }],
  ['about 26%', { kind: 'percent', amount: 26, hedge: 'about' }],
  ['more than doubled', { kind: 'percent', min: 100, hedge: 'more than' }],
  ['doubled', { kind: 'percent', amount: 100 }],
  ['rose by at least half', { kind: 'percent', min: 50, hedge: 'at least' }],
  ['grew by a third', { kind: 'percent', amount: expect.closeTo(100 / 3, 9) }],
  ['increased 1.5 fold', { kind: 'percent', amount: 50 }],
  ['a 1.5-fold rise', { kind: 'percent', amount: 50 }],
  ['a double-digit pace', { kind: 'percent', min: 10, max: 99.9 }],
  ['выросли в 3 раза', { kind: 'percent', amount: 200 }],
  ['больше чем в 2 раза', { kind: 'percent', min: 100, hedge: 'больше чем' }],
  ['shipments up 1.5 times', { kind: 'percent', amount: 50 }],
  ['rose nearly 2 times', { kind: 'percent', max: 100, hedge: 'nearly' }],
];

const OTHER: Row[] = [
  ['40 meetings', { kind: 'count', amount: 40 }],
  ['met about 40 times', { kind: 'count', amount: 40, hedge: 'about' }],
  ['forty times', { kind: 'count', amount: 40 }],
  ['встречались 40 раз', { kind: 'count', amount: 40 }],
  ['their 40 or so meetings', { kind: 'count', amount: 40, hedge: 'or so' }],
  ['the index rose 3 times a year', { kind: 'count', amount: 3 }],
  ['15.5 billion cubic meters', { kind: 'volume', amount: 15.5e9 }],
  ['15.5 billion cubic metres', { kind: 'volume', amount: 15.5e9 }],
  ['15.5 bcm', { kind: 'volume', amount: 15.5e9 }],
  ['155亿立方米', { kind: 'volume', amount: 15.5e9 }],
  ['155億立方米', { kind: 'volume', amount: 15.5e9 }],
];

describe('parseQuantities', () => {
  for (const [text, expected] of [...MONEY, ...PERCENT, ...OTHER]) {
    it(`reads “${text}”`, () => {
      const found = parseQuantities(text, currencies);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject(expected);
      expect(text.slice(found[0].start, found[0].end)).toBe(found[0].text);
    });
  }

  it('reads both values of “1.28 trillion yuan ($185.41 billion)”', () => {
    const found = parseQuantities('to reach 1.28 trillion yuan ($185.41 billion).', currencies);
    expect(found.map((q) => [q.currency, q.amount])).toEqual([
      ['CNY', 1.28e12],
      ['USD', 185.41e9],
    ]);
  });

  it.each([
    ['in 2022', 'a bare year'],
    ['the 2022-23 season', 'a season'],
    ['turnover grew', 'no number at all'],
    ['Article 40 of the treaty', 'a number with no unit'],
    ['about 3 people', 'a count of something other than times or meetings'],
    ['190 billionaires', 'a word that merely starts like a scale'],
  ])('finds nothing in “%s” (%s)', (text) => {
    expect(parseQuantities(text, currencies)).toEqual([]);
  });

  it('records the precision of the written number', () => {
    const [a, b, c] = parseQuantities('1.3 trillion yuan, $190 billion and $185.41 billion', currencies);
    expect(a.precision).toBeCloseTo(0.05e12);
    expect(b.precision).toBeCloseTo(5e9);
    expect(c.precision).toBeCloseTo(0.005e9);
  });

  it('does not read “turnover” as the hedge “over”', () => {
    const [q] = parseQuantities('a bilateral turnover $33.7 billion', currencies);
    expect(q.hedge).toBeUndefined();
    expect(q.min).toBeUndefined();
  });
});

describe('mayHoldQuantity (the engine skips number parsing where it is false)', () => {
  it('is true for every phrase above that states a quantity', () => {
    for (const [text] of [...MONEY, ...PERCENT, ...OTHER]) expect(mayHoldQuantity(text), text).toBe(true);
  });

  it('is false for prose that only holds a measure word', () => {
    expect(mayHoldQuantity('Officials met in the capital and held talks after the meeting.')).toBe(false);
    expect(mayHoldQuantity('Trade, gas and summits: the week in review')).toBe(false);
  });

  it('is never false where parseQuantities finds something (random news-like phrases)', () => {
    const token = fc.constantFrom(
      ...['a', 'one', 'two', 'forty', 'dozen', 'hundred', 'trillion', 'billion', 'bn', 'tn', 'million', 'mn'],
      ...['yuan', 'RMB', 'US', 'USD', 'dollars', '$', '¥', 'US$', 'percent', 'per cent', '%', 'pct', 'fold'],
      ...['times', 'meetings', 'summits', 'cubic', 'metres', 'bcm', 'doubled', 'tripled', 'by', 'up', 'half'],
      ...['third', 'twice', 'as', 'much', 'double-digit', 'triple', 'digit', 'nearly', 'more', 'than', 'at least'],
      ...['trade', 'rose', 'the', 'meeting', 'held', '1.28', '190', '34.3', '40th', '2022', '-', ',', '.', '(', ')'],
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.constantFrom(' ', '', '-'), (tokens, sep) => {
        const text = tokens.join(sep);
        if (parseQuantities(text, currencies).length > 0) expect(mayHoldQuantity(text), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
