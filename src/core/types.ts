/** Types the engine hands to its callers (CLI, content script, popup). Pure data. */
import type { Reason } from './reasons.ts';
import type { Fact, Kind, Outlet, Report } from './schema.ts';

/** A currency code of a pack's vocabulary ("USD"). */
export type Currency = string;

/** A quantity found in running text. Offsets are into the scanned text. */
export interface ParsedQuantity {
  kind: Kind;
  /** Point value in base units (money in whole currency units, percent as 34.3, volume in m³). */
  amount?: number;
  min?: number;
  max?: number;
  /** The currency code from the pack's vocabulary ("USD"). */
  currency?: string;
  /** The currency sign or word as written ("$", "dollars"): each pack reads it as its own currency. */
  currencyText?: string;
  hedge?: string;
  record?: boolean;
  /** Significant precision of the written number in base units (1.3 trillion → 1e11), for "agrees within rounding". */
  precision?: number;
  text: string;
  start: number;
  end: number;
}

/** One place in a text where a fact of a pack is stated. */
export interface Mention {
  fact: string;
  pack: string;
  start: number;
  end: number;
  /** The page's words (text.slice(start, end)). */
  quote: string;
  /** The sentence around it, for cards and CLI output. */
  sentence: string;
  /** The page's value when the mention is a quantity. */
  value?: ParsedQuantity;
  /** A relative period of the figure ("last year") that the page's missing date left undated. */
  unresolved?: string;
}

export type Agreement = 'agree' | 'differ' | 'unknown';

export interface NormalizedValue {
  kind: Kind;
  /** USD and CNY side by side for money; `amount` for other kinds. */
  usd?: number;
  cny?: number;
  amount?: number;
  min?: number;
  max?: number;
  /** Human display: "¥1.28 trn · $185.4 bn", "34.3%", "more than +100%". */
  display: string;
  /**
   * A growth rate computed in one currency: which (code, the pack's name), and the display without
   * the English "(in euros)" that `display` ends with, for a reader's language.
   */
  basis?: { currency: Currency; name: string; bare: string };
}

export interface ComparedReport {
  report: Report;
  outlet: Outlet;
  value?: NormalizedValue;
  /** Against the page's value (or the first report when the page states no value). */
  agreement: Agreement;
  /** Why the value differs or agrees, as data (the card says them in the reader's language). */
  why: Reason[];
  /** The same in English: "rounded", "converted from euros at ¥6.90/$", "cites Reuters" (CLI, JSON). */
  reasons: string[];
  /** Growth rates of a fact with currency bases: the basis of this report's rate. */
  basis?: Currency;
  /** …and its rate restated on the page's basis, when that is another one. */
  onPageBasis?: { currency: Currency; amount: number };
  /** The page's own report (its outlet, or the seed being scanned): shown, but not counted as another outlet. */
  self?: boolean;
}

export interface Comparison {
  fact: Fact;
  /** The fact's match terms with the pack's "@class" terms written out (what the card marks in outlets' words). */
  match?: Fact['match'];
  page?: NormalizedValue;
  reports: ComparedReport[];
  /** Smallest and largest reported value, in the fact's band unit. */
  spread?: { min: number; max: number; display: string };
  verdict: 'agree' | 'differ' | 'qualitative' | 'single';
  /** Growth rates of a fact with currency bases: the basis of the page's rate. */
  pageBasis?: Currency;
  /** Other outlets' reports (not the page's own) that agree with / differ from the page's value. */
  agreeCount: number;
  differCount: number;
}
