/**
 * The one message protocol between the content script, the background and the popup.
 * Every sender and every handler uses these types; nothing else crosses runtime boundaries.
 */

/** One mention as the popup lists it. `index` is its position in document order on the page. */
export interface MentionSummary {
  index: number;
  fact: string;
  quote: string;
}

/** One fact found on the page, with how the outlets compare. */
export interface FactSummary {
  id: string;
  kind: 'figure' | 'event';
  title: string;
  mentions: number;
  /** Index of the first mention of this fact (for "scroll to it"). */
  firstIndex: number;
  /** Number of reports that agree with the page's value / that differ. */
  agree: number;
  differ: number;
  outlets: number;
  /** "$185 bn – $190 bn" */
  range?: string;
  /** The value most outlets give ("Most of 18 outlets agree: $190.27 bn"), when one group holds more than half. */
  /** The value most outlets give; a growth rate's currency basis apart, for the popup's language. */
  lead?: { outlets: number; value: string; basis?: { currency: string; name: string } };
}

/** What the content script found on its page; the popup renders it. */
export interface PageSummary {
  url: string;
  host: string;
  /** The page's own outlet, when its site is one of the dataset's sources. */
  outlet?: { id: string; name: string; confidence: 'known' | 'probable' | 'unknown' };
  /** False when the reader turned Second Source off for this site. */
  enabled: boolean;
  mentions: MentionSummary[];
  facts: FactSummary[];
  /** Set while the first scan is still running. */
  scanning?: boolean;
}

/** Content script → background. */
export type ToBackground = { type: 'page-summary'; summary: PageSummary } | { type: 'get-summary'; tabId: number };

/** Popup or background → content script (browser.tabs.sendMessage). */
export type ToContent =
  | { type: 'reveal-mention'; index: number }
  | { type: 'get-summary' }
  | { type: 'step-mention'; direction: 1 | -1 };

export function isToBackground(m: unknown): m is ToBackground {
  const t = (m as { type?: unknown } | null)?.type;
  return t === 'page-summary' || t === 'get-summary';
}

export function isToContent(m: unknown): m is ToContent {
  const t = (m as { type?: unknown } | null)?.type;
  return t === 'reveal-mention' || t === 'get-summary' || t === 'step-mention';
}
