/**
 * Which period a quantity or a sentence speaks of: the sentence's own period nearest the quantity,
 * months before bare years, else the last period of the few sentences before it.
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
): TextPeriod | undefined {
  const own = periodsBySentence(sentence).filter((p) => p.since === undefined);
  if (target)
    return nearest(
      own.filter((p) => p.by !== undefined),
      at,
    );
  const pick =
    nearest(
      own.filter((p) => p.months),
      at,
    ) ??
    nearest(
      own.filter((p) => p.by === undefined),
      at,
    ) ??
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

/** Does a period found in text satisfy the fact's period? */
export function periodFits(want: Period | undefined, got: TextPeriod | undefined, optional: boolean): boolean {
  if (!want) return true;
  if (!got) return optional;
  if (want.by !== undefined) return got.by === want.by;
  if (got.by !== undefined) return false;
  if (want.months) {
    return got.months?.[0] === want.months[0] && got.months?.[1] === want.months[1] && got.year === want.year;
  }
  return !got.months && got.year === want.year;
}

/** Events: a sentence naming another year than the fact's does not match; naming none matches when optional. */
export function sentenceYearFits(want: Period | undefined, periods: readonly TextPeriod[], optional: boolean): boolean {
  if (!want?.year) return true;
  const years = periods.filter((p) => p.year !== undefined && p.since === undefined).map((p) => p.year);
  if (years.includes(want.year)) return true;
  return years.length === 0 && optional;
}
