/**
 * Comparison: for a mention, every report of its fact against the page's value, whether each agrees
 * within rounding, the spread, and short reasons for differences.
 *
 * - Money is compared in a currency both sides wrote (an outlet's own "US$190 billion" beside its
 *   total in the other currency is its figure, not a conversion); only when they share none is one
 *   side converted at the pack's rate, with room for the rate.
 * - Growth rates of money facts depend on the currency they are computed in. A fact may state its
 *   rate on each basis (`bases`, see BasisValue); a report's basis is the currency of the money it
 *   goes with (the first money figure in its words, else the money report from the same quote, or
 *   for a page's few words from the same page address), the page's that of the money in its
 *   sentence, else the basis whose rate its value is. A report on another
 *   basis is restated on the page's before it is judged, and says so.
 * - Currency names in reasons come from data (CompareOptions.currencyNames, the pack's
 *   `currencyNames`, else its vocabulary's currencies); without them the ISO code is shown.
 */

import { cnyPerUsd } from './compiled-fact.ts';
import { formatAmount, formatPercent, formatUsd } from './format.ts';
import { normalizeParsed, normalizeValue, precisionOf } from './normalize.ts';
import { parseQuantities } from './quantity.ts';
import { type Reason, reasonText } from './reasons.ts';
import type { ClaimPack, Fact, Kind, Report } from './schema.ts';
import type { ComparedReport, Comparison, Currency, Mention, NormalizedValue, ParsedQuantity } from './types.ts';
import { type CurrencyReader, currencyReader } from './vocabulary.ts';

/** Extra tolerance when one side was converted between currencies (rates differ by outlet and day). */
const CONVERSION_TOLERANCE = 0.03;
/** Values this close are the same figure to a reader whatever their written precision. */
const RELATIVE_FLOOR = 0.005;
/** An other-currency figure in the same words is the same money when it is this close to a conversion. */
const SAME_MONEY = 0.1;

/** A fact's growth rate computed in one currency, e.g. { currency: 'CNY', amount: 34.3 }. */
export interface BasisValue {
  currency: Currency;
  amount: number;
}

/** Display names of currencies by ISO code, e.g. { EUR: 'euros', USD: 'dollars' }: "+4.1% (in euros)". */
export type CurrencyNames = Partial<Record<Currency, string>>;

/** A fact that may carry its rate on each currency basis (the dataset's optional `bases`). */
export type FactWithBases = Fact & { bases?: readonly BasisValue[] };
/** A pack that may name its currencies (the dataset's optional `currencyNames`). */
export type PackWithNames = ClaimPack & { currencyNames?: CurrencyNames };

export interface CompareOptions {
  /** The fact's rate on each basis; default: the fact's own `bases`. */
  bases?: readonly BasisValue[];
  /** Default: the pack's own `currencyNames`, else ISO codes. */
  currencyNames?: CurrencyNames;
}

/** Which reports are the page's own: by outlet (the page's site) or by seed file (the CLI scanning a seed). */
export interface PageIdentity {
  outlet?: string;
  seed?: string;
}

type Quantityish = Pick<ParsedQuantity, 'kind' | 'amount' | 'min' | 'max' | 'currency' | 'hedge'> & {
  precision?: number;
};

/** One side's figure in one unit: bounds, the point the words state, half a unit of its last digit. */
interface Span {
  lo: number;
  hi: number;
  point: number | undefined;
  precision: number;
  /** The words state a point value (not only a bound). */
  stated: boolean;
}

/** One side (the page or a report): its kind, and its spans by currency as written (money), or one span. */
interface Side {
  kind: Kind;
  primary?: Currency;
  spans: Map<Currency | 'none', Span>;
  /** Growth rates: the currency basis. */
  basis?: Currency;
}

interface Context {
  rate: number | undefined;
  /** The pack's currencies as its text writes them (a sign may be another pack's). */
  currencies: CurrencyReader;
  bases: readonly BasisValue[] | undefined;
  name: (c: Currency) => string;
  pack: ClaimPack;
}

export function compareMention(
  mention: Pick<Mention, 'value'> & Partial<Pick<Mention, 'quote' | 'sentence'>>,
  fact: FactWithBases,
  pack: PackWithNames,
  self: PageIdentity = {},
  options: CompareOptions = {},
): Comparison {
  const rate = cnyPerUsd([pack]);
  const names =
    options.currencyNames ??
    pack.currencyNames ??
    Object.fromEntries((pack.vocabulary?.currencies ?? []).map((c) => [c.code, c.name]));
  const bases = options.bases ?? fact.bases;
  const ctx: Context = {
    rate,
    bases: bases && bases.length >= 2 ? bases : undefined,
    name: (c) => names[c] ?? c,
    pack,
    currencies: currencyReader([pack]),
  };

  const pageAlso =
    mention.value && mention.quote ? ownOtherFigure(mention.quote, mention.value, rate, ctx.currencies) : undefined;
  const anchorReport = mention.value ? undefined : fact.reports.find((r) => r.value);
  const anchor: Quantityish | undefined = mention.value ?? anchorReport?.value;
  const anchorAlso = mention.value
    ? pageAlso
    : anchorReport?.value && ownOtherFigure(reportText(anchorReport), anchorReport.value, rate, ctx.currencies);
  const pageSide = anchor ? sideOf(anchor, anchorAlso, mention.value?.precision) : undefined;
  if (pageSide?.kind === 'percent' && ctx.bases) {
    pageSide.basis = mention.value
      ? (basisOfText(mention.sentence ?? mention.quote ?? '', ctx.currencies) ?? basisByValue(pageSide, ctx.bases))
      : anchorReport && reportBasis(anchorReport, ctx, pageSide);
  }
  const page = mention.value ? withBasis(normalizeParsed(mention.value, rate, pageAlso), pageSide, ctx) : undefined;

  const reports: ComparedReport[] = fact.reports.map((report) => {
    const outlet = pack.outlets.find((o) => o.id === report.outlet) ?? {
      id: report.outlet,
      name: report.outlet,
      confidence: 'unknown' as const,
    };
    const also = report.value ? ownOtherFigure(reportText(report), report.value, rate, ctx.currencies) : undefined;
    const side = report.value ? sideOf(report.value, also) : undefined;
    if (side?.kind === 'percent' && ctx.bases) side.basis = reportBasis(report, ctx, side);
    const value = report.value ? withBasis(normalizeValue(report.value, rate, also), side, ctx) : undefined;
    const isSelf =
      (self.seed !== undefined && report.seed === self.seed) ||
      (self.outlet !== undefined && report.outlet === self.outlet);
    return {
      report,
      outlet,
      value,
      ...withReasons(judge(report, side, pageSide, ctx)),
      ...(isSelf ? { self: true } : {}),
    };
  });
  const others = reports.filter((r) => !r.self);
  const agreeCount = others.filter((r) => r.agreement === 'agree').length;
  const differCount = others.filter((r) => r.agreement === 'differ').length;
  const valued = reports.filter((r) => r.value);
  const verdict: Comparison['verdict'] =
    valued.length === 0 ? 'qualitative' : reports.length === 1 ? 'single' : differCount > 0 ? 'differ' : 'agree';
  const kind = pageSide?.kind ?? valued[0]?.value?.kind;
  const spread = spreadOf(reports.filter((r) => r.value?.kind === kind));
  return {
    fact,
    match: expandMatch(fact.match, pack),
    page,
    reports,
    spread,
    verdict,
    agreeCount,
    differCount,
    ...(pageSide?.basis && mention.value ? { pageBasis: pageSide.basis } : {}),
  };
}

/** The match terms as a text writes them: each "@class" replaced by the vocabulary's terms of that class. */
function expandMatch(match: Fact['match'], pack: ClaimPack): Fact['match'] {
  const classes = pack.vocabulary?.terms ?? {};
  const expand = (terms: readonly string[]) =>
    terms.flatMap((t) => (t.startsWith('@') ? (classes[t.slice(1)] ?? []) : [t]));
  return {
    ...match,
    ...(match.all ? { all: match.all.map(expand) } : {}),
    ...(match.measure ? { measure: expand(match.measure) } : {}),
    ...(match.context ? { context: match.context.map(expand) } : {}),
  };
}

/** "+4.1% (in euros)": a growth rate says which currency it was computed in. */
function withBasis(v: NormalizedValue, side: Side | undefined, ctx: Context): NormalizedValue {
  if (!side?.basis) return v;
  const name = ctx.name(side.basis);
  return { ...v, display: `${v.display} (in ${name})`, basis: { currency: side.basis, name, bare: v.display } };
}

/** A report's own words: its quote, or the few words of a page report. */
function reportText(report: Report): string {
  return report.quote ?? report.words ?? '';
}

/**
 * The same money in the other currency, where the words write it beside the value
 * ("1.28 trillion in one currency ($185.41 billion)"): close to the value's conversion, not another figure.
 */
function ownOtherFigure(
  words: string,
  value: Quantityish,
  rate: number | undefined,
  currencies: CurrencyReader,
): ParsedQuantity | undefined {
  if (value.kind !== 'money' || !value.currency || !rate) return undefined;
  const point = value.amount ?? value.max ?? value.min;
  if (point === undefined) return undefined;
  const expected = value.currency === 'CNY' ? point / rate : point * rate;
  return parseQuantities(words, currencies).find((q) => {
    const other = q.amount ?? q.max ?? q.min;
    return (
      q.kind === 'money' &&
      q.currency !== undefined &&
      q.currency !== value.currency &&
      other !== undefined &&
      Math.abs(other - expected) <= Math.abs(expected) * SAME_MONEY
    );
  });
}

function spanOf(q: Quantityish, precision?: number): Span {
  const point = q.amount ?? q.max ?? q.min;
  const p =
    q.amount === undefined
      ? 0
      : (precision ?? (q.kind === 'percent' ? 0.5 * 10 ** -decimalsOf(q.amount) : precisionOf(q.amount)));
  // A hedged bound ("almost 30%", "more than 30%") reaches a unit of its last digit past the number;
  // a hedged point ("about 30%") a unit of its last digit either way.
  const hedged = !!q.hedge && q.amount !== undefined;
  const around = hedged && q.min === undefined && q.max === undefined;
  const below = (hedged && q.max === q.amount && q.min === undefined) || around ? 2 * p : 0;
  const above = (hedged && q.min === q.amount && q.max === undefined) || around ? 2 * p : 0;
  const lo = (q.min ?? q.amount ?? Number.NEGATIVE_INFINITY) - below;
  const hi = (q.max ?? q.amount ?? Number.POSITIVE_INFINITY) + above;
  return { lo, hi, point, precision: p, stated: q.amount !== undefined };
}

function sideOf(q: Quantityish, also?: Quantityish, precision?: number): Side {
  const spans = new Map<Currency | 'none', Span>();
  if (q.kind === 'money' && q.currency) {
    spans.set(q.currency, spanOf(q, precision));
    if (also?.currency && also.currency !== q.currency) spans.set(also.currency, spanOf(also));
    return { kind: q.kind, primary: q.currency, spans };
  }
  spans.set('none', spanOf(q, precision));
  return { kind: q.kind, spans };
}

function convert(span: Span, from: Currency, to: Currency, rate: number): Span {
  if (from === to) return span;
  const f = from === 'CNY' && to === 'USD' ? 1 / rate : rate;
  return {
    ...span,
    lo: span.lo * f,
    hi: span.hi * f,
    point: span.point === undefined ? undefined : span.point * f,
    precision: span.precision * f,
  };
}

/**
 * A report's basis: the currency of the money it goes with. That is the first money in its own words,
 * else the money report from the same source (the same outlet and quote for a seed's quote; the same
 * outlet and page address for a page's few words, which hold no quote), else the basis its value is.
 */
function reportBasis(report: Report, ctx: Context, side: Side): Currency | undefined {
  const own = basisOfText(reportText(report), ctx.currencies);
  if (own) return own;
  for (const fact of ctx.pack.facts)
    for (const r of fact.reports)
      if (r !== report && r.value?.kind === 'money' && r.value.currency && sameSource(r, report))
        return r.value.currency;
  return ctx.bases ? basisByValue(side, ctx.bases) : undefined;
}

/** Two reports from one text: the same outlet and quote, or (without quotes) the same outlet and page. */
function sameSource(a: Report, b: Report): boolean {
  if (a.outlet !== b.outlet) return false;
  if (a.quote !== undefined || b.quote !== undefined) return a.quote === b.quote;
  return a.url !== undefined && a.url === b.url;
}

function basisOfText(words: string, currencies: CurrencyReader): Currency | undefined {
  return parseQuantities(words, currencies).find((q) => q.kind === 'money' && q.currency)?.currency;
}

/** The basis whose rate the value states (within its rounding). */
function basisByValue(side: Side, bases: readonly BasisValue[]): Currency | undefined {
  const span = side.spans.get('none');
  if (span?.point === undefined) return undefined;
  const p = span.point;
  return bases.find((b) => Math.abs(b.amount - p) <= Math.max(span.precision, 1e-9))?.currency;
}

function shiftBasis(span: Span, bases: readonly BasisValue[], from: Currency, to: Currency): Span | undefined {
  const a = bases.find((b) => b.currency === from)?.amount;
  const b = bases.find((x) => x.currency === to)?.amount;
  if (a === undefined || b === undefined) return undefined;
  const d = b - a;
  return { ...span, lo: span.lo + d, hi: span.hi + d, point: span.point === undefined ? undefined : span.point + d };
}

function overlaps(r: Span, p: Span, tolerance: number): boolean {
  return r.lo - tolerance <= p.hi && p.lo <= r.hi + tolerance;
}

function toleranceOf(r: Span, p: Span): number {
  return Math.max(r.precision, p.precision, Math.abs(p.point ?? 0) * RELATIVE_FLOOR);
}

/** The judgement with its reasons in English beside them (CLI, JSON). */
function withReasons<T extends { why: Reason[] }>(judged: T): T & { reasons: string[] } {
  return { ...judged, reasons: judged.why.map(reasonText) };
}

function judge(
  report: Report,
  side: Side | undefined,
  page: Side | undefined,
  ctx: Context,
): Pick<ComparedReport, 'agreement' | 'why' | 'basis' | 'onPageBasis'> {
  const reasons: Reason[] = [];
  if (report.citedSource) reasons.push({ kind: 'cites', source: report.citedSource });
  if (report.label) reasons.push({ kind: 'labelled', label: report.label });
  if (report.value?.derived) reasons.push({ kind: 'derived' });
  if (!side || !report.value) return { agreement: 'unknown', why: [{ kind: 'inWords' }, ...reasons] };
  if (!page) return { agreement: 'unknown', why: reasons };
  if (page.kind !== side.kind)
    return { agreement: 'unknown', why: [{ kind: 'statesKind', states: side.kind }, ...reasons] };

  // The two spans to compare, in one unit.
  let r: Span | undefined;
  let p: Span | undefined;
  let converted = false;
  let restated: Currency | undefined;
  if (side.kind === 'money' && side.primary && page.primary) {
    const common = [...page.spans.keys()].find((c) => side.spans.has(c));
    if (common) {
      r = side.spans.get(common);
      p = page.spans.get(common);
    } else if (ctx.rate) {
      r = convert(side.spans.get(side.primary) as Span, side.primary, page.primary, ctx.rate);
      p = page.spans.get(page.primary);
      converted = true;
      reasons.unshift({ kind: 'converted', currency: side.primary, name: ctx.name(side.primary), rate: ctx.rate });
    } else {
      return { agreement: 'unknown', why: [{ kind: 'noRate' }, ...reasons] };
    }
  } else {
    r = side.spans.get('none');
    p = page.spans.get('none');
  }
  if (!r || !p) return { agreement: 'unknown', why: reasons };

  const basis = side.basis;
  if (ctx.bases && basis) {
    // On the page's basis when it is known; else on whichever basis agrees (its own first).
    const bases = ctx.bases;
    const from = r;
    const agreesOn = (t: Currency) => {
      const s = shiftBasis(from, bases, basis, t);
      return !!s && overlaps(s, p, toleranceOf(s, p));
    };
    const others = bases.map((b) => b.currency).filter((c) => c !== basis);
    const target = page.basis ?? [basis, ...others].find(agreesOn) ?? basis;
    const shifted = target === basis ? undefined : shiftBasis(r, bases, basis, target);
    if (shifted?.point !== undefined) {
      r = shifted;
      restated = target;
      reasons.unshift({ kind: 'onBasis', percent: round(shifted.point), currency: target, name: ctx.name(target) });
    }
  }
  const basisFields =
    basis && ctx.bases
      ? {
          basis,
          ...(restated && r.point !== undefined ? { onPageBasis: { currency: restated, amount: round(r.point) } } : {}),
        }
      : {};

  const tolerance = toleranceOf(r, p) + (converted ? Math.abs((r.point ?? 0) * CONVERSION_TOLERANCE) : 0);
  if (!overlaps(r, p, tolerance)) {
    reasons.unshift(difference(side.kind, r, p));
    return { agreement: 'differ', why: reasons, ...basisFields };
  }
  const same =
    r.point !== undefined && p.point !== undefined && Math.abs(r.point - p.point) <= Math.abs(r.point) * 1e-6;
  if (report.value.hedge) reasons.push({ kind: 'hedged', words: report.value.hedge });
  if (!same && !converted && !restated && r.stated && p.stated) reasons.unshift({ kind: 'rounded' });
  if (same && reasons.length === 0) reasons.push({ kind: 'sameFigure' });
  return { agreement: 'agree', why: reasons, ...basisFields };
}

function round(n: number): number {
  return Number(n.toFixed(6));
}

function decimalsOf(n: number): number {
  return (String(n).split('.')[1] ?? '').length;
}

function difference(kind: Kind, r: Span, p: Span): Reason {
  const a = p.point ?? 0;
  const b = r.point ?? 0;
  if (kind === 'percent') return { kind: 'differsByPoints', points: round(b - a) };
  if (!a) return { kind: 'differs' };
  return { kind: 'differsBy', percent: ((b - a) / Math.abs(a)) * 100 };
}

/** The comparable number: USD for money (an outlet's own dollar figure where it wrote one), else the amount. */
function key(item: ComparedReport): number | undefined {
  const v = item.value;
  if (!v || v.amount === undefined) return undefined;
  if (item.onPageBasis) return item.onPageBasis.amount;
  return v.kind === 'money' ? v.usd : v.amount;
}

function spreadOf(items: ComparedReport[]): Comparison['spread'] {
  const keys = items.map(key).filter((k): k is number => k !== undefined);
  if (keys.length < 2) return undefined;
  const min = Math.min(...keys);
  const max = Math.max(...keys);
  const kind = items[0].value?.kind;
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
