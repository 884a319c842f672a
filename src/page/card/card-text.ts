/** The words and symbols of the card, apart from layout: pure, so tests can check them directly. */
import type { Fact, Report } from '../../core/schema.ts';
import { compileTerms, findTerms } from '../../core/terms.ts';
import type { Agreement, Comparison } from '../../core/types.ts';

export const AGREEMENT_ICON: Record<Agreement, string> = { agree: '✓', differ: '≠', unknown: '–' };
export const AGREEMENT_LABEL: Record<Agreement, string> = {
  agree: 'agrees with this page',
  differ: 'differs from this page',
  unknown: 'not comparable',
};

export const CONFIDENCE_MARK = { known: '●', probable: '◐', unknown: '○' } as const;
export const CONFIDENCE_LABEL = {
  known: 'outlet known',
  probable: 'outlet probable, not confirmed',
  unknown: 'outlet not identified',
} as const;

/** Number of distinct outlets among the reports, the page's own outlet left out. */
export function outletCount(c: Comparison): number {
  return new Set(c.reports.filter((r) => !r.self).map((r) => r.outlet.id)).size;
}

/** The one-line verdict: agreement at a glance. */
export function verdictLine(c: Comparison): string {
  const n = outletCount(c);
  const other = c.reports.some((r) => r.self) ? 'other ' : '';
  const outlets = `${n} ${other}outlet${n === 1 ? '' : 's'}`;
  // Growth rates restated from another currency basis agree "once the basis is taken into account".
  const basis = c.reports.some((r) => !r.self && r.agreement === 'agree' && r.onPageBasis);
  switch (c.verdict) {
    case 'agree':
      if (basis)
        return n === 1
          ? `The one ${other}outlet agrees once the currency basis is taken into account`
          : `All ${outlets} agree once the currency basis is taken into account`;
      return n === 1 ? `The one ${other}outlet agrees with this page` : `All ${outlets} agree within rounding`;
    case 'differ':
      return c.spread ? `Outlets range ${c.spread.display}` : `${c.differCount} of ${c.reports.length} reports differ`;
    case 'single':
      return `Only ${c.reports[0]?.outlet.name ?? 'one outlet'} reported this`;
    default:
      return `${outlets} reported this, in their own words`;
  }
}

/** A secondary line under the verdict: the counts behind it (and the range, when all agree). */
export function countsLine(c: Comparison): string | undefined {
  if (c.verdict !== 'differ' && c.verdict !== 'agree') return undefined;
  const parts = [`${c.agreeCount} agree`, `${c.differCount} differ`];
  const others = c.reports.filter((r) => !r.self).length;
  const unknown = others - c.agreeCount - c.differCount;
  if (unknown > 0) parts.push(`${unknown} not comparable`);
  if (c.verdict === 'agree' && c.spread && c.spread.min !== c.spread.max) parts.push(`range ${c.spread.display}`);
  return parts.join(' · ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-03-19" → "19 Mar 2023"; "2023-03" → "Mar 2023"; anything else unchanged. */
export function formatReportDate(date: string | undefined): string {
  if (date === undefined) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1];
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
