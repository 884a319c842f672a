import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine.ts';
import { applyExtensions } from '../../../src/core/pack-extensions.ts';
import type { ClaimPack } from '../../../src/core/schema.ts';
import { bundledPack } from './bundled-pack.ts';

/** An extracted pack as `npm run extract` writes it: the bundled pack's vocabulary, one fact, one page report. */
function extension(overrides: Partial<ClaimPack> = {}): ClaimPack {
  const base = bundledPack();
  const fact = base.facts.find((f) => f.id === 'trade-2022-total');
  if (!fact) throw new Error('bundled pack lacks trade-2022-total');
  return {
    schema: 2,
    id: 'extract-news-example-visit',
    name: 'Extracted from news.example',
    version: '2023-03-21',
    extends: base.id,
    vocabulary: base.vocabulary,
    rates: base.rates,
    outlets: [{ id: 'news-example', name: 'news.example', confidence: 'unknown', site: 'news.example' }],
    facts: [
      {
        ...fact,
        reports: [
          {
            outlet: 'news-example',
            url: 'https://news.example/2023/03/21/visit',
            date: '2023-03-21',
            words: '$190 billion',
            value: { kind: 'money', amount: 190e9, currency: 'USD' },
          },
        ],
      },
    ],
    ...overrides,
  };
}

describe('packs that extend another', () => {
  it('add their reports and outlets to the base pack’s fact, which keeps its own rules', () => {
    const [merged] = applyExtensions([bundledPack(), extension()]);
    const fact = merged.facts.find((f) => f.id === 'trade-2022-total');
    expect(fact?.reports.at(-1)).toMatchObject({ outlet: 'news-example', words: '$190 billion' });
    expect(fact?.reports.length).toBe(
      (bundledPack().facts.find((f) => f.id === 'trade-2022-total')?.reports.length ?? 0) + 1,
    );
    expect(merged.outlets.some((o) => o.id === 'news-example')).toBe(true);
    // The base pack given in is left as it was.
    expect(bundledPack().outlets.some((o) => o.id === 'news-example')).toBe(false);
  });

  it('make one mention per statement, whose fact carries the extension’s report', () => {
    const matcher = createMatcher([bundledPack(), extension()]);
    const mentions = matcher.scan('China–Russia trade reached a record $190 billion in 2022.', {
      pageDate: '2023-03-21',
    });
    expect(mentions.map((m) => m.fact)).toEqual(['trade-2022-total']);
    const entry = matcher.fact('trade-2022-total');
    expect(entry?.fact.reports.some((r) => r.url === 'https://news.example/2023/03/21/visit')).toBe(true);
    expect(entry?.pack.outlets.find((o) => o.id === 'news-example')?.site).toBe('news.example');
  });

  it('are used as they are when their base pack is not active', () => {
    const alone = createMatcher([extension()]);
    const [m] = alone.scan('China–Russia trade reached a record $190 billion in 2022.', { pageDate: '2023-03-21' });
    expect(m).toMatchObject({ fact: 'trade-2022-total', pack: 'extract-news-example-visit' });
  });

  it('rename an outlet whose id the base uses for another outlet', () => {
    const clash = extension({
      outlets: [{ id: 'scmp', name: 'Another paper', confidence: 'unknown', site: 'paper.example' }],
    });
    clash.facts[0].reports[0].outlet = 'scmp';
    const [merged] = applyExtensions([bundledPack(), clash]);
    const report = merged.facts.find((f) => f.id === 'trade-2022-total')?.reports.at(-1);
    expect(report?.outlet).toBe('extract-news-example-visit--scmp');
    expect(merged.outlets.find((o) => o.id === 'extract-news-example-visit--scmp')?.name).toBe('Another paper');
  });
});
