/**
 * Where the popup gets its data: the tab it is about, and that tab's PageSummary from the
 * background (falling back to asking the content script itself).
 */
import browser from 'webextension-polyfill';
import type { FactSummary, PageSummary, ToBackground, ToContent } from '../messages.ts';
import { t, tn } from '../ui/i18n.ts';

export type SummaryState =
  | { status: 'loading' }
  /** No content script answers in this tab: browser pages, stores, PDFs, or a page opened before install. */
  | { status: 'unreachable' }
  | { status: 'ready'; summary: PageSummary };

/** The tab given as ?tabId= (tests, or a popup opened in a tab), if any. */
export function tabIdFromUrl(search = location.search): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/** The tab the popup is about: ?tabId= or the active tab of the current window. */
export async function resolveTabId(): Promise<number | undefined> {
  const fromUrl = tabIdFromUrl();
  if (fromUrl !== undefined) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function asSummary(x: unknown): PageSummary | undefined {
  const s = (x && typeof x === 'object' && 'summary' in x ? (x as { summary: unknown }).summary : x) as
    | PageSummary
    | null
    | undefined;
  return s && typeof s === 'object' && Array.isArray(s.facts) && Array.isArray(s.mentions) ? s : undefined;
}

export async function fetchSummary(tabId: number): Promise<SummaryState> {
  try {
    const msg: ToBackground = { type: 'get-summary', tabId };
    const fromBackground = asSummary(await browser.runtime.sendMessage(msg));
    if (fromBackground) return { status: 'ready', summary: fromBackground };
  } catch {
    // The background may be starting up; ask the page directly.
  }
  try {
    const msg: ToContent = { type: 'get-summary' };
    const fromPage = asSummary(await browser.tabs.sendMessage(tabId, msg, { frameId: 0 }));
    // A content script that answers but has nothing yet is still scanning.
    return fromPage ? { status: 'ready', summary: fromPage } : { status: 'loading' };
  } catch {
    return { status: 'unreachable' };
  }
}

export async function revealMention(tabId: number, index: number): Promise<void> {
  const msg: ToContent = { type: 'reveal-mention', index };
  await browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
}

/** Figures first, then events; each group in the order the page states them. */
export function orderFacts(facts: FactSummary[]): FactSummary[] {
  const rank = (f: FactSummary) => (f.kind === 'figure' ? 0 : 1);
  return [...facts].sort((a, b) => rank(a) - rank(b) || a.firstIndex - b.firstIndex);
}

/** "3 agree · 1 differs", or "Reported by 2 outlets" when nothing could be compared (in the reader's language). */
export function agreementText(f: FactSummary): string {
  if (f.agree + f.differ === 0)
    return f.outlets > 0 ? t('reportedByOutlets', tn('outletCount', f.outlets)) : t('noOtherReports');
  const parts: string[] = [];
  if (f.agree) parts.push(tn('agreeCount', f.agree));
  if (f.differ) parts.push(tn('differCount', f.differ));
  return parts.join(' · ');
}
