/** PageSummary fixtures for the background tests. */
import type { PageSummary } from '../../../src/messages.ts';

export function summaryWith(mentions: number, overrides: Partial<PageSummary> = {}): PageSummary {
  return {
    url: 'http://127.0.0.1/paraphrase.html',
    host: '127.0.0.1',
    enabled: true,
    mentions: Array.from({ length: mentions }, (_, index) => ({
      index,
      fact: 'trade-2022-total',
      quote: '$190 billion',
    })),
    facts: mentions
      ? [
          {
            id: 'trade-2022-total',
            kind: 'figure',
            title: 'Trade 2022',
            mentions,
            firstIndex: 0,
            agree: 2,
            differ: 1,
            outlets: 4,
          },
        ]
      : [],
    ...overrides,
  };
}

/** A message sender as the browser fills it for a tab's top frame. */
export const fromTab = (tabId: number, frameId = 0) => ({ id: 'second-source-test', tab: { id: tabId }, frameId });
