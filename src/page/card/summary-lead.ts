/**
 * The one line a fact's summary comes down to (card and popup): the value most outlets give, when
 * one group of agreeing values holds more than half of them and others differ. No heavy imports:
 * the content script's summary for the popup uses it without loading the card.
 */
import type { ReportSummary, ValueGroup } from '../../core/report-summary.ts';

/** A group's value in short: the part in the outlets' own currency ("$190.27 bn", "≤ $200 bn", "+34.3% (in yuan)"). */
export function groupValue(group: Pick<ValueGroup, 'display'>): string {
  const parts = group.display.split(' · ');
  return (parts.at(-1) ?? group.display).replace(/^≈\s*/, '');
}

/** "Most of 18 outlets agree: $190.27 bn" as data: the outlets counted and the value, else undefined. */
export function summaryLead(summary: ReportSummary): { outlets: number; value: string } | undefined {
  const [top] = summary.groups;
  if (!top || summary.groups.length < 2 || top.outlets.length * 2 <= summary.outlets) return undefined;
  return { outlets: summary.outlets, value: groupValue(top) };
}
