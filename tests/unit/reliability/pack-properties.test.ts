/**
 * Property-based tests for what tests/unit/core/engine-properties.test.ts leaves open: packs a
 * reader imports. Their terms are free text (regex metacharacters, stars, unicode, empty-ish
 * words), their bands any numbers. Whatever passes validatePack must compile into a matcher that
 * never throws, keeps offsets inside the text, gives the same result twice, and leaves the bundled
 * facts' mentions as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine.ts';
import type { ClaimPack } from '../../../src/core/schema.ts';
import { validatePack } from '../../../src/core/validate-pack.ts';
import { bundledPack } from '../core/bundled-pack.ts';
import { testVocabulary, v2 } from '../pack-fixtures.ts';

const bundled = bundledPack();
const bundledOnly = createMatcher([bundled]);

/** Terms readers might type, plus hostile ones: regex syntax, lone stars, odd spacing, scripts. */
const term = fc.oneof(
  fc.constantFrom(
    'gadget trade',
    'kettle*',
    'trade',
    'C++',
    '(',
    ')',
    '[',
    '\\',
    '.*',
    '$',
    '^',
    '|',
    '?',
    '+',
    'a**',
    '*',
    '-',
    '–',
    '  spaced  out  ',
    'Россия',
    '中国',
    'x{2,}',
    '(?<x>a)',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const terms = fc.array(term, { minLength: 1, maxLength: 4 });
/** Measure terms may name the vocabulary's class ("@fuzz") or one it lacks ("@nope", refused). */
const measureTerms = fc.array(fc.oneof(term, fc.constantFrom('@fuzz', '@nope')), { minLength: 1, maxLength: 4 });
const money = fc.tuple(
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
);

/**
 * The vocabulary is free text too: names of the pair and of other parties, pair words, currency
 * words and signs, a synonym class. The pair keeps "China" and "Russia" so that some texts name it.
 */
const vocabulary = fc
  .record({
    china: fc.array(term, { maxLength: 2 }),
    russia: fc.array(term, { maxLength: 2 }),
    others: fc.option(terms, { nil: undefined }),
    pairTerms: fc.option(terms, { nil: undefined }),
    usdWords: fc.array(term, { maxLength: 2 }),
    usdSymbols: fc.option(terms, { nil: undefined }),
    fuzz: terms,
  })
  .map(({ china, russia, others, pairTerms, usdWords, usdSymbols, fuzz }) => ({
    entities: [
      { id: 'china', role: 'pair', names: ['China', ...china] },
      { id: 'russia', role: 'pair', names: ['Russia', ...russia] },
      ...(others ? [{ id: 'elsewhere', role: 'other', names: others }] : []),
    ],
    ...(pairTerms ? { pairTerms } : {}),
    currencies: [
      { code: 'USD', name: 'dollars', words: ['dollars', ...usdWords], ...(usdSymbols ? { symbols: usdSymbols } : {}) },
    ],
    terms: { fuzz },
  }));

const pack = fc
  .record({
    vocabulary,
    measure: measureTerms,
    exclude: fc.option(terms, { nil: undefined }),
    all: fc.option(fc.array(terms, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    band: money,
    kind: fc.constantFrom('figure', 'event'),
    year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
  })
  .map(({ vocabulary, measure, exclude, all, band, kind, year }): unknown => ({
    schema: 2,
    id: 'fuzz-pack',
    name: 'Fuzz pack',
    version: '1',
    vocabulary,
    outlets: [{ id: 'fuzz-outlet', name: 'Fuzz Outlet', confidence: 'unknown' }],
    facts: [
      {
        id: 'fuzz-fact',
        kind,
        title: 'A fuzzed fact',
        subject: 'China–Russia',
        match: {
          measure,
          band: { kind: 'money', min: Math.min(...band), max: Math.max(...band) },
          ...(all ? { all } : {}),
          ...(exclude ? { exclude } : {}),
          ...(year ? { period: { year } } : {}),
        },
        reports: [{ outlet: 'fuzz-outlet', date: '2023', quote: 'a quote' }],
      },
    ],
  }));

const text = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'China',
          'Russia',
          'trade',
          'gadget trade',
          'kettle',
          '$',
          '1.5',
          'billion',
          '2022',
          'C++',
          '(',
          '*',
          '.',
          ' ',
          '\n',
        ),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 60 },
    )
    .map((w) => w.join(' ')),
  fc.string({ maxLength: 200 }),
);

const SAMPLE =
  'Trade between China and Russia hit a record $190 billion in 2022. Xi and Putin have met about 40 times.';

describe('imported packs (property-based)', () => {
  it('any pack that validates compiles, and scanning never throws and stays inside the text', () => {
    let compiled = 0;
    fc.assert(
      fc.property(pack, text, (raw, t) => {
        const checked = validatePack(raw, 'fuzz.json');
        if (!checked.ok) return; // refused with messages: nothing to compile
        compiled++;
        const matcher = createMatcher([bundled, checked.pack as ClaimPack]);
        for (const m of matcher.scan(t, { pageDate: '2023-03-21' })) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(m.start, m.end)).toBe(m.quote);
        }
        expect(matcher.scan(t, { pageDate: '2023-03-21' })).toEqual(matcher.scan(t, { pageDate: '2023-03-21' }));
      }),
      { numRuns: 300 },
    );
    expect(compiled).toBeGreaterThan(30); // most runs must reach the matcher, or the property says nothing
  });

  it('an extra pack never takes away the bundled facts’ mentions of its own facts', () => {
    const expected = bundledOnly.scan(SAMPLE, { pageDate: '2023-03-21' }).map((m) => [m.fact, m.quote]);
    expect(expected.length).toBeGreaterThan(1);
    let compiled = 0;
    fc.assert(
      fc.property(pack, (raw) => {
        const checked = validatePack(raw, 'fuzz.json');
        if (!checked.ok) return;
        compiled++;
        const found = createMatcher([bundled, checked.pack as ClaimPack])
          .scan(SAMPLE, { pageDate: '2023-03-21' })
          .filter((m) => m.fact !== 'fuzz-fact')
          .map((m) => [m.fact, m.quote]);
        expect(found).toEqual(expected);
      }),
      { numRuns: 200 },
    );
    expect(compiled).toBeGreaterThan(20);
  });

  it('example: a pack measuring "hit" (band $1–2 bn) must not take "a record $190 billion" from trade-2022-total', () => {
    const raw = {
      schema: 2,
      id: 'hits-pack',
      vocabulary: testVocabulary(),
      name: 'Chart hits',
      version: '1',
      outlets: [{ id: 'chart-weekly', name: 'Chart Weekly', confidence: 'known' }],
      facts: [
        {
          id: 'music-hits-2022',
          kind: 'figure',
          title: 'Music hit sales in 2022',
          subject: 'China–Russia',
          match: { measure: ['hit'], band: { kind: 'money', min: 1e9, max: 2e9 }, period: { year: 2022 } },
          reports: [{ outlet: 'chart-weekly', date: '2023', quote: 'hit sales reached $1.5 billion' }],
        },
      ],
    };
    const checked = validatePack(raw, 'hits.json');
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const facts = createMatcher([bundled, checked.pack])
      .scan(SAMPLE, { pageDate: '2023-03-21' })
      .map((m) => `${m.fact}: ${m.quote}`);
    expect(facts).toContain('trade-2022-total: a record $190 billion');
  });

  it('example: a pack whose own currency is written "$" must not take "a record $190 billion" from trade-2022-total', () => {
    const vocabulary = testVocabulary();
    vocabulary.currencies = [{ code: 'HKD', name: 'Hong Kong dollars', words: ['dollars'], symbols: ['$'] }];
    const checked = validatePack(
      v2({
        id: 'hk-pack',
        name: 'Hong Kong widgets',
        version: '1',
        vocabulary,
        outlets: [{ id: 'harbour-post', name: 'Harbour Post', confidence: 'known' }],
        facts: [
          {
            id: 'hk-widgets-2022',
            kind: 'figure',
            title: 'Widget sales in 2022',
            subject: 'China–Russia',
            match: { measure: ['widget sales'], band: { kind: 'money', min: 1e9, max: 2e9 } },
            reports: [{ outlet: 'harbour-post', date: '2023', quote: 'widget sales reached $1.5 billion' }],
          },
        ],
      }),
      'hk.json',
    );
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    if (!checked.ok) return;
    const facts = createMatcher([bundled, checked.pack])
      .scan(SAMPLE, { pageDate: '2023-03-21' })
      .map((m) => `${m.fact}: ${m.quote}`);
    expect(facts).toContain('trade-2022-total: a record $190 billion');
  });
});
