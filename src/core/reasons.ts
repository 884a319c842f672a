/**
 * Why a report's value differs from the page's, or agrees despite a gap: each reason as data, so
 * the card can say it in the reader's language (src/page/card/reason-text.ts), and in English for
 * the CLI and JSON (reasonText). Currency names in English come from the pack ("euros", "dollars").
 */
import { formatPercent, trim } from './format.ts';
import type { Kind } from './schema.ts';

export type Reason =
  /** The outlet gives its figure as another body's ("cites the customs office"). */
  | { kind: 'cites'; source: string }
  /** The dataset labels the report ("labelled “estimate”"). */
  | { kind: 'labelled'; label: string }
  /** The value was worked out from what the outlet wrote, not stated. */
  | { kind: 'derived' }
  /** The outlet says it in words, with no figure to compare. */
  | { kind: 'inWords' }
  /** The outlet states another kind of value than the page (a count against an amount). */
  | { kind: 'statesKind'; states: Kind }
  /** Converted from another currency at the pack's rate. */
  | { kind: 'converted'; currency: string; name: string; rate: number }
  /** In another currency, and the pack gives no rate. */
  | { kind: 'noRate' }
  /** A growth rate restated on another currency basis: "+29.3% in dollars". */
  | { kind: 'onBasis'; percent: number; currency: string; name: string }
  /** How far from the page's value, in percent of it. */
  | { kind: 'differsBy'; percent: number }
  /** How far from the page's rate, in percentage points. */
  | { kind: 'differsByPoints'; points: number }
  /** Differs, with no measure of how much (the page's value is zero). */
  | { kind: 'differs' }
  /** The outlet hedged its value ("nearly", "about"), in its own word. */
  | { kind: 'hedged'; words: string }
  /** Agrees within the rounding of the less precise of the two. */
  | { kind: 'rounded' }
  /** The very same figure. */
  | { kind: 'sameFigure' };

const KIND_WORDS: Record<Kind, string> = {
  money: 'a value',
  percent: 'a change in %',
  count: 'a count',
  volume: 'a volume',
};

/** The reason in English: "rounded", "-2.4% from this page", "converted from euros at ¥6.90/$". */
export function reasonText(r: Reason): string {
  switch (r.kind) {
    case 'cites':
      return `cites ${r.source}`;
    case 'labelled':
      return `labelled “${r.label}”`;
    case 'derived':
      return 'derived, not stated';
    case 'inWords':
      return 'in words, no figure';
    case 'statesKind':
      return `states ${KIND_WORDS[r.states]}`;
    case 'converted':
      return `converted from ${r.name} at ¥${r.rate.toFixed(2)}/$`;
    case 'noRate':
      return 'in another currency, no rate';
    case 'onBasis':
      return `${formatPercent(r.percent)} in ${r.name}`;
    case 'differsBy':
      return `${r.percent > 0 ? '+' : ''}${r.percent.toFixed(1)}% from this page`;
    case 'differsByPoints':
      return `${r.points > 0 ? '+' : ''}${trim(r.points)} pts from this page`;
    case 'differs':
      return 'differs';
    case 'hedged':
      return `hedged: “${r.words}”`;
    case 'rounded':
      return 'rounded';
    case 'sameFigure':
      return 'same figure';
  }
}
