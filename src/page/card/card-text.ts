/** The words and symbols of the card, apart from layout: pure, so tests can check them directly. */
import type { Fact, Report } from '../../core/schema.ts';
import { compileTerms, findTerms } from '../../core/terms.ts';
import type { Agreement, Comparison } from '../../core/types.ts';
import { formatDate, t, tn, uiLocale } from '../../ui/i18n.ts';

export const AGREEMENT_ICON: Record<Agreement, string> = { agree: '✓', differ: '≠', unknown: '–' };
/** In the reader's language (read when shown: getters). */
export const AGREEMENT_LABEL: Record<Agreement, string> = {
  get agree() {
    return t('agreesWithThisPage');
  },
  get differ() {
    return t('differsFromThisPage');
  },
  get unknown() {
    return t('notComparable');
  },
};

export const CONFIDENCE_MARK = { known: '●', probable: '◐', unknown: '○' } as const;
export const CONFIDENCE_LABEL: Record<keyof typeof CONFIDENCE_MARK, string> = {
  get known() {
    return t('outletKnown');
  },
  get probable() {
    return t('outletProbable');
  },
  get unknown() {
    return t('outletNotIdentified');
  },
};

/** Number of distinct outlets among the reports, the page's own outlet left out. */
export function outletCount(c: Comparison): number {
  return new Set(c.reports.filter((r) => !r.self).map((r) => r.outlet.id)).size;
}

/** The one-line verdict: agreement at a glance. */
export function verdictLine(c: Comparison): string {
  const n = outletCount(c);
  const other = c.reports.some((r) => r.self);
  const outlets = tn(other ? 'otherOutletCount' : 'outletCount', n);
  // Growth rates restated from another currency basis agree "once the basis is taken into account".
  const basis = c.reports.some((r) => !r.self && r.agreement === 'agree' && r.onPageBasis);
  switch (c.verdict) {
    case 'agree':
      if (basis)
        return n === 1
          ? t(other ? 'oneOtherOutletAgreesOnBasis' : 'oneOutletAgreesOnBasis')
          : t('allOutletsAgreeOnBasis', outlets);
      return n === 1 ? t(other ? 'oneOtherOutletAgrees' : 'oneOutletAgrees') : t('allOutletsAgree', outlets);
    case 'differ':
      return c.spread ? t('outletsRange', c.spread.display) : t('reportsDiffer', [c.differCount, c.reports.length]);
    case 'single':
      return t('onlyOutletReported', c.reports[0]?.outlet.name ?? t('oneOutlet'));
    default:
      return t('outletsReportedInOwnWords', outlets);
  }
}

/** A secondary line under the verdict: the counts behind it (and the range, when all agree). */
export function countsLine(c: Comparison): string | undefined {
  if (c.verdict !== 'differ' && c.verdict !== 'agree') return undefined;
  const parts = [t('agreeTally', c.agreeCount), t('differTally', c.differCount)];
  const others = c.reports.filter((r) => !r.self).length;
  const unknown = others - c.agreeCount - c.differCount;
  if (unknown > 0) parts.push(t('notComparableTally', unknown));
  if (c.verdict === 'agree' && c.spread && c.spread.min !== c.spread.max) parts.push(t('rangeTally', c.spread.display));
  return parts.join(' · ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2023-03-19" → "19 Mar 2023"; "2023-03" → "Mar 2023"; anything else unchanged. In another language
 * than English, Intl's date for it: "2023年3月19日", "19 мар. 2023 г.", "2023年3月", "март 2023 г.".
 */
export function formatReportDate(date: string | undefined): string {
  if (date === undefined) return t('undated');
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1];
  if (!uiLocale().startsWith('en')) {
    // Noon UTC, shown in UTC: the calendar day as written, whatever the reader's time zone.
    const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1, 12);
    return m[3]
      ? formatDate(at, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      : formatDate(at, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** "¥1.28 trn · $185.4 bn" → ["¥1.28 trn", "$185.4 bn"] so each half can stay unbroken. */
export function valueParts(display: string): string[] {
  return display.split(' · ');
}

/** Only http(s) links are rendered. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** An outlet's own words: the report's quote, or its `words` where a report has no quote. */
export function reportWords(report: Report & { words?: string }): string {
  return report.quote || report.words || '';
}

/** Words up to this long are the statement as a whole. */
const SHORT_WORDS = 80;

/**
 * The part of an outlet's words that states the fact: the shortest stretch holding a term of as many
 * of the fact's term groups as the words hold (its longest overlap with the match terms); the whole
 * of short words; nothing when no term is there.
 */
export function emphasis(words: string, fact: Pick<Fact, 'match'>): { before: string; em: string; after: string } {
  if (words.length <= SHORT_WORDS) return { before: '', em: words, after: '' };
  // Who and where (context groups) belong to the statement as much as what.
  const groups = [
    ...(fact.match.all ?? []),
    ...(fact.match.measure ? [fact.match.measure] : []),
    ...(fact.match.context ?? []),
  ];
  const hits: { start: number; end: number; group: number }[] = [];
  // The engine's own reading of terms: word boundaries, "*" endings, unspaced scripts, apostrophes.
  groups.forEach((terms, group) => {
    for (const m of findTerms(compileTerms(terms), words)) hits.push({ start: m.start, end: m.end, group });
  });
  if (!hits.length) return { before: words, em: '', after: '' };
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const wanted = new Set(hits.map((h) => h.group)).size;
  let best: { start: number; end: number } | undefined;
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<number>();
    let end = hits[i].end;
    for (let j = i; j < hits.length && seen.size < wanted; j++) {
      seen.add(hits[j].group);
      end = Math.max(end, hits[j].end);
    }
    if (seen.size < wanted) break;
    const span = { start: hits[i].start, end };
    if (!best || span.end - span.start < best.end - best.start) best = span;
  }
  const { start, end } = best ?? hits[0];
  return { before: words.slice(0, start), em: words.slice(start, end), after: words.slice(end) };
}
