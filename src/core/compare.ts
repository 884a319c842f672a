/**
 * Comparison: for a mention, every report of its fact normalised to one unit (yuan and USD side by side),
 * whether each agrees with the page's value within rounding, the spread, and short reasons for differences.
 */

import { cnyPerUsd } from './compiled-fact.ts';
import { formatAmount, formatPercent, formatUsd } from './format.ts';
import { normalizeParsed, normalizeValue, precisionOf } from './normalize.ts';
import type { ClaimPack, Fact, Kind, Report } from './schema.ts';
import type { Agreement, ComparedReport, Comparison, Mention, NormalizedValue, ParsedQuantity } from './types.ts';

/** Extra tolerance when one side was converted between currencies (rates differ by outlet and day). */
const CONVERSION_TOLERANCE = 0.03;
/** Values this close are the same figure to a reader whatever their written precision. */
const RELATIVE_FLOOR = 0.005;

const KIND_WORDS: Record<Kind, string> = {
  money: 'a value',
  percent: 'a change in %',
  count: 'a count',
  volume: 'a volume',
};

/** Which reports are the page's own: by outlet (the page's site) or by seed file (the CLI scanning a seed). */
export interface PageIdentity {
  outlet?: string;
  seed?: string;
}

export function compareMention(
  mention: Pick<Mention, 'value'>,
  fact: Fact,
  pack: ClaimPack,
  self: PageIdentity = {},
): Comparison {
  const rate = cnyPerUsd([pack]);
  const page = mention.value ? normalizeParsed(mention.value, rate) : undefined;
  const anchor = mention.value ?? firstValue(fact);
  const anchorNorm = anchor ? normalizeParsed(anchor, rate) : undefined;
  const reports: ComparedReport[] = fact.reports.map((report) => {
    const outlet = pack.outlets.find((o) => o.id === report.outlet) ?? {
      id: report.outlet,
      name: report.outlet,
      confidence: 'unknown' as const,
    };
    const value = report.value ? normalizeValue(report.value, rate) : undefined;
    const isSelf =
      (self.seed !== undefined && report.seed === self.seed) ||
      (self.outlet !== undefined && report.outlet === self.outlet);
    return {
      report,
      outlet,
      value,
      ...judge(report, value, anchor, anchorNorm, rate),
      ...(isSelf ? { self: true } : {}),
    };
  });
  const others = reports.filter((r) => !r.self);
  const agreeCount = others.filter((r) => r.agreement === 'agree').length;
  const differCount = others.filter((r) => r.agreement === 'differ').length;
  const valued = reports.filter((r) => r.value);
  const verdict: Comparison['verdict'] =
    valued.length === 0 ? 'qualitative' : reports.length === 1 ? 'single' : differCount > 0 ? 'differ' : 'agree';
  const kind = anchorNorm?.kind ?? valued[0]?.value?.kind;
  const spread = spreadOf(reports.map((r) => r.value).filter((v) => v?.kind === kind));
  return { fact, page, reports, spread, verdict, agreeCount, differCount };
}

function firstValue(fact: Fact): ParsedQuantity | undefined {
  const v = fact.reports.find((r) => r.value)?.value;
  return v ? { ...v, text: '', start: 0, end: 0 } : undefined;
}

function judge(
  report: Report,
  value: NormalizedValue | undefined,
  anchor: ParsedQuantity | undefined,
  anchorNorm: NormalizedValue | undefined,
  rate: number | undefined,
): { agreement: Agreement; reasons: string[] } {
  const reasons: string[] = [];
  if (report.citedSource) reasons.push(`cites ${report.citedSource}`);
  if (report.label) reasons.push(`labelled “${report.label}”`);
  if (report.value?.derived) reasons.push('derived, not stated');
  if (!value || !report.value) return { agreement: 'unknown', reasons: ['in words, no figure', ...reasons] };
  if (!anchor || !anchorNorm) return { agreement: 'unknown', reasons };
  if (anchorNorm.kind !== value.kind)
    return { agreement: 'unknown', reasons: [`states ${KIND_WORDS[value.kind]}`, ...reasons] };
  const converted = value.kind === 'money' && report.value.currency !== anchor.currency;
  if (converted && rate) {
    reasons.unshift(`converted from ${report.value.currency === 'CNY' ? 'yuan' : 'dollars'} at ¥${rate.toFixed(2)}/$`);
  }
  const [lo, hi] = bounds(value);
  const [alo, ahi] = bounds(anchorNorm);
  const tolerance =
    Math.max(
      precisionIn(value.kind, report.value.amount, report.value.currency, rate),
      precisionIn(anchorNorm.kind, anchor.amount, anchor.currency, rate, anchor.precision),
      Math.abs(key(anchorNorm)) * RELATIVE_FLOOR,
    ) + (converted ? Math.abs((value.usd ?? 0) * CONVERSION_TOLERANCE) : 0);
  if (!(lo - tolerance <= ahi && alo <= hi + tolerance)) {
    reasons.unshift(differenceText(value, anchorNorm));
    return { agreement: 'differ', reasons };
  }
  const same = value.amount !== undefined && Math.abs(key(value) - key(anchorNorm)) <= Math.abs(key(value)) * 1e-6;
  if (report.value.hedge) reasons.push(`hedged: “${report.value.hedge}”`);
  if (!same && !converted && value.amount !== undefined && anchorNorm.amount !== undefined) reasons.unshift('rounded');
  if (same && reasons.length === 0) reasons.push('same figure');
  return { agreement: 'agree', reasons };
}

/** The comparable number: USD for money, the amount otherwise. */
function key(v: NormalizedValue): number {
  return v.kind === 'money' ? (v.usd ?? 0) : (v.amount ?? v.min ?? v.max ?? 0);
}

function bounds(v: NormalizedValue): [number, number] {
  const stated = v.amount ?? v.max ?? v.min;
  const scale = v.kind === 'money' && stated ? (v.usd ?? 0) / stated : 1;
  const lo = v.min !== undefined ? v.min * scale : v.amount !== undefined ? v.amount * scale : Number.NEGATIVE_INFINITY;
  const hi = v.max !== undefined ? v.max * scale : v.amount !== undefined ? v.amount * scale : Number.POSITIVE_INFINITY;
  return [lo, hi];
}

/** Half a unit of the last written digit, in the comparison unit; percentages are read exactly as written. */
function precisionIn(
  kind: Kind,
  amount: number | undefined,
  currency: string | undefined,
  rate: number | undefined,
  given?: number,
): number {
  if (amount === undefined) return 0;
  const p = given ?? (kind === 'percent' ? 0.5 * 10 ** -decimalsOf(amount) : precisionOf(amount));
  return currency === 'CNY' && rate ? p / rate : p;
}

function decimalsOf(n: number): number {
  return (String(n).split('.')[1] ?? '').length;
}

function differenceText(value: NormalizedValue, anchor: NormalizedValue): string {
  const a = key(anchor);
  const b = key(value);
  if (value.kind === 'percent') return `${formatPercent(b - a).replace('%', ' pts')} from this page`;
  if (!a) return 'differs';
  const pct = ((b - a) / Math.abs(a)) * 100;
  return `${pct > 0 ? '+' : ''}${pct.toFixed(1)}% from this page`;
}

function spreadOf(values: (NormalizedValue | undefined)[]): Comparison['spread'] {
  const points = values.filter((v): v is NormalizedValue => v?.amount !== undefined);
  if (points.length < 2) return undefined;
  const keys = points.map(key);
  const min = Math.min(...keys);
  const max = Math.max(...keys);
  const kind = points[0].kind;
  const fmt =
    kind === 'money'
      ? (n: number) => formatUsd(n)
      : kind === 'percent'
        ? formatPercent
        : kind === 'volume'
          ? (n: number) => `${formatAmount(n)} m³`
          : String;
  return { min, max, display: min === max ? fmt(min) : `${fmt(min)} – ${fmt(max)}` };
}
