/** The words and symbols of the card, apart from layout: pure, so tests can check them directly. */
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
      return `${outlets} reported this in words, not figures`;
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
export function formatReportDate(date: string): string {
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
