/**
 * The background trusts nothing it is sent: a page-summary must look like a PageSummary before it
 * reaches storage or the badge. Shapes only; the content script owns the meaning.
 */
import type { PageSummary, ToBackground } from '../messages.ts';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isPageSummary(x: unknown): x is PageSummary {
  return (
    isObject(x) &&
    typeof x.url === 'string' &&
    typeof x.host === 'string' &&
    typeof x.enabled === 'boolean' &&
    Array.isArray(x.mentions) &&
    Array.isArray(x.facts)
  );
}

/** A ToBackground message whose payload has the right shape; anything else is ignored. */
export function checkMessage(m: ToBackground): boolean {
  if (m.type === 'page-summary') return isPageSummary(m.summary);
  return Number.isInteger(m.tabId) && m.tabId >= 0;
}
