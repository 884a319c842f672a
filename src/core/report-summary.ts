/**
 * A card that reads well with twenty reports leads with the answer: which values the outlets give,
 * how many give each (values that agree within rounding or conversion are one group, growth rates
 * on each currency basis apart), and which differ and why. Then the outlets, the ones a reader wants
 * first (this page's own, the seed articles, the nearest in value, then in date) before the rest.
 * Pure: the card, the popup and the CLI all use it; `summaryLead` is the one line a fact's summary
 * comes down to (the value most outlets give, when one group holds more than half of them and others
 * differ).
 */
import { type Reason, reasonText } from './reasons.ts';
import type { ComparedReport, Comparison, Currency, NormalizedValue } from './types.ts';

export interface ValueGroup {
  /** The value as most of the group's outlets write it ("$190 bn", "+29.3%"). */
  display: string;
  /** …and a report's value with that very display (its basis, for a reader's language). */
  value?: NormalizedValue;
  /** The names of the group's outlets, each outlet once (the page's own report not counted). */
  outlets: string[];
  /** Growth rates: the currency basis of the group's rates. */
  basis?: Currency;
  /** Does the group agree with the page's value (undefined when the page states none)? */
  agreesWithPage?: boolean;
  /** Why the group's values differ from the page's, or agree despite a gap (rounded, converted at …), each once. */
  reasons: Reason[];
  /** How many of the group's reports agree with the page's value, and how many differ (a group within rounding may hold both). */
  agree: number;
  differ: number;
  /** The reasons of the group's reports that differ (+0.7 pts from this page), each once. */
  differReasons: Reason[];
  /** The comparable number the group gathers around (money in the reference currency, else the amount). */
  center: number;
}

export interface ReportSummary {
  /** Distinct other outlets with a value. */
  outlets: number;
  /** Largest group first. */
  groups: ValueGroup[];
  /** "$185 bn – $200 bn": the range of the reported values, when they have one. */
  range?: string;
}

/** Relative gap within which two money values (or volumes) are one group: rounding, conversion at another rate. */
const SAME_MONEY = 0.015;
/** Percentage points within which two rates are one group ("about 30 %" and 29.3 %). */
const SAME_RATE = 1;

function comparable(r: ComparedReport): number | undefined {
  const v = r.value;
  if (!v) return undefined;
  return v.usd ?? v.amount ?? v.max ?? v.min;
}

function close(kind: string, a: number, b: number): boolean {
  if (kind === 'percent') return Math.abs(a - b) <= SAME_RATE;
  if (kind === 'count') return Math.abs(a - b) <= 1;
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * SAME_MONEY;
}

/** Each reason once (two reasons are one when they read the same). */
function distinct(reasons: Reason[]): Reason[] {
  const seen = new Map<string, Reason>();
  for (const r of reasons) {
    const text = reasonText(r);
    if (!seen.has(text)) seen.set(text, r);
  }
  return [...seen.values()];
}

export function summarizeReports(c: Comparison): ReportSummary {
  const others = c.reports.filter((r) => !r.self && r.value && comparable(r) !== undefined);
  const sorted = [...others].sort((a, b) => (comparable(a) as number) - (comparable(b) as number));
  const groups: (ValueGroup & { members: ComparedReport[] })[] = [];
  for (const r of sorted) {
    const n = comparable(r) as number;
    const kind = r.value?.kind ?? '';
    const group = groups.find((g) => g.basis === r.basis && close(kind, g.center, n));
    if (group) {
      if (!group.members.some((m) => m.outlet.id === r.outlet.id)) group.outlets.push(r.outlet.name);
      group.members.push(r);
      group.center = median(group.members.map((m) => comparable(m) as number));
    } else
      groups.push({
        display: '',
        outlets: [r.outlet.name],
        basis: r.basis,
        reasons: [],
        agree: 0,
        differ: 0,
        differReasons: [],
        center: n,
        members: [r],
      });
  }
  for (const g of groups) {
    g.display = mostCommon(g.members.map((m) => m.value?.display ?? ''));
    g.value = g.members.find((m) => m.value?.display === g.display)?.value;
    g.agreesWithPage = c.page ? g.members.every((m) => m.agreement === 'agree') : undefined;
    g.reasons = distinct(g.members.flatMap((m) => m.why));
    g.agree = g.members.filter((m) => m.agreement === 'agree').length;
    g.differ = g.members.filter((m) => m.agreement === 'differ').length;
    g.differReasons = distinct(g.members.filter((m) => m.agreement === 'differ').flatMap((m) => m.why));
  }
  groups.sort((a, b) => b.outlets.length - a.outlets.length || a.center - b.center);
  return {
    outlets: new Set(others.map((r) => r.outlet.id)).size,
    groups: groups.map(({ members: _members, ...g }) => g),
    range: c.spread?.display,
  };
}

/** A group's value in short: the part in the outlets' own currency ("$190.27 bn", "≤ $200 bn", "+34.3% (in euros)"). */
export function groupValue(group: Pick<ValueGroup, 'display'>): string {
  const parts = group.display.split(' · ');
  return (parts.at(-1) ?? group.display).replace(/^≈\s*/, '');
}

/** A value's currency basis as a reader's language needs it: the code and the pack's name. */
export type Basis = { currency: Currency; name: string };

/** groupValue with a growth rate's basis apart ("+29.3%" and dollars), for the reader's language. */
export function groupValueParts(group: Pick<ValueGroup, 'display' | 'value'>): { value: string; basis?: Basis } {
  const b = group.value?.basis;
  if (!b) return { value: groupValue(group) };
  return { value: groupValue({ display: b.bare }), basis: { currency: b.currency, name: b.name } };
}

/** "Most of 18 outlets agree: $190.27 bn" as data: the outlets counted and the value, else undefined. */
export function summaryLead(summary: ReportSummary): { outlets: number; value: string; basis?: Basis } | undefined {
  const [top] = summary.groups;
  if (!top || summary.groups.length < 2 || top.outlets.length * 2 <= summary.outlets) return undefined;
  return { outlets: summary.outlets, ...groupValueParts(top) };
}

/**
 * The reports in the order a reader wants them: this page's own, the seed articles, then the
 * nearest to the page's value (or to the largest group's) and the nearest in date to `pageDate`.
 */
export function orderReports(c: Comparison, pageDate?: string): ComparedReport[] {
  const summary = summarizeReports(c);
  const target = c.page?.usd ?? c.page?.amount ?? summary.groups[0]?.center;
  const day = (d?: string) => (d ? Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d) : NaN);
  const when = day(pageDate);
  const rank = (r: ComparedReport) => (r.self ? 0 : r.report.seed ? 1 : 2);
  const distance = (r: ComparedReport) => {
    const n = comparable(r);
    return n === undefined || target === undefined
      ? Number.POSITIVE_INFINITY
      : Math.abs(n - target) / (Math.abs(target) || 1);
  };
  const age = (r: ComparedReport) => {
    const t = day(r.report.date);
    return Number.isNaN(t) || Number.isNaN(when) ? Number.POSITIVE_INFINITY : Math.abs(t - when);
  };
  return [...c.reports].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b) || age(a) - age(b));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
