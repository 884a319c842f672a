/**
 * Normalisation: money to USD and CNY side by side, using the CNY/USD rate the reports themselves imply
 * (the pack's `rates`, e.g. ¥1.28 trn = $185.41 bn → ¥6.9036/$). Where the words state both
 * currencies ("¥1.3 trn (US$190 bn)"), both are shown as written and neither is a conversion.
 */
import { formatAmount, formatBounded, formatCny, formatPercent, formatUsd } from './format.ts';
import type { Value } from './schema.ts';
import type { NormalizedValue, ParsedQuantity } from './types.ts';

type Quantityish = Pick<ParsedQuantity, 'kind' | 'amount' | 'min' | 'max' | 'currency' | 'hedge'>;

/** `also`: the same money in the other currency, as the words state it too. */
export function normalizeParsed(q: Quantityish, cnyPerUsd: number | undefined, also?: Quantityish): NormalizedValue {
  return normalize(q, cnyPerUsd, also);
}

export function normalizeValue(v: Value, cnyPerUsd: number | undefined, also?: Quantityish): NormalizedValue {
  return normalize(v, cnyPerUsd, also);
}

function normalize(q: Quantityish, rate: number | undefined, also?: Quantityish): NormalizedValue {
  const base = { kind: q.kind, amount: q.amount, min: q.min, max: q.max };
  if (q.kind === 'money' && also?.kind === 'money' && also.currency && also.currency !== q.currency) {
    const [cnyQ, usdQ] = q.currency === 'CNY' ? [q, also] : [also, q];
    const cny = cnyQ.amount ?? cnyQ.max ?? cnyQ.min;
    const usd = usdQ.amount ?? usdQ.max ?? usdQ.min;
    const display = [
      formatBounded(formatCny, cnyQ.amount, cnyQ.min, cnyQ.max, cnyQ.hedge),
      formatBounded(formatUsd, usdQ.amount, usdQ.min, usdQ.max, usdQ.hedge),
    ].join(' · ');
    return { ...base, usd, cny, display };
  }
  if (q.kind === 'money') {
    const point = q.amount ?? q.max ?? q.min;
    const usd = point === undefined ? undefined : q.currency === 'CNY' ? (rate ? point / rate : undefined) : point;
    const cny = point === undefined ? undefined : q.currency === 'CNY' ? point : rate ? point * rate : undefined;
    const stated = formatBounded(q.currency === 'CNY' ? formatCny : formatUsd, q.amount, q.min, q.max, q.hedge);
    const other =
      q.currency === 'CNY'
        ? usd !== undefined
          ? `≈ ${formatUsd(usd, true)}`
          : ''
        : cny !== undefined
          ? `≈ ${formatCny(cny, true)}`
          : '';
    const display = q.currency === 'CNY' ? `${stated} · ${other}` : `${other} · ${stated}`;
    return { ...base, usd, cny, display: display.replace(/^ · | · $/g, '') };
  }
  const fmt =
    q.kind === 'percent'
      ? formatPercent
      : q.kind === 'volume'
        ? (n: number) => `${formatAmount(n)} m³`
        : (n: number) => String(n);
  return { ...base, display: formatBounded(fmt, q.amount, q.min, q.max, q.hedge) };
}

/** Half a unit of the last significant digit of a stated amount: 1.3e12 → 5e10, 185.41e9 → 5e6. */
export function precisionOf(amount: number): number {
  if (!Number.isFinite(amount) || amount === 0) return 0;
  const digits = Number(Math.abs(amount).toPrecision(12)).toExponential().split('e');
  const mantissa = digits[0].replace('.', '').replace(/0+$/, '');
  const exponent = Number(digits[1]);
  return 0.5 * 10 ** (exponent - (mantissa.length - 1));
}
