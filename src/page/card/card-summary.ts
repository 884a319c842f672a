/**
 * What a card with many reports leads with, in the reader's words: the values the outlets give, how
 * many give each (summarizeReports: values that agree within rounding or conversion are one group,
 * growth rates on each currency basis apart), which differ and why; the outlets in the order a
 * reader wants them (orderReports), the first few shown; and each page report's deep link.
 * Pure apart from t(): unit tests check it directly.
 */
import { type Reason, reasonText } from '../../core/reasons.ts';
import {
  groupValueParts,
  orderReports,
  type ReportSummary,
  summarizeReports,
  summaryLead,
  type ValueGroup,
} from '../../core/report-summary.ts';
import type { Report } from '../../core/schema.ts';
import { textFragmentUrl } from '../../core/text-fragment.ts';
import type { ComparedReport, Comparison } from '../../core/types.ts';
import { t, tn } from '../../ui/i18n.ts';
import { mostAgreeLine, valueOnBasis } from '../../ui/value-text.ts';
import { safeUrl } from './card-text.ts';
import { localReason } from './reason-text.ts';

/** A group's value in short, in the reader's language ("+29.3%（按美元计）"). */
export function localGroupValue(group: Pick<ValueGroup, 'display' | 'value'>): string {
  const { value, basis } = groupValueParts(group);
  return valueOnBasis(value, basis);
}

/** Rows shown before "Show all N". */
export const SHOWN_FIRST = 5;
/** …and a fold only when it would hide at least two rows (one hidden row is not worth a button). */
export const FOLD_WHEN_OVER = SHOWN_FIRST + 1;

export type GroupAgreement = 'agree' | 'differ' | 'mixed' | 'unknown';

/** Does a group agree with the page: all its reports, none, or some of them (values within rounding of each other)? */
export function groupAgreement(group: Pick<ValueGroup, 'agreesWithPage' | 'agree' | 'differ'>): GroupAgreement {
  if (group.agreesWithPage === undefined || group.agree + group.differ === 0) return 'unknown';
  if (group.differ === 0) return 'agree';
  return group.agree === 0 ? 'differ' : 'mixed';
}

/** Reasons worth a place beside a group (sources cited are in the rows; "same figure" says nothing there). */
const useful = (reasons: readonly Reason[]) => reasons.filter((r) => r.kind !== 'cites' && r.kind !== 'sameFigure');

/**
 * Reasons a reader needs beside a group: what makes it differ, or agree despite a gap (sources cited
 * are in the rows); a group that only partly agrees says how many of it differ, and by how much.
 */
export function groupWhy(
  group: Pick<ValueGroup, 'reasons' | 'agreesWithPage' | 'agree' | 'differ' | 'differReasons'>,
  max = 2,
): string[] {
  const agreement = groupAgreement(group);
  // A group that differs says by how much once: its members' own gaps differ only by rounding.
  if (agreement === 'differ') return useful(group.differReasons).slice(0, 1).map(localReason);
  if (agreement === 'mixed') {
    const differing = new Set(group.differReasons.map(reasonText));
    const agreeing = useful(group.reasons).filter((r) => !differing.has(reasonText(r)));
    const why = useful(group.differReasons)[0];
    return [
      ...agreeing.slice(0, max - 1).map(localReason),
      why
        ? t('cardGroupPartlyDiffers', [tn('differCount', group.differ), localReason(why)])
        : tn('differCount', group.differ),
    ];
  }
  return useful(group.reasons).slice(0, max).map(localReason);
}

export interface CardSummary extends ReportSummary {
  /** "Most of 18 outlets agree: $190.27 bn", when one group holds more than half the outlets and others differ. */
  lead?: string;
}

/** The summary a card leads with, or undefined when there is nothing to sum up (events, one outlet). */
export function cardSummary(c: Comparison): CardSummary | undefined {
  if (c.verdict === 'qualitative' || c.verdict === 'single') return undefined;
  const summary = summarizeReports(c);
  if (summary.outlets < 2 || !summary.groups.length) return undefined;
  return { ...summary, lead: leadLine(summary) };
}

/** "Most of 18 outlets agree: $190.27 bn" (the largest group holds more than half, others differ), else undefined. */
export function leadLine(summary: ReportSummary): string | undefined {
  const lead = summaryLead(summary);
  return lead ? mostAgreeLine(lead) : undefined;
}

/** The reports in the reader's order, split into the first few and the rest (empty when nothing folds). */
export function foldReports(c: Comparison, pageDate?: string): { shown: ComparedReport[]; rest: ComparedReport[] } {
  const ordered = orderReports(c, pageDate);
  if (ordered.length <= FOLD_WHEN_OVER) return { shown: ordered, rest: [] };
  return { shown: ordered.slice(0, SHOWN_FIRST), rest: ordered.slice(SHOWN_FIRST) };
}

/**
 * A page report's link, opening its page at its words (a text fragment); a report without words
 * links to its page. Only http(s) addresses: anything else gives no link at all.
 */
export function deepLink(report: Report & { words?: string }): string | undefined {
  if (!report.url || !safeUrl(report.url)) return undefined;
  return textFragmentUrl(report.url, report.words ?? '');
}
