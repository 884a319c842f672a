/** validatePack / parsePackText: broken packs are rejected with messages naming the file, fact, field and problem. */
import { describe, expect, it } from 'vitest';
import type { ClaimPack } from '../../src/core/schema.ts';
import { jsonErrorOffset, MAX_PACK_BYTES, parsePackText, validatePack } from '../../src/core/validate-pack.ts';
import { testVocabulary } from './pack-fixtures.ts';

const FILE = 'xi-moscow-2023.json';

/** A small valid pack; each test breaks one thing in a fresh copy. */
function pack(): ClaimPack & Record<string, unknown> {
  const report = (outlet: string, quote: string) => ({ outlet, date: '2023-03-19', quote });
  return {
    schema: 2,
    id: 'xi-moscow-2023',
    name: 'Test pack',
    version: '2023.03.1',
    vocabulary: {
      ...testVocabulary(),
      terms: { trade: ['trade', 'turnover'], court: ['ICC', 'International Criminal Court'] },
    },
    rates: [{ from: 'CNY', to: 'USD', rate: 6.9, source: 'test rate' }],
    outlets: [
      { id: 'global-times', name: 'Global Times', confidence: 'known', site: 'globaltimes.cn' },
      { id: 'scmp', name: 'South China Morning Post', confidence: 'probable' },
    ],
    facts: [
      {
        id: 'trade-2022-total',
        kind: 'figure',
        title: 'China–Russia trade in 2022',
        subject: 'China–Russia',
        related: [{ fact: 'icc-warrant', why: 'test link' }],
        match: { measure: ['@trade'], band: { kind: 'money', min: 170e9, max: 195e9 }, period: { year: 2022 } },
        reports: [
          { ...report('global-times', 'trade hit a record'), value: { kind: 'money', amount: 190e9, currency: 'USD' } },
          report('scmp', 'trade rose'),
          report('scmp', 'trade rose again'),
        ],
      },
      {
        id: 'icc-warrant',
        kind: 'event',
        title: 'ICC arrest warrant for Putin',
        subject: 'Russia',
        match: { all: [['@court'], ['warrant']] },
        reports: [report('global-times', 'issued an arrest warrant')],
      },
    ],
  } as ClaimPack & Record<string, unknown>;
}

function errorsOf(value: unknown, file = FILE): string[] {
  const result = validatePack(value, file);
  return result.ok ? [] : result.errors;
}

describe('validatePack', () => {
  it('accepts a valid pack and returns it typed', () => {
    const result = validatePack(pack(), FILE);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.facts.map((f) => f.id)).toEqual(['trade-2022-total', 'icc-warrant']);
  });

  it('names a missing top-level field', () => {
    const p = pack();
    delete (p as Partial<ClaimPack>).name;
    expect(errorsOf(p)).toEqual([`${FILE} › name: is required`]);
  });

  it('names a missing field inside a fact by the fact id', () => {
    const p = pack();
    delete (p.facts[1] as Record<string, unknown>).title;
    expect(errorsOf(p)).toEqual([`${FILE} › fact "icc-warrant" › title: is required`]);
  });

  it('names a wrong type with what was expected and what came', () => {
    const p = pack();
    (p.facts[0].reports[0].value as Record<string, unknown>).amount = '190';
    expect(errorsOf(p)).toEqual([
      `${FILE} › fact "trade-2022-total" › reports[0].value.amount: must be a number, not "190"`,
    ]);
  });

  it('lists the allowed choices for a picklist', () => {
    const p = pack();
    (p.facts[1] as Record<string, unknown>).kind = 'happening';
    expect(errorsOf(p)).toEqual([
      `${FILE} › fact "icc-warrant" › kind: must be one of "figure", "event", not "happening"`,
    ]);
  });

  it('rejects an empty (or blank) quote', () => {
    const p = pack();
    p.facts[0].reports[2].quote = '   ';
    expect(errorsOf(p)).toEqual([`${FILE} › fact "trade-2022-total" › reports[2].quote: must not be empty`]);
  });

  it('rejects an id that is not a slug, naming the fact by what it says', () => {
    const p = pack();
    p.facts[1].id = 'ICC Warrant';
    expect(errorsOf(p)).toEqual([
      `${FILE} › fact "ICC Warrant" › id: must be a lowercase slug like "trade-2022-total"`,
    ]);
  });

  it('rejects an unknown field', () => {
    const p = pack();
    (p.facts[1].match as Record<string, unknown>).terms = ['ICC'];
    expect(errorsOf(p)).toEqual([`${FILE} › fact "icc-warrant" › match.terms: is not a known field`]);
  });

  it('names an outlet by id', () => {
    const p = pack();
    p.outlets[1].site = 'https://www.scmp.com/';
    expect(errorsOf(p)).toEqual([`${FILE} › outlet "scmp" › site: must be a bare hostname like globaltimes.cn`]);
  });

  it('finds the failing item of a band list', () => {
    const p = pack();
    (p.facts[0].match as Record<string, unknown>).band = [{ kind: 'money', min: 1 }];
    expect(errorsOf(p)).toEqual([`${FILE} › fact "trade-2022-total" › match.band[0].max: is required`]);
  });

  it('says what the file is when it is not a pack at all', () => {
    expect(errorsOf('hello')).toEqual([`${FILE}: must be an object, not "hello"`]);
    expect(errorsOf([])).toEqual([`${FILE}: must be an object, not a list`]);
  });

  it('rejects a schema version it does not know', () => {
    const p = pack();
    (p as Record<string, unknown>).schema = 3;
    expect(errorsOf(p)).toEqual([`${FILE} › schema: must be 2, not 3`]);
    delete (p as Record<string, unknown>).schema;
    expect(errorsOf(p)).toEqual([`${FILE} › schema: is required`]);
  });

  it('rejects a duplicate fact id', () => {
    const p = pack();
    p.facts[1].id = 'trade-2022-total';
    p.facts[0].related = [];
    expect(errorsOf(p)).toEqual([`${FILE} › fact "trade-2022-total": duplicate id, also used by facts[0]`]);
  });

  it('rejects a duplicate outlet id', () => {
    const p = pack();
    p.outlets[1].id = 'global-times';
    expect(errorsOf(p)).toEqual([
      `${FILE} › outlet "global-times": duplicate id, also used by outlets[0]`,
      `${FILE} › fact "trade-2022-total" › reports[1].outlet: unknown outlet "scmp" (outlets: global-times)`,
      `${FILE} › fact "trade-2022-total" › reports[2].outlet: unknown outlet "scmp" (outlets: global-times)`,
    ]);
  });

  it('rejects a report whose outlet is not among the outlets', () => {
    const p = pack();
    p.facts[1].reports[0].outlet = 'reuters';
    expect(errorsOf(p)).toEqual([
      `${FILE} › fact "icc-warrant" › reports[0].outlet: unknown outlet "reuters" (outlets: global-times, scmp)`,
    ]);
  });

  it('rejects a link to an unknown fact', () => {
    const p = pack();
    p.facts[0].related = [{ fact: 'trade-2021-total', why: 'the year before' }];
    expect(errorsOf(p)).toEqual([
      `${FILE} › fact "trade-2022-total" › related[0].fact: unknown fact "trade-2021-total"`,
    ]);
  });

  it('rejects a band whose min is above its max', () => {
    const p = pack();
    p.facts[0].match.band = { kind: 'money', min: 195e9, max: 170e9 };
    expect(errorsOf(p)).toEqual([
      `${FILE} › fact "trade-2022-total" › match.band: min 195000000000 is greater than max 170000000000`,
    ]);
    p.facts[0].match.band = [
      { kind: 'money', min: 1, max: 2 },
      { kind: 'percent', min: 40, max: 30 },
    ];
    expect(errorsOf(p)).toEqual([`${FILE} › fact "trade-2022-total" › match.band[1]: min 40 is greater than max 30`]);
  });

  it('rejects a report value whose min is above its max', () => {
    const p = pack();
    p.facts[0].reports[0].value = { kind: 'percent', min: 50, max: 10 };
    expect(errorsOf(p)).toEqual([
      `${FILE} › fact "trade-2022-total" › reports[0].value: min 50 is greater than max 10`,
    ]);
  });

  it('rejects a figure the matcher could never find', () => {
    const p = pack();
    p.facts[0].match = { measure: ['trade'], period: { year: 2022 } };
    const message = `${FILE} › fact "trade-2022-total" › match: a figure needs "all" term groups, or both "measure" terms and a "band"`;
    expect(errorsOf(p)).toEqual([message]);
    p.facts[0].match = { all: [['largest trading partner']] };
    expect(errorsOf(p)).toEqual([]);
  });

  it('caps a flood of errors with a count of the rest', () => {
    const p = pack();
    p.facts[0].reports = Array.from({ length: 60 }, () => ({ outlet: 'nobody', date: '2023', quote: 'x' }));
    const errors = errorsOf(p);
    expect(errors).toHaveLength(51);
    expect(errors[50]).toBe(`${FILE}: … and 10 more errors`);
  });
});

const FORMAT_1 = `${FILE}: this pack uses format 1, which has no "vocabulary"`;

/** The pack as format 1 wrote it: `schema: 1`, no vocabulary, plain match terms. */
function format1Pack(): Record<string, unknown> {
  const { vocabulary: _, rates: __, ...rest } = pack();
  rest.facts[0].match.measure = ['trade'];
  rest.facts[1].match.all = [['ICC', 'International Criminal Court'], ['warrant']];
  return { ...rest, schema: 1 };
}

describe('validatePack: format 2 (the vocabulary)', () => {
  it('refuses a format-1 pack with one message that says what to change', () => {
    const errors = errorsOf(format1Pack());
    expect(errors).toHaveLength(1);
    expect(errors[0].startsWith(FORMAT_1)).toBe(true);
    expect(errors[0]).toContain('"schema": 2');
  });

  it('gives only that message, whatever else the format-1 pack gets wrong', () => {
    const p = format1Pack();
    delete p.name;
    p.colour = 'red';
    const errors = errorsOf(p);
    expect(errors).toHaveLength(1);
    expect(errors[0].startsWith(FORMAT_1)).toBe(true);
  });

  it('says the same through parsePackText', () => {
    const result = parsePackText(JSON.stringify(format1Pack(), null, 2), FILE);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^xi-moscow-2023\.json: this pack uses format 1, which has no "vocabulary"/),
    ]);
  });

  it('needs a vocabulary in format 2', () => {
    const p = pack();
    delete (p as Partial<ClaimPack>).vocabulary;
    expect(errorsOf(p)).toEqual([`${FILE} › vocabulary: is required`]);
  });

  it('names an unknown "@class" term by the field that uses it', () => {
    const p = pack();
    p.facts[0].match.measure = ['@commerce', '@trade'];
    expect(errorsOf(p)).toEqual([
      `${FILE} › fact "trade-2022-total" › match.measure[0]: unknown term class "@commerce" (vocabulary.terms: trade, court)`,
    ]);
  });

  it('checks "@class" terms in every term list of a match', () => {
    const p = pack();
    p.facts[1].match = {
      all: [['@court'], ['warrant', '@warrants']],
      context: [['@place']],
      exclude: ['@rumour'],
      or: [{ all: [['@court'], ['@arrest']], context: [['@when']] }],
    };
    const at = `${FILE} › fact "icc-warrant" › match`;
    const classes = '(vocabulary.terms: trade, court)';
    expect(errorsOf(p)).toEqual([
      `${at}.exclude[0]: unknown term class "@rumour" ${classes}`,
      `${at}.all[1][1]: unknown term class "@warrants" ${classes}`,
      `${at}.context[0][0]: unknown term class "@place" ${classes}`,
      `${at}.or[0].all[1][0]: unknown term class "@arrest" ${classes}`,
      `${at}.or[0].context[0][0]: unknown term class "@when" ${classes}`,
    ]);
  });

  it('says "none" when the vocabulary has no term classes', () => {
    const p = pack();
    delete p.vocabulary.terms;
    p.facts[1].match.all = [['ICC'], ['warrant']];
    expect(errorsOf(p)).toEqual([
      `${FILE} › fact "trade-2022-total" › match.measure[0]: unknown term class "@trade" (vocabulary.terms: none)`,
    ]);
  });

  it('rejects a rate whose currency is not in vocabulary.currencies', () => {
    const p = pack();
    p.rates = [{ from: 'RUB', to: 'USD', rate: 70, source: 'test rate' }];
    expect(errorsOf(p)).toEqual([`${FILE} › rates[0].from: currency RUB is not in vocabulary.currencies (USD, CNY)`]);
    p.rates = [{ from: 'CNY', to: 'EUR', rate: 7.5, source: 'test rate' }];
    delete p.vocabulary.currencies;
    expect(errorsOf(p)).toEqual([
      `${FILE} › rates[0].from: currency CNY is not in vocabulary.currencies (none)`,
      `${FILE} › rates[0].to: currency EUR is not in vocabulary.currencies (none)`,
    ]);
  });

  it('accepts rates between any two currencies the vocabulary declares', () => {
    const p = pack();
    p.vocabulary.currencies?.push({ code: 'RUB', name: 'roubles', words: ['roubles', 'rubles'] });
    p.rates = [
      { from: 'RUB', to: 'USD', rate: 70, source: 'test rate' },
      { from: 'CNY', to: 'RUB', rate: 0.1, source: 'test rate' },
    ];
    expect(errorsOf(p)).toEqual([]);
  });

  it('needs exactly two entities with role "pair"', () => {
    const p = pack();
    p.vocabulary.entities[1].role = 'other';
    expect(errorsOf(p)).toEqual([`${FILE} › vocabulary: needs exactly two entities with role "pair"`]);
    p.vocabulary.entities[1].role = 'pair';
    p.vocabulary.entities.push({ id: 'india', role: 'pair', names: ['India'] });
    expect(errorsOf(p)).toEqual([`${FILE} › vocabulary: needs exactly two entities with role "pair"`]);
    p.vocabulary.entities[2].role = 'other';
    expect(errorsOf(p)).toEqual([]);
  });

  it('names a broken vocabulary field', () => {
    const p = pack();
    p.vocabulary.entities[0].names = [];
    (p.vocabulary.currencies?.[0] as Record<string, unknown>).code = 'dollars';
    expect(errorsOf(p)).toEqual([
      `${FILE} › vocabulary.entities[0].names: needs at least one term`,
      `${FILE} › vocabulary.currencies[0].code: must be a three-letter currency code like "USD"`,
    ]);
  });
});

describe('parsePackText', () => {
  it('parses and validates a pack, with or without a byte-order mark', () => {
    expect(parsePackText(JSON.stringify(pack()), FILE).ok).toBe(true);
    expect(parsePackText(`\uFEFF${JSON.stringify(pack())}`, FILE).ok).toBe(true);
  });

  it('says where text stops being JSON, without echoing the file', () => {
    const result = parsePackText('{\n  "schema": 1,\n  "id": }', 'broken.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^broken\.json: not JSON: \S.* \(line 3, column 9\)$/);
    expect(result.errors[0]).not.toContain('"schema"');
  });

  it('keeps the JSON.parse message', () => {
    const result = parsePackText('', 'empty.json');
    expect(result.ok ? [] : result.errors).toEqual([
      'empty.json: not JSON: Unexpected end of JSON input (line 1, column 1)',
    ]);
    const trailing = parsePackText('{"a": 1,\n}', 'comma.json');
    expect(trailing.ok ? [] : trailing.errors).toEqual([
      'comma.json: not JSON: Expected double-quoted property name (line 2, column 1)',
    ]);
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const result = parsePackText(' '.repeat(10 * 1024 * 1024), 'huge.json');
    expect(result.ok ? [] : result.errors).toEqual(['huge.json: too large: 10.0 MB, the limit is 5 MB']);
    expect(parsePackText('é'.repeat(MAX_PACK_BYTES / 2 + 1), 'wide.json')).toEqual({
      ok: false,
      errors: ['wide.json: too large: 5.0 MB, the limit is 5 MB'],
    });
  });

  it('validates the parsed pack with the same messages', () => {
    const p = pack();
    delete (p as Partial<ClaimPack>).name;
    expect(parsePackText(JSON.stringify(p), FILE)).toEqual({ ok: false, errors: [`${FILE} › name: is required`] });
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, 2, {"b": [true, false, null, -1.5e3, "\\u00e9\\n"]}]', undefined],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a": 01}', 7],
    ['"open', 5],
    ['{"a": 1} x', 9],
    ['{"a": tru}', 6],
    ['"bad \\x escape"', 6],
  ])('%s → %s', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
