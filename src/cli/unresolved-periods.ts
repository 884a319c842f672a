/**
 * Relative periods the engine cannot place for want of a page date: "last year", "this year", "the first
 * two months of this year", "ten years ago". The engine reads them against `--date`, else a date found in
 * the text; when there is neither, it drops them, and the CLI says so instead of staying silent.
 */
import { inferPageDate } from '../core/page-date.ts';
import { findPeriods } from '../core/period.ts';
import { splitSentences } from '../core/sentences.ts';

export interface UnresolvedPeriod {
  /** The words as written, e.g. "last year". */
  text: string;
  /** Offsets into the text, like a mention's. */
  start: number;
  end: number;
}

/** Any year: a period whose reading changes with the page's year depends on the page date. */
const PROBE_YEAR = 2000;

/** The date "last year" is read against: the given one, else one found in the text; undefined when neither. */
export function effectivePageDate(text: string, given: string | undefined): string | undefined {
  return given ?? inferPageDate(text);
}

/** The relative periods of the text, in order, when it has no page date; none when it has one. */
export function unresolvedPeriods(text: string, pageDate: string | undefined): UnresolvedPeriod[] {
  if (pageDate !== undefined) return [];
  const found: UnresolvedPeriod[] = [];
  for (const s of splitSentences(text)) {
    const without = findPeriods(s.text, s.start);
    for (const p of findPeriods(s.text, s.start, PROBE_YEAR)) {
      const same = without.find((w) => w.start === p.start && w.end === p.end);
      if (same && same.year === p.year) continue;
      found.push({ text: text.slice(p.start, p.end), start: p.start, end: p.end });
    }
  }
  return found;
}
