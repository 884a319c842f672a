/** Human display of normalised values: "¥1.28 trn · $185.4 bn", "+34.3%", "15.5 bn m³", "about 40". */

/** `approx`: a converted value, shown to three significant digits (≈ ¥1.31 trn) rather than as if stated. */
export function formatAmount(n: number, approx = false): string {
  const abs = Math.abs(n);
  const [div, suffix] = abs >= 1e12 ? [1e12, ' trn'] : abs >= 1e9 ? [1e9, ' bn'] : abs >= 1e6 ? [1e6, ' m'] : [1, ''];
  const scaled = n / div;
  return `${approx ? String(Number(scaled.toPrecision(3))) : trim(scaled)}${suffix}`;
}

/** Up to three significant decimals, no trailing zeros: 185.41 → "185.41", 1.2800 → "1.28". */
export function trim(n: number): string {
  const fixed = Math.abs(n) >= 100 ? n.toFixed(2) : Math.abs(n) >= 10 ? n.toFixed(2) : n.toFixed(3);
  return fixed.replace(/\.?0+$/, '');
}

export function formatUsd(n: number, approx = false): string {
  return `$${formatAmount(n, approx)}`;
}

export function formatCny(n: number, approx = false): string {
  return `¥${formatAmount(n, approx)}`;
}

export function formatPercent(n: number): string {
  return `${n > 0 ? '+' : ''}${trim(n)}%`;
}

/** A value with its bounds: "≥ +100%", "≤ $33.7 bn", "+10% to +99.9%". */
export function formatBounded(
  fmt: (n: number) => string,
  amount: number | undefined,
  min: number | undefined,
  max: number | undefined,
  hedge?: string,
): string {
  if (amount !== undefined)
    return hedge && /about|around|roughly|some|approx/i.test(hedge)
      ? `≈ ${fmt(amount)}`
      : max === amount && hedge
        ? `≤ ${fmt(amount)}`
        : min === amount && hedge
          ? `≥ ${fmt(amount)}`
          : fmt(amount);
  if (min !== undefined && max !== undefined) return `${fmt(min)} to ${fmt(max)}`;
  if (min !== undefined) return `≥ ${fmt(min)}`;
  if (max !== undefined) return `≤ ${fmt(max)}`;
  return '—';
}
