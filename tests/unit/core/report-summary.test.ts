import { describe, expect, it } from 'vitest';
import { compareMention, createMatcher } from '../../../src/core/engine.ts';
import { orderReports, summarizeReports } from '../../../src/core/report-summary.ts';
import { bundledPack } from './bundled-pack.ts';

const matcher = createMatcher([bundledPack()]);

function comparisonOf(text: string, fact: string) {
  const m = matcher.scan(text, { pageDate: '2023-03-21' }).find((x) => x.fact === fact);
  const entry = matcher.fact(fact);
  if (!m || !entry) throw new Error(`no ${fact} in: ${text}`);
  return compareMention(m, entry.fact, entry.pack);
}

describe('a card with many reports', () => {
  it('leads with the values outlets give, most outlets first, each group counted once per outlet', () => {
    const c = comparisonOf('China–Russia trade hit a record $190 billion in 2022.', 'trade-2022-total');
    const s = summarizeReports(c);
    expect(s.outlets).toBeGreaterThan(10);
    const [first] = s.groups;
    // Most outlets give about $190 billion (in dollars or the yuan total converted), agreeing with the page.
    expect(first.center / 1e9).toBeGreaterThan(185);
    expect(first.center / 1e9).toBeLessThan(195);
    expect(first.agreesWithPage).toBe(true);
    expect(s.groups.reduce((n, g) => n + g.outlets.length, 0)).toBeGreaterThanOrEqual(s.outlets);
    // Largest first.
    for (let i = 1; i < s.groups.length; i++)
      expect(s.groups[i - 1].outlets.length).toBeGreaterThanOrEqual(s.groups[i].outlets.length);
  });

  it('keeps growth rates on each currency basis apart', () => {
    const c = comparisonOf('China–Russia trade grew 29.3% in 2022 on a dollar basis.', 'trade-2022-growth');
    const s = summarizeReports(c);
    const bases = new Set(s.groups.map((g) => g.basis));
    expect(bases.has('CNY')).toBe(true);
    expect(bases.has('USD')).toBe(true);
    const yuan = s.groups.find((g) => g.basis === 'CNY' && Math.abs(g.center - 34.3) < 1);
    expect(yuan?.outlets.length).toBeGreaterThanOrEqual(2);
  });

  it('orders the outlets: seed articles first, then the nearest in value', () => {
    const c = comparisonOf('China–Russia trade hit a record $190 billion in 2022.', 'trade-2022-total');
    const ordered = orderReports(c, '2023-03-21');
    const firstPage = ordered.findIndex((r) => !r.report.seed);
    expect(ordered.slice(0, firstPage).every((r) => r.report.seed)).toBe(true);
    expect(ordered.slice(firstPage).some((r) => r.report.seed)).toBe(false);
    const gap = (i: number) => Math.abs((ordered[i].value?.usd ?? 0) - 190e9);
    expect(gap(firstPage)).toBeLessThanOrEqual(gap(ordered.length - 1));
  });
});
