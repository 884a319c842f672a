/**
 * Which period a quantity or a sentence speaks of: a period in the quantity's own clause (months
 * before bare years), else the sentence's nearest period before the quantity, else after it, else
 * the last period of the few sentences before.
 */

import type { TextPeriod } from './period.ts';
import type { Period } from './schema.ts';

const LOOK_BACK = 3;

/** The periods stated in sentence `index` (computed on first need: most sentences never ask). */
export type SentencePeriods = (index: number) => readonly TextPeriod[];

export function periodForQuantity(
  at: number,
  periodsBySentence: SentencePeriods,
  sentence: number,
  pageYear: number | undefined,
  target = false,
  /** The quantity's clause (text offsets), when known. */
  clause?: { start: number; end: number },
): TextPeriod | undefined {
  const own = periodsBySentence(sentence).filter((p) => p.since === undefined);
  // A goal's period is its deadline ("by 2024"), or a year written with it ("2024年…的目标").
  if (target)
    return (
      nearest(
        own.filter((p) => p.by !== undefined),
        at,
      ) ??
      nearest(
        own.filter((p) => p.year !== undefined && !p.months),
        at,
      )
    );
  const inClause = clause ? own.filter((p) => p.start >= clause.start && p.end <= clause.end) : own;
  const plain = own.filter((p) => p.by === undefined);
  const pick =
    nearest(
      inClause.filter((p) => p.months),
      at,
    ) ??
    nearest(
      inClause.filter((p) => p.by === undefined),
      at,
    ) ??
    // "$190 bn (up 29.3%), and in January–February $33.7 bn": a figure outside every period's clause
    // belongs to the period read before it.
    plain.filter((p) => p.end <= at).at(-1) ??
    nearest(plain, at) ??
    nearest(own, at);
  const found = pick ?? fromContext(periodsBySentence, sentence);
  if (!found?.months || found.year !== undefined) return found;
  const year =
    own.find((p) => p.year !== undefined && !p.months)?.year ??
    yearFromContext(periodsBySentence, sentence) ??
    pageYear;
  return { ...found, year };
}

/** The nearest year stated in the few sentences before: "first two months" takes its year from there. */
function yearFromContext(periodsBySentence: SentencePeriods, sentence: number): number | undefined {
  for (let i = sentence - 1; i >= 0 && i >= sentence - LOOK_BACK; i--) {
    const withYear = periodsBySentence(i).filter((p) => p.year !== undefined && p.since === undefined);
    if (withYear.length) return withYear[withYear.length - 1].year;
  }
  return undefined;
}

function fromContext(periodsBySentence: SentencePeriods, sentence: number): TextPeriod | undefined {
  for (let i = sentence - 1; i >= 0 && i >= sentence - LOOK_BACK; i--) {
    const usable = periodsBySentence(i).filter((p) => p.since === undefined && p.by === undefined);
    if (usable.length) return usable.find((p) => p.months) ?? usable[usable.length - 1];
  }
  return undefined;
}

function nearest(periods: readonly TextPeriod[], at: number): TextPeriod | undefined {
  let best: TextPeriod | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of periods) {
    const d = p.end <= at ? at - p.end : Math.max(0, p.start - at);
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Does a period found in text satisfy the fact's period? A figure for a whole year whose text states
 * no period at all is read, as a reader would, as that year's when the page was written that year or
 * the next (annual figures come out after the year), or when the page has no date.
 */
export function periodFits(
  want: Period | undefined,
  stated: TextPeriod | undefined,
  optional: boolean,
  pageYear?: number,
  /** Years the text names anywhere: an undated "last year" is read as the fact's only if none speaks against it. */
  textYears: readonly number[] = [],
): boolean {
  if (!want) return true;
  // "last year" on an undated page: the figure may be the fact's (and the card says it could not be
  // dated), unless the text names years that place it elsewhere.
  const unresolved = stated?.unresolved !== undefined && stated.year === undefined && !stated.months;
  const year = want.year;
  if (unresolved && year !== undefined && textYears.some((y) => y !== year && y !== year + 1)) return false;
  const got = unresolved ? undefined : stated;
  if (!got) {
    if (optional) return true;
    if (want.year === undefined || want.months || want.by !== undefined) return false;
    return pageYear === undefined || pageYear === want.year || pageYear === want.year + 1;
  }
  // A goal's value written with a year is that goal when the year is its deadline, or the year before
  // it: the goal reached early ("уже в этом году", "ahead of schedule") or its year misreported.
  if (want.by !== undefined)
    return (
      got.by === want.by || (got.by === undefined && !got.months && (got.year === want.by || got.year === want.by - 1))
    );
  if (got.by !== undefined) return false;
  if (want.months) {
    // Months with no year anywhere on an undated page: the months decide, the band does the rest.
    const yearFits = got.year === want.year || (got.year === undefined && pageYear === undefined);
    return got.months?.[0] === want.months[0] && got.months?.[1] === want.months[1] && yearFits;
  }
  return !got.months && got.year === want.year;
}

/**
 * Events: the year a sentence speaks of is the one it states (or implies: "ten years ago"), else the
 * page's. A sentence naming another year never matches; one naming none matches when the fact is
 * standing (`optional`), when the page's year is the fact's, or when the page has no date (unless
 * the fact's period is `required`).
 */
export function sentenceYearFits(
  want: Period | undefined,
  periods: readonly TextPeriod[],
  optional: boolean,
  pageYear?: number,
  required = false,
): boolean {
  if (!want?.year) return true;
  const years = periods.filter((p) => p.year !== undefined && p.since === undefined).map((p) => p.year);
  if (years.length) return years.includes(want.year);
  if (optional) return true;
  return pageYear === undefined ? !required : pageYear === want.year;
}
