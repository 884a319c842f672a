/**
 * The claim pack schema: the one shape shared by the bundled dataset
 * (assets/claims/*.json) and packs that readers import in the options page.
 * Pure data description; no DOM, no browser API.
 */
import * as v from 'valibot';

const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "trade-2022-total"'),
);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date like 2023-03-19, 2023-03 or 2023'),
);

export const OutletConfidence = v.picklist(['known', 'probable', 'unknown']);

export const OutletSchema = v.strictObject({
  id: Slug,
  name: Text,
  /** known: the page names it; probable: strong hint; unknown: not identified. */
  confidence: OutletConfidence,
  /** Hostname the outlet publishes on (globaltimes.cn), used to recognise the reader's page. */
  site: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare hostname like globaltimes.cn')),
  ),
  note: v.optional(Text),
});

export const QuantityKind = v.picklist(['money', 'percent', 'count', 'volume']);

/** An ISO 4217 currency code, as the pack's vocabulary declares it ("USD", "EUR"). */
const CurrencyCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter currency code like "USD"'));

/** A value as stated in a quote. Money in whole currency units; percent as 34.3; volume in cubic metres. */
export const ValueSchema = v.strictObject({
  kind: QuantityKind,
  /** The point value the words state (absent for pure bounds such as "more than doubled"). */
  amount: v.optional(v.number()),
  /** Bounds implied by hedges: "nearly" → max, "more than"/"at least" → min, "double-digit" → min 10 max 99.9. */
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  currency: v.optional(CurrencyCode),
  /** The hedge word(s) as written: "nearly", "about", "more than", "at least". */
  hedge: v.optional(Text),
  record: v.optional(v.boolean()),
  /** How the value was derived when the quote does not state it directly (e.g. a sum). */
  derived: v.optional(Text),
});

/** At most this many words in a report's `words`. */
export const MAX_REPORT_WORDS = 12;
const Words = v.pipe(
  Text,
  v.check(
    (text) => text.split(/\s+/).length <= MAX_REPORT_WORDS,
    `must be at most ${MAX_REPORT_WORDS} words: the value with its unit, or the short phrase stating the event`,
  ),
);

/**
 * One outlet's statement of a fact. Two forms:
 * - a seed report: `seed` and `quote`, the seed article's exact words (found again by `prefix`/`suffix`);
 * - a page report: `url` and `words`, the few words (at most 12) that state the value or event on that page,
 *   exactly as written there, and no `quote`: no sentence of another site goes into a pack.
 * Packs that readers import may also give a `quote` without a `seed` (their own material); the bundled dataset
 * keeps to the two forms above (tests/unit/dataset.test.ts).
 */
export const ReportSchema = v.pipe(
  v.strictObject({
    outlet: Slug,
    /** The seed article file name the quote comes from (bundled dataset). */
    seed: v.optional(
      v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must be a seed file name like 004_f199504f34c41cb7.txt')),
    ),
    /** The page's address, exactly as found. */
    url: v.optional(v.pipe(v.string(), v.url('must be a full URL'))),
    /** When the page was published (2023-03-19, 2023-03 or 2023). Absent when neither text nor address says. */
    date: v.optional(IsoDate),
    /** How the date was found, or why there is none ("undated: neither the text nor the address gives a date"). */
    dateNote: v.optional(Text),
    /** The outlet's exact words (seed reports). */
    quote: v.optional(Text),
    /** Page reports: the few words that state the value or event, verbatim from the page at `url`. */
    words: v.optional(Words),
    /** A few words before and after the quote, so it can be found again (W3C TextQuoteSelector). */
    prefix: v.optional(v.string()),
    suffix: v.optional(v.string()),
    value: v.optional(ValueSchema),
    /** The source the outlet cites for the figure: "national customs", "Reuters". */
    citedSource: v.optional(Text),
    /** The outlet's own label when it differs from the fact's ("energy trade"). */
    label: v.optional(Text),
    /** Why this report differs from the others, where the text shows it. */
    note: v.optional(Text),
  }),
  v.forward(
    v.partialCheck(
      [['date'], ['dateNote']],
      (r) => r.date !== undefined || r.dateNote !== undefined,
      'is required when a report has no date: say why (e.g. "undated: neither the text nor the address gives a date")',
    ),
    ['dateNote'],
  ),
  v.forward(
    v.partialCheck(
      [['quote'], ['words'], ['url']],
      (r) => r.quote !== undefined || (r.url !== undefined && r.words !== undefined),
      'is required unless the report has `url` and `words`: a report needs either `seed` and `quote` (a seed article’s exact words) or `url` and `words` (the few words on that page)',
    ),
    ['quote'],
  ),
  v.forward(
    v.partialCheck(
      [['seed'], ['quote']],
      (r) => r.seed === undefined || r.quote !== undefined,
      'is required with `seed`: the seed article’s exact words',
    ),
    ['quote'],
  ),
  v.forward(
    v.partialCheck(
      [['words'], ['url']],
      (r) => r.words === undefined || r.url !== undefined,
      'needs `url`: the page the words are on',
    ),
    ['words'],
  ),
  v.forward(
    v.partialCheck(
      [['words'], ['quote']],
      (r) => r.words === undefined || r.quote === undefined,
      'must be left out when a report has `words`: no sentence of another site goes into a pack',
    ),
    ['quote'],
  ),
);

/** A period a fact covers: a calendar year, months of a year, or a deadline ("by 2024"). */
export const PeriodSchema = v.strictObject({
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  months: v.optional(
    v.tuple([
      v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
      v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
    ]),
  ),
  by: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
});

export const BandSchema = v.strictObject({ kind: QuantityKind, min: v.number(), max: v.number() });

/**
 * How the engine recognises the fact in any wording. Terms are case-insensitive words or phrases
 * matched at word boundaries; a trailing `*` matches any ending ("export*"); spaces also match hyphens;
 * "@name" stands for every term of the vocabulary's synonym class `name`.
 */
export const MatchSchema = v.strictObject({
  /** Quantity facts: the measure terms; the nearest measure term before a quantity decides its fact. */
  measure: v.optional(v.array(Text)),
  /**
   * Quantity facts: the band a normalised value must fall in (money in the currency that the pack's
   * rates convert to). A list when reports state the
   * fact in several kinds (a volume and its growth in percent).
   */
  band: v.optional(v.union([BandSchema, v.pipe(v.array(BandSchema), v.minLength(1))])),
  /** Phrase facts and events: every group needs one of its terms in the same sentence. */
  all: v.optional(v.array(v.pipe(v.array(Text), v.minLength(1)))),
  /**
   * Groups a reader may take from context: each needs one of its terms in the sentence, in the
   * sentences before it in its paragraph, or in the text's opening lines (headline, lead).
   */
  context: v.optional(v.array(v.pipe(v.array(Text), v.minLength(1)))),
  /** Other wordings of the same event: each a frame of its own (`all`, `context`), tried like the main one. */
  or: v.optional(
    v.array(
      v.strictObject({
        all: v.pipe(v.array(v.pipe(v.array(Text), v.minLength(1))), v.minLength(1)),
        context: v.optional(v.array(v.pipe(v.array(Text), v.minLength(1)))),
      }),
    ),
  ),
  /** Terms that veto a match when they appear in the sentence (or, for quantities, qualify the measure). */
  exclude: v.optional(v.array(Text)),
  /** The period the text must state (or imply through "last year" and the page date). */
  period: v.optional(PeriodSchema),
  /** When true a sentence without any period may match; a conflicting period never does. */
  periodOptional: v.optional(v.boolean()),
  /** When true the period must be stated in the text or be the page's own date: an undated text without one never matches. */
  periodRequired: v.optional(v.boolean()),
  /** "target": only quantities introduced as a goal/target/aim. */
  role: v.optional(v.picklist(['target'])),
});

export const RelatedSchema = v.strictObject({ fact: Slug, why: Text });

/** A growth rate computed in one currency: customs give trade growth in local currency and in dollars. */
export const BasisSchema = v.strictObject({ currency: CurrencyCode, amount: v.number() });

export const FactSchema = v.strictObject({
  id: Slug,
  kind: v.picklist(['figure', 'event']),
  title: Text,
  /** Who the fact is about. */
  subject: Text,
  /** Human label of the period ("2022", "January–February 2023"). */
  period: v.optional(Text),
  /** What is measured, for figures ("total trade in goods"). */
  measure: v.optional(Text),
  related: v.optional(v.array(RelatedSchema)),
  note: v.optional(Text),
  match: MatchSchema,
  /** A growth figure's rate on each currency basis, so that reports on different bases can agree. */
  bases: v.optional(v.pipe(v.array(BasisSchema), v.minLength(2, 'needs a rate on at least two bases'))),
  reports: v.pipe(v.array(ReportSchema), v.minLength(1, 'needs at least one report')),
});

export const RateSchema = v.strictObject({
  /** Units of `from` per one `to`: 6.9 units of the local currency per US dollar. */
  from: CurrencyCode,
  to: CurrencyCode,
  rate: v.pipe(v.number(), v.minValue(0.0001)),
  /** Where the rate comes from: the report whose two values imply it. */
  source: Text,
});

const Terms = v.pipe(v.array(Text), v.minLength(1, 'needs at least one term'));

/** One side of the story, or another party a sentence may name instead (which makes it not about the pair). */
export const EntitySchema = v.strictObject({
  id: Slug,
  /** pair: the two the pack is about (exactly two); other: names that put a sentence about someone else. */
  role: v.picklist(['pair', 'other']),
  /** Every way a page names it: name, adjective, capital, leader, government ("Elysée"); case-insensitive terms. */
  names: Terms,
  /**
   * People who speak for it (spokesmen, ministers, aides): their words put a sentence on its side, as
   * its names do; but a page is about the party only where it names the party itself, so the check
   * that runs on every page before the engine loads reads `names` alone.
   */
  speakers: v.optional(Terms),
});

export const CurrencySchema = v.strictObject({
  code: CurrencyCode,
  /** What the card calls it ("euros", "dollars"). */
  name: Text,
  /** Written after a number: "dollars", "US dollars", "USD". */
  words: Terms,
  /** Written before a number, glued or spaced: "$", "US$", "USD". Case-insensitive. */
  symbols: v.optional(v.array(Text)),
});

/**
 * Everything the engine needs to know about the pack's story, so that src/core knows none: who it is
 * about, the words that name both at once, its currencies, and synonym classes that facts' match terms
 * refer to as "@name" (trade / turnover / commerce; gas, oil, LNG; exports...).
 */
export const VocabularySchema = v.pipe(
  v.strictObject({
    entities: v.pipe(v.array(EntitySchema), v.minLength(2, 'needs the two entities of the pair')),
    /** Words that name the pair together or refer back to it: "bilateral", "the two countries", "both sides". */
    pairTerms: v.optional(v.array(Text)),
    currencies: v.optional(v.array(CurrencySchema)),
    terms: v.optional(v.record(Slug, Terms)),
  }),
  v.check(
    (voc) => voc.entities.filter((e) => e.role === 'pair').length === 2,
    'needs exactly two entities with role "pair"',
  ),
);

export const PackSchema = v.strictObject({
  /** 2: the pack declares its vocabulary. Packs of format 1 (no vocabulary) are refused with a message. */
  schema: v.literal(2),
  id: Slug,
  name: Text,
  version: Text,
  description: v.optional(Text),
  /**
   * The id of a pack this one adds reports to (an extracted pack): its facts that the other pack
   * defines take that pack's rules, and their reports show beside its own.
   */
  extends: v.optional(Slug),
  vocabulary: VocabularySchema,
  rates: v.optional(v.array(RateSchema)),
  outlets: v.array(OutletSchema),
  facts: v.pipe(v.array(FactSchema), v.minLength(1, 'needs at least one fact')),
});

/**
 * A pack with its facts left unread: with FactSchema on each fact, the same test as PackSchema, in
 * steps a caller can spread over time (a stored 10,000-fact pack takes tens of milliseconds).
 */
export const PackShellSchema = v.strictObject({
  ...PackSchema.entries,
  facts: v.pipe(v.array(v.unknown()), v.minLength(1, 'needs at least one fact')),
});

export type Outlet = v.InferOutput<typeof OutletSchema>;
export type Value = v.InferOutput<typeof ValueSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
export type Period = v.InferOutput<typeof PeriodSchema>;
export type MatchSpec = v.InferOutput<typeof MatchSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Rate = v.InferOutput<typeof RateSchema>;
export type ClaimPack = v.InferOutput<typeof PackSchema>;
export type Kind = v.InferOutput<typeof QuantityKind>;
export type Band = v.InferOutput<typeof BandSchema>;
export type Vocabulary = v.InferOutput<typeof VocabularySchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Currency = v.InferOutput<typeof CurrencySchema>;
