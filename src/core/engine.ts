/**
 * The engine's public face: build a matcher from claim packs, scan text, compare a mention.
 * Pure; the CLI, the content script and the tests all call these.
 */
import type { CompiledFact } from './compiled-fact.ts';
import { compilePack, mergeCandidates } from './compiled-pack.ts';
import { type FactsAt, type MeasureAt, matchFigures, measuresIn } from './figure-match.ts';
import { applyExtensions } from './pack-extensions.ts';
import { inferHeadDate, inferPageDate, yearOfDate } from './page-date.ts';
import { findPeriods, type TextPeriod, yearsNamed } from './period.ts';
import { matchPhrases } from './phrase-match.ts';
import { mayHoldQuantity, parseQuantities } from './quantity.ts';
import type { ClaimPack, Fact } from './schema.ts';
import { type Sentence, splitSentences } from './sentences.ts';
import type { TermFinder } from './terms.ts';
import type { Mention, ParsedQuantity } from './types.ts';
import { currencyReader } from './vocabulary.ts';

export { compareMention, type PageIdentity } from './compare.ts';

export interface ScanOptions {
  /** The page's publication date (YYYY-MM-DD) for "last year"/"this year"; inferred from the text when absent. */
  pageDate?: string;
  /**
   * The page this text is part of names a pack's pair (elsewhere, maybe): read the text as part of a
   * page about the two even when it names neither itself. Default: it must name one of them.
   */
  pageNamesPair?: boolean;
  /**
   * What the reader sees of the page besides this text: its title or headline, the words of its
   * address. It counts towards naming the pair and is read as the text's opening lines.
   */
  pageTitle?: string;
}

export interface Matcher {
  /** Every mention in the text, in order of `start`; offsets are always inside the text. */
  scan(text: string, options?: ScanOptions): Mention[];
  /** Cheap test: could this text hold any mention at all? (it names a party of some pack's pair) */
  mayMatch(text: string): boolean;
  fact(id: string): { fact: Fact; pack: ClaimPack } | undefined;
  facts(): { fact: Fact; pack: ClaimPack }[];
}

const MAX_SENTENCE_FOR_CARD = 400;
/** How far around a figure another party's name puts it in another story, in characters. */
const CLAUSE_BEFORE = 100;
const CLAUSE_AFTER = 30;
/** A line this short under a headline ("Total: 1.28 trillion", "合计：336.85亿美元") takes the headline's measure. */
const SHORT_LINE = 120;
/** Words that make a value a goal: a deadline, or the goal named (en, ru, zh). */
const GOAL_HINT =
  /\b(?:by|until)\s+(?:the\s+(?:end\s+of\s+)?(?:year\s+)?)?(?:19|20)\d{2}\b|\b(?:goal|target)s?\b|(?<![\p{L}])(?:к|до)\s+20\d{2}\s+год\p{L}*|цел[ьиюя]|到\s*20\d{2}\s*年|20\d{2}\s*年前|目标/iu;
/** A sentence that goes on about the one before: it opens with a pronoun (en, ru, zh). */
const ANAPHOR = /^[^.;。]{0,40}?(?:(?<![\p{L}])(?:it|its|they|он|она|оно|они)(?![\p{L}])|它|其|该|該)/iu;

export function createMatcher(given: readonly ClaimPack[]): Matcher {
  const packs = applyExtensions(given);
  const parts = packs.map(compilePack);
  const compiled = parts.flatMap((p) => p.facts);
  const vocabularies = [...new Set(compiled.map((c) => c.vocabulary))];
  const byId = new Map(compiled.map((c) => [c.fact.id, { fact: c.fact, pack: c.pack }]));
  const distinct = [...byId.values()];
  const figures = parts.flatMap((p) => p.figures);
  const currencies = currencyReader(packs);
  const pairNamesLine = packs
    .map((p) =>
      p.vocabulary.entities
        .filter((e) => e.role === 'pair')
        .map((e) => e.names[0])
        .join(' and '),
    )
    .join('; ');
  const prefilter = (text: string, sentences: readonly Sentence[]) =>
    mergeCandidates(
      parts.map((p) => p.prefilter(text, sentences)),
      sentences.length,
    );
  const measureIndex: FactsAt =
    parts.length === 1
      ? parts[0].measureIndex
      : { at: (text, at) => parts.flatMap((p) => p.measureIndex.at(text, at)) };

  // A text may state a pack's fact when it names one side of the pair at least: a page about the
  // warrant for one leader, or a dispatch on one country's trade "with" the other.
  const mayMatch = (text: string) =>
    typeof text === 'string' && vocabularies.some(({ pair }) => pair.second.names(text) || pair.first.names(text));

  // A text that names neither side may still speak of the pair as "the two countries" ("两国",
  // "двух стран"): it is read when it names no other party either, and then only facts whose own
  // context rules accept such words can be found in it (a fact without context rules relies on a name).
  const refersToPair = (text: string) =>
    vocabularies.some(({ pair }) => pair.together.names(text) && !pair.others.names(text));

  function scan(text: string, options: ScanOptions = {}): Mention[] {
    if (typeof text !== 'string') return [];
    if (options.pageNamesPair) return scanText(text, options, true);
    const whole = options.pageTitle ? `${options.pageTitle}\n${text}` : text;
    if (mayMatch(whole)) return scanText(text, options, true);
    return refersToPair(whole) ? scanText(text, options, false) : [];
  }

  function scanText(text: string, options: ScanOptions, named: boolean): Mention[] {
    const pageYear = yearOfDate(options.pageDate ?? inferPageDate(text));
    // Events are dated only by a date the page gives as its own, never by the latest date it reports.
    const eventYear = yearOfDate(options.pageDate ?? inferHeadDate(text));
    const sentences = splitSentences(text);
    const { figureAt, phraseAt } = prefilter(text, sentences);
    let years: number[] | undefined;
    const textYears = () => {
      years ??= yearsNamed(text);
      return years;
    };
    const namesAParty = (sentence: string) =>
      vocabularies.some(
        ({ pair }) => pair.first.names(sentence) || pair.second.names(sentence) || pair.together.names(sentence),
      );
    // A sentence that names another party and neither side of any pack's pair is about someone else:
    // not worth reading for numbers.
    const elsewhere = (sentence: string) =>
      vocabularies.every(
        ({ pair }) =>
          pair.others.names(sentence) &&
          !pair.first.names(sentence) &&
          !pair.second.names(sentence) &&
          !pair.together.names(sentence),
      );
    // Whether a sentence may hold a number at all (digits or number words), tested once.
    const mayHold: (boolean | undefined)[] = new Array(sentences.length);
    const holds = (k: number) => (mayHold[k] ??= mayHoldQuantity(sentences[k].text));
    // "The two countries" in a sentence that names another party and only one side of the pair are
    // that side and the other party (another president arrives in one side's capital; "the two
    // countries will sign 20 agreements"): no event of the pair's there.
    const anotherPair = (sentence: string) =>
      vocabularies.every(
        ({ pair }) =>
          pair.together.names(sentence) &&
          pair.others.names(sentence) &&
          !(pair.first.names(sentence) && pair.second.names(sentence)),
      );
    // Quantities of a sentence, read once, offsets into the text.
    const quantityCache: ParsedQuantity[][] = new Array(sentences.length);
    const quantitiesOf = (k: number) =>
      (quantityCache[k] ??= parseQuantities(sentences[k].text, currencies).map((q) => ({
        ...q,
        start: q.start + sentences[k].start,
        end: q.end + sentences[k].start,
      })));
    const carrySource = (i: number): number | undefined => {
      const s = sentences[i];
      const prev = sentences[i - 1];
      const fromPrev = prev?.paragraph === s.paragraph && figureAt[i - 1];
      const fromHeadline = i > 0 && figureAt[0] && s.text.length <= SHORT_LINE;
      if ((!fromPrev && !fromHeadline) || !holds(i)) return undefined;
      // A sentence with a measure of its own takes the one before only for what its opening pronoun
      // stands for ("Exports to X. It rose 12.8 %, while imports jumped 43.4 %").
      if (figureAt[i] && !ANAPHOR.test(s.text)) return undefined;
      if (fromPrev) {
        // "Trade saw a big jump. It was up 30 %": the measure carries when this sentence goes on
        // about the one before ("It", "Он", "其")…
        if (ANAPHOR.test(s.text)) return i - 1;
        // …or the one before is about the story and gave no number of its own ("Trade with X saw a big jump.").
        if (namesAParty(prev.text) && (!holds(i - 1) || quantitiesOf(i - 1).length === 0)) return i - 1;
        return undefined;
      }
      return fromHeadline ? 0 : undefined;
    };
    // The measures of the headline (the text's first sentence) and of the page's title, on first need.
    let titleMeasures: MeasureAt[] | undefined;
    const openingMeasures = (i: number): MeasureAt[] => {
      if (i > 0 && figureAt[0]) return measuresIn(sentences[0], measureIndex, figureAt[0]);
      if (titleMeasures === undefined) {
        const title = options.pageTitle ?? '';
        const line: Sentence = { start: 0, end: title.length, text: title, paragraph: -1 };
        titleMeasures = title ? measuresIn(line, measureIndex, prefilter(title, [line]).figureAt[0] ?? []) : [];
      }
      return titleMeasures;
    };
    // Periods only of the sentences a match asks about (its own and the few before it), once each.
    const periodCache: TextPeriod[][] = new Array(sentences.length);
    const periods = (k: number) => (periodCache[k] ??= findPeriods(sentences[k].text, sentences[k].start, pageYear));
    // A page said to name the pair (elsewhere) is read as if its title named it.
    const pairLine = options.pageNamesPair ? pairNamesLine : '';
    // Many facts ask about the same term classes ("@party-names"): each class is looked for once per
    // sentence, and what came before a sentence is what came before the one before it, plus that one.
    const inSentence: Map<string, boolean>[] = [];
    const heldIn = (k: number, terms: TermFinder) => {
      const cache = inSentence[k] ?? new Map<string, boolean>();
      inSentence[k] = cache;
      let held = cache.get(terms.source);
      if (held === undefined) {
        held = terms.has(sentences[k].text);
        cache.set(terms.source, held);
      }
      return held;
    };
    const inOpening = new Map<string, boolean>();
    const openingText = opening(text, sentences, `${options.pageTitle ?? ''}\n${pairLine}`.trim());
    const heldBefore = (i: number, terms: TermFinder): boolean => {
      const s = sentences[i];
      if (i > 0 && sentences[i - 1].paragraph === s.paragraph) return heldIn(i - 1, terms) || heldBefore(i - 1, terms);
      let held = inOpening.get(terms.source);
      if (held === undefined) {
        held = terms.has(s.paragraph === 0 ? openingText.title : openingText.all);
        inOpening.set(terms.source, held);
      }
      return held;
    };
    const inContext = (i: number) => (terms: TermFinder) => heldIn(i, terms) || heldBefore(i, terms);
    const found: Mention[] = [];
    sentences.forEach((s, i) => {
      // A sentence with a number reads as a reader does: "it", "the total", a "Label: value" line take
      // the measure of the sentence before it in its paragraph, or of the headline for a short line
      // under it (with a measure of its own, only for an opening pronoun).
      const from = figures.length ? carrySource(i) : undefined;
      // A goal with no measure of its own ("to reach the mark of $200 billion by 2024") is the goal
      // the headline or the page's title speaks of.
      const goal = !figureAt[i] && from === undefined && figures.length > 0 && holds(i) && GOAL_HINT.test(s.text);
      const fromOpening = goal ? openingMeasures(i) : [];
      const measureStarts = figureAt[i];
      if (!measureStarts && from === undefined && !fromOpening.length && !phraseAt[i]) return;
      const quantities =
        figures.length && (measureStarts || from !== undefined || fromOpening.length) && holds(i) && !elsewhere(s.text)
          ? quantitiesOf(i)
          : [];
      if (quantities.length) {
        const carried = (
          from === undefined ? fromOpening : measuresIn(sentences[from], measureIndex, figureAt[from] ?? [])
        ).map((m) => ({
          fact: m.fact,
          at: { start: s.start, end: s.start, text: m.at.text },
        }));
        const hits = matchFigures(
          s,
          i,
          quantities,
          measureIndex,
          periods,
          pageYear,
          measureStarts ?? [],
          inContext(i),
          carried,
          pageYear === undefined ? textYears() : [],
        );
        for (const hit of hits) {
          if (aboutAnotherParty(hit.fact, hit.quantity, s) || !(named || hit.fact.context.length > 0)) continue;
          const m = mention(hit.fact, hit.quantity.start, hit.quantity.end, s.text, text, hit.quantity);
          found.push(hit.unresolved ? { ...m, unresolved: hit.unresolved } : m);
        }
      }
      if (phraseAt[i] && !anotherPair(s.text))
        for (const hit of matchPhrases(s, phraseAt[i], () => periods(i), eventYear, inContext(i)))
          if (named || hit.fact.context.length > 0) found.push(mention(hit.fact, hit.start, hit.end, s.text, text));
    });
    return mergeAdjacent(
      found.sort((a, b) => a.start - b.start || b.end - a.end),
      text,
    );
  }

  return {
    scan,
    mayMatch,
    fact: (id) => byId.get(id),
    facts: () => distinct,
  };
}

/**
 * Does the clause around a figure name another party instead of the pair ("imports from Brazil rose
 * 48.6%")? Another party named farther off ("…, yet Europe used to take more") leaves it alone.
 */
function aboutAnotherParty(fact: CompiledFact, q: Mention['value'] & {}, s: Sentence): boolean {
  const from = Math.max(0, q.start - s.start - CLAUSE_BEFORE);
  const clause = s.text.slice(from, Math.min(s.text.length, q.end - s.start + CLAUSE_AFTER));
  return fact.vocabulary.pair.pairIn(clause) === 'other';
}

/**
 * The opening lines a reader has in mind throughout: the page's title (and address words) and, for
 * sentences after the first paragraph, the text's lead (its first sentence, at most 300 characters).
 */
function opening(text: string, sentences: readonly Sentence[], title: string): { title: string; all: string } {
  const lead = sentences.length ? text.slice(0, Math.min(sentences[0].end, 300)) : '';
  return { title, all: title ? `${title.slice(0, 300)}\n${lead}` : lead };
}

function mention(
  c: CompiledFact,
  start: number,
  end: number,
  sentence: string,
  text: string,
  value?: Mention['value'],
): Mention {
  return {
    fact: c.fact.id,
    pack: c.pack.id,
    start,
    end,
    quote: text.slice(start, end),
    sentence: sentence.length > MAX_SENTENCE_FOR_CARD ? `${sentence.slice(0, MAX_SENTENCE_FOR_CARD)}…` : sentence,
    value,
  };
}

/** "1.28 trillion euros ($1.39 trillion)": two quantities of one fact side by side make one mention. */
function mergeAdjacent(mentions: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (
      last &&
      last.fact === m.fact &&
      m.start <= last.end + 3 &&
      /^[\s(),\-–]*$/.test(text.slice(last.end, Math.max(last.end, m.start)))
    ) {
      const end = Math.max(last.end, m.end);
      const closing = text[end] === ')' && text.slice(last.start, end).includes('(') ? 1 : 0;
      out[out.length - 1] = { ...last, end: end + closing, quote: text.slice(last.start, end + closing) };
    } else if (!(last && last.fact === m.fact && m.start < last.end)) {
      out.push(m);
    }
  }
  return out;
}
