/** What the popup and the badge get: the page's mentions and, per fact, how the outlets compare. */
import { summarizeReports, summaryLead } from '../core/report-summary.ts';
import type { Outlet } from '../core/schema.ts';
import type { Comparison, Mention } from '../core/types.ts';
import type { FactSummary, MentionSummary, PageSummary } from '../messages.ts';

export interface SummaryInput {
  url: string;
  host: string;
  enabled: boolean;
  scanning?: boolean;
  /** Shown mentions in document order. */
  mentions: readonly Mention[];
  outlet?: Outlet;
  /** Comparison of a mention with its fact's reports (undefined when the fact is unknown). */
  compare(mention: Mention): Comparison | undefined;
}

const MAX_QUOTE = 160;

export function buildSummary(input: SummaryInput): PageSummary {
  const mentions: MentionSummary[] = input.mentions.map((m, index) => ({
    index,
    fact: m.fact,
    quote: m.quote.length > MAX_QUOTE ? `${m.quote.slice(0, MAX_QUOTE - 1)}…` : m.quote,
  }));
  const facts: FactSummary[] = [];
  const byFact = new Map<string, FactSummary>();
  input.mentions.forEach((m, index) => {
    const known = byFact.get(m.fact);
    if (known) {
      known.mentions++;
      return;
    }
    const c = input.compare(m);
    if (!c) return;
    const summary: FactSummary = {
      id: c.fact.id,
      kind: c.fact.kind,
      title: c.fact.title,
      mentions: 1,
      firstIndex: index,
      agree: c.agreeCount,
      differ: c.differCount,
      outlets: new Set(c.reports.map((r) => r.outlet.id)).size,
      ...(c.spread ? { range: c.spread.display } : {}),
    };
    // The same summary the card leads with: the value most outlets give.
    const lead = c.fact.kind === 'figure' ? summaryLead(summarizeReports(c)) : undefined;
    if (lead) summary.lead = lead;
    byFact.set(m.fact, summary);
    facts.push(summary);
  });
  const summary: PageSummary = { url: input.url, host: input.host, enabled: input.enabled, mentions, facts };
  if (input.outlet)
    summary.outlet = { id: input.outlet.id, name: input.outlet.name, confidence: input.outlet.confidence };
  if (input.scanning) summary.scanning = true;
  return summary;
}
