/**
 * Quantity facts: a number in a sentence belongs to the fact whose measure term stands nearest before it
 * ("exports … 17.5 per cent" → exports), and only if its normalised value falls in the fact's band and the
 * sentence's period fits the fact's.
 */
import type { CompiledFact, ToReference } from './compiled-fact.ts';
import { periodFits, periodForQuantity, type SentencePeriods } from './context-period.ts';
import type { TextPeriod } from './period.ts';
import type { Band } from './schema.ts';
import type { Sentence } from './sentences.ts';
/** The facts whose terms could start at a position (term-index.ts TermIndex, or several packs' together). */
export interface FactsAt {
  at(text: string, at: number): readonly CompiledFact[];
}

import type { TermFinder, TermMatch } from './terms.ts';
import type { ParsedQuantity } from './types.ts';

const MAX_MEASURE_GAP = 160;
const TARGET_BEFORE =
  /\b(?:goals?|targets?|targeting|aim(?:s|ing|ed)?|objectives?|ambitions?|plan(?:s|ned)?|pledg(?:e|es|ed|ing)|vow(?:s|ed)?|benchmark|promis(?:e|es|ed)|seek(?:s|ing)?|hope(?:s|d)?\s+to|on\s+track\s+to)\b[^.;]{0,60}$/i;
/** The same in ru and zh ("цель — довести товарооборот до…", "力争到2024年…", "目标"). */
const TARGET_BEFORE_INTL =
  /(?:цел[ьиюя]|задач\p{L}*|планиру\p{L}*|намерен\p{L}*|рассчитыва\p{L}*|стрем(?:ятся|ится|имся|лени\p{L}*)|надеют\p{L}*|надеется|довести|нарастить|наметил\p{L}*|намечен\p{L}*|目标|目標|力争|争取|计划|约定|商定|确定|承诺|有望|到\s*20\d{2}\s*年|20\d{2}\s*年前)[^.;。]{0,40}$/iu;
/** "the $200 billion goal for 2024": the goal named after the value. */
const TARGET_AFTER = /^[^.;。，,]{0,8}?(?:goal|target|mark|benchmark|目标|目標)/i;
/** How far before and after a value its goal words stand, in characters. */
const GOAL_REACH = 90;
/** "to $200 billion by 2024": a value with a deadline after it is a goal, whatever introduced it. */
const DEADLINE_AFTER =
  /^[^.;。]{0,40}?(?:\b(?:by|until|before)\s+(?:the\s+(?:end\s+of\s+)?(?:year\s+)?)?(?:19|20)\d{2}\b|(?<![\p{L}])(?:(?:к|до)\s+|(?:намеченн|запланированн)\p{L}*\s+(?:на\s+|к\s+)?)(?:19|20)\d{2}(?:\s+год\p{L}*|-м\p{L}*))/iu;

/**
 * A deadline after the value: a year not before the page's ("к 2024 году"), not a comparison base
 * of the past ("+30 % к 2021-му"). On an undated page, a year before the one the sentence speaks
 * of ("за 2022-й … +30 % к 2021-му") is such a base too.
 */
function deadlineAfter(tail: string, notBefore: number | undefined): boolean {
  const m = DEADLINE_AFTER.exec(tail);
  if (!m) return false;
  const year = Number(/(?:19|20)\d{2}/.exec(m[0])?.[0]);
  return notBefore === undefined || year >= notBefore;
}

/** The latest year a sentence states as a period of its own (comparison bases are none). */
function latestYear(periods: readonly TextPeriod[]): number | undefined {
  const years = periods.flatMap((p) => (p.year !== undefined && p.since === undefined ? [p.year] : []));
  return years.length ? Math.max(...years) : undefined;
}

export interface FigureHit {
  fact: CompiledFact;
  quantity: ParsedQuantity;
  /** The relative period the figure's text gives, which the page's missing date left unplaced ("last year"). */
  unresolved?: string;
}

export function matchFigures(
  sentence: Sentence,
  index: number,
  quantities: ParsedQuantity[],
  /** The facts' measure terms by their first letters (term-index.ts). */
  measureIndex: FactsAt,
  periods: SentencePeriods,
  pageYear: number | undefined,
  /** Text offsets in the sentence where some fact's measure term starts (from the pre-filter). */
  measureStarts: readonly number[],
  /** Does the sentence, or what the reader read before it (its paragraph, the opening lines), hold one of these terms? */
  inContext: (terms: TermFinder) => boolean = (terms) => terms.has(sentence.text),
  /** Measures a reader carries over from an earlier sentence, placed at this sentence's start. */
  carried: readonly MeasureAt[] = [],
  /** Years the whole text names (for an undated "last year"). */
  textYears: readonly number[] = [],
): FigureHit[] {
  const measures = [...carried, ...measuresIn(sentence, measureIndex, measureStarts)];
  if (measures.length === 0) return [];
  const word = RESPECTIVELY.exec(sentence.text);
  const paired = word ? respectively(measures, quantities, sentence.start + word.index) : undefined;
  const hits: FigureHit[] = [];
  for (const parsed of quantities) {
    // Is the value a goal? Read only when some fact could take it, and only near it.
    let target: boolean | undefined;
    const isTarget = () => {
      if (target === undefined) {
        const head = sentence.text.slice(
          Math.max(0, parsed.start - sentence.start - GOAL_REACH),
          parsed.start - sentence.start,
        );
        const tail = sentence.text.slice(parsed.end - sentence.start, parsed.end - sentence.start + GOAL_REACH);
        target =
          TARGET_BEFORE.test(head) ||
          TARGET_BEFORE_INTL.test(head) ||
          deadlineAfter(tail, pageYear ?? latestYear(periods(index))) ||
          TARGET_AFTER.test(tail);
      }
      return target;
    };
    const q = parsed;
    // A fact can take the quantity when it measures that kind of quantity and nothing qualifies its
    // measure away ("the main gas pipeline from X to Y": not all trade from X to Y).
    const open = (fact: CompiledFact, at: TermMatch) =>
      fact.bands.some((b) => b.kind === q.kind) && !excluded(fact, sentence, q, at);
    const own = paired?.get(q);
    for (const fact of own
      ? own.filter((m) => open(m.fact, m.at)).map((m) => m.fact)
      : candidatesFor(q, measures, open)) {
      if (fact.target !== isTarget()) continue;
      const value = inPackCurrency(q, fact);
      if (!value) continue;
      if (!fact.bands.some((band) => inBand(value, band, fact.toReference))) continue;
      if (!fact.all.every((terms) => terms.has(sentence.text))) continue;
      if (!fact.context.every(inContext)) continue;
      const period = periodForQuantity(q.start, periods, index, pageYear, fact.target, clauseOf(sentence, q));
      if (!periodFits(fact.period, period, fact.periodOptional, pageYear, textYears)) continue;
      hits.push(
        period?.unresolved ? { fact, quantity: value, unresolved: period.unresolved } : { fact, quantity: value },
      );
    }
  }
  return hits;
}

/** "…rose 17.5 % and 48.6 %, respectively", "分别增长", "соответственно". */
const RESPECTIVELY = /\brespectively\b|分别|分別|(?<![\p{L}])соответственно(?![\p{L}])/iu;

/**
 * "Exports and imports rose 17.5 % and 48.6 % respectively": the measures named before the first
 * value (the narrowest, in order) go with the values of one kind, in order, when they are as many.
 * Only the values after the last measure before the word "respectively" are given so, and only the
 * measures after any value before them ("trade rose 34.3 %; exports and imports rose 17.5 % and
 * 48.6 % respectively", "贸易额增长34.3%，出口、进口分别增长17.5%和48.6%").
 */
function respectively(
  measures: readonly MeasureAt[],
  all: readonly ParsedQuantity[],
  /** Where the word "respectively" stands (text offset). */
  word: number,
): Map<ParsedQuantity, MeasureAt[]> | undefined {
  const runStart = Math.max(0, ...measures.filter((m) => m.at.end <= word).map((m) => m.at.end));
  const quantities = all.filter((q) => q.start >= runStart);
  const first = quantities[0]?.start ?? 0;
  const after = Math.max(0, ...all.filter((q) => q.end <= first).map((q) => q.end));
  const before = measures.filter((m) => m.at.end <= first && m.at.start >= after);
  // The narrowest spans: "exports and imports" gives way to "exports" and "imports".
  const narrow = before.filter(
    (m) =>
      !before.some(
        (o) =>
          o.at !== m.at &&
          o.at.start >= m.at.start &&
          o.at.end <= m.at.end &&
          (o.at.start !== m.at.start || o.at.end !== m.at.end),
      ),
  );
  const spans = [...new Map(narrow.map((m) => [`${m.at.start}:${m.at.end}`, m.at.start])).entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([key]) => key);
  if (spans.length < 2) return undefined;
  const out = new Map<ParsedQuantity, MeasureAt[]>();
  for (const kind of new Set(quantities.map((q) => q.kind))) {
    const ofKind = quantities.filter((q) => q.kind === kind);
    if (ofKind.length !== spans.length) continue;
    ofKind.forEach((q, k) => {
      out.set(
        q,
        narrow.filter((m) => `${m.at.start}:${m.at.end}` === spans[k]),
      );
    });
  }
  return out.size ? out : undefined;
}

/**
 * Each fact's measure terms in the sentence, as findTerms would find them (left to right, not
 * overlapping one another), but tried only at the given starts and only for the facts whose terms
 * the index names there, instead of every fact at every character.
 */
export type MeasureAt = { fact: CompiledFact; at: TermMatch };

export function measuresIn(sentence: Sentence, index: FactsAt, starts: readonly number[]): MeasureAt[] {
  const out: MeasureAt[] = [];
  const free = new Map<CompiledFact, number>();
  for (const at of starts) {
    for (const fact of index.at(sentence.text, at - sentence.start)) {
      const re = fact.measureAt;
      if (!re || (free.get(fact) ?? sentence.start) > at) continue;
      re.lastIndex = at - sentence.start;
      const m = re.exec(sentence.text);
      if (!m || m[0].length === 0) continue;
      out.push({ fact, at: { start: at, end: at + m[0].length, text: m[0] } });
      free.set(fact, at + m[0].length);
    }
  }
  return out;
}

/**
 * The clause a quantity stands in: between the separators around it (a semicolon, a dash, a closing bracket,
 * a comma before "and"/"while"/"а"/"но", and their zh forms).
 */
function clauseOf(sentence: Sentence, q: ParsedQuantity): { start: number; end: number } {
  const text = sentence.text;
  const from = q.start - sentence.start;
  const to = q.end - sentence.start;
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) return { start: sentence.start + start, end: sentence.start + m.index };
  }
  return { start: sentence.start + start, end: sentence.end };
}

const CLAUSE_BREAK = /[;；)）—]|,\s+(?:and|while|whereas|but|а|но|и|при\s+этом)(?![\p{L}])|[，、](?:而|但|其中)?/giu;

/** The quantity in the fact's pack's own currency: a sign the pack does not know is not money of its story. */
function inPackCurrency(q: ParsedQuantity, fact: CompiledFact): ParsedQuantity | undefined {
  if (q.kind !== 'money' || q.currencyText === undefined) return q;
  const currency = fact.vocabulary.currencies.code(q.currencyText);
  if (currency === undefined) return undefined;
  return currency === q.currency ? q : { ...q, currency };
}

/**
 * Per pack, the facts whose measure term stands nearest before the quantity (longest term on ties), else
 * just after. A measure whose every fact is qualified away ("gas shipments from X to Y" is not total
 * trade) gives way to the next nearest. Packs are resolved apart, so an imported pack's terms can
 * never take a quantity away from another pack's facts.
 */
function candidatesFor(
  q: ParsedQuantity,
  measures: { fact: CompiledFact; at: TermMatch }[],
  open: (fact: CompiledFact, at: TermMatch) => boolean,
): CompiledFact[] {
  const packs = new Set(measures.map((m) => m.fact.pack));
  const inPack = (list: { fact: CompiledFact; at: TermMatch }[]) => {
    let left = list;
    for (let tries = 0; tries < 3; tries++) {
      const chosen = nearestInPack(q, left);
      if (chosen.length === 0) return [];
      const usable = chosen.filter((m) => open(m.fact, m.at));
      if (usable.length) return usable.map((m) => m.fact);
      left = left.filter((m) => !chosen.includes(m));
    }
    return [];
  };
  if (packs.size === 1) return inPack(measures);
  return [...packs].flatMap((pack) => inPack(measures.filter((m) => m.fact.pack === pack)));
}

function nearestInPack(
  q: ParsedQuantity,
  measures: { fact: CompiledFact; at: TermMatch }[],
): { fact: CompiledFact; at: TermMatch }[] {
  let best: TermMatch | undefined;
  for (const { at } of measures) {
    if (at.end > q.start || q.start - at.end > MAX_MEASURE_GAP) continue;
    if (!best || at.end > best.end || (at.end === best.end && at.start < best.start)) best = at;
  }
  if (!best) {
    for (const { at } of measures) {
      if (at.start < q.start || at.start - q.end > 40) continue;
      if (!best || at.start < best.start || (at.start === best.start && at.end > best.end)) best = at;
    }
  }
  if (!best) return [];
  const chosen = best;
  return measures.filter((m) => m.at.start === chosen.start && m.at.end === chosen.end);
}

/**
 * The quantity's value, widened by its hedge as a reader takes it, overlaps the band: "nearly X" is
 * up to a tenth below X, "about X" a twentieth either side, "more than X" up to 15 % above (a bare
 * "more than doubled" has no ceiling). Money is compared in the pack's reference currency.
 */
export function inBand(
  q: Pick<ParsedQuantity, 'kind' | 'amount' | 'min' | 'max' | 'currency' | 'hedge'>,
  band: Band,
  toReference: ToReference = (amount) => amount,
): boolean {
  if (q.kind !== band.kind) return false;
  const convert = (n: number) => (q.kind === 'money' ? toReference(n, q.currency) : n);
  const about = q.hedge !== undefined && q.min === undefined && q.max === undefined ? 0.05 : 0;
  let lo: number | undefined;
  let hi: number | undefined;
  if (q.max !== undefined && q.min === undefined) {
    lo = q.max * 0.9;
    hi = q.max;
  } else if (q.min !== undefined && q.max === undefined) {
    lo = q.min;
    hi = q.amount === undefined ? Number.POSITIVE_INFINITY : q.min * 1.15;
  } else {
    lo = (q.min ?? q.amount ?? Number.NEGATIVE_INFINITY) * (1 - about);
    hi = (q.max ?? q.amount ?? Number.POSITIVE_INFINITY) * (1 + about);
  }
  const a = Number.isFinite(lo) ? convert(lo) : lo;
  const b = Number.isFinite(hi) ? convert(hi) : hi;
  if (a === undefined || b === undefined) return false;
  return a <= band.max && b >= band.min;
}

/**
 * A qualifier of the measure: in the two words before it ("gas exports"), or between it and the
 * quantity up to the first comma or dash ("imports of LNG from X rose 50%"), but not in a side
 * clause ("Bolstered by energy purchases, trade grew by a third").
 */
function excluded(fact: CompiledFact, sentence: Sentence, q: ParsedQuantity, at: TermMatch): boolean {
  const exclude = fact.exclude;
  if (!exclude) return false;
  const text = sentence.text;
  const rel = (n: number) => Math.max(0, Math.min(text.length, n - sentence.start));
  const before = text.slice(rel(at.start - QUALIFIER_BEFORE), rel(at.start)).replace(/^.*[,;:—–，、；：]/s, '');
  const [from, to] = at.end <= q.start ? [at.end, q.start] : [q.end, at.start];
  const between = text.slice(rel(from), rel(to)).split(/[,;—–(，、；（]/)[0];
  return exclude.has(`${before} ${at.text} ${between}`);
}

/** How far before a measure its qualifier stands ("liquefied natural gas exports"), in characters. */
const QUALIFIER_BEFORE = 24;
