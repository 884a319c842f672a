/**
 * The engine on the five seed articles (read from ../shared/seeds, never copied into the project): each seed
 * yields exactly the facts the dataset records for it, and each report's quote is marked where it stands.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine.ts';
import { describeWithSeeds, seedFiles, seedPath } from '../../shared-data.ts';
import { bundledPack } from './bundled-pack.ts';

describeWithSeeds('scan of the seed articles', () => {
  const pack = bundledPack();
  const matcher = createMatcher([pack]);
  const files = seedFiles();

  it('has the five seeds', () => {
    expect(files).toHaveLength(5);
  });

  for (const file of files) {
    it(`${file}: finds every fact the seed states and no other`, () => {
      const text = readFileSync(seedPath(file), 'utf8');
      // A report whose value the seed does not state but the dataset derives (003's Jan–Feb total, the sum of
      // its exports and imports) has no words of its own to mark; its parts are marked as their own facts.
      const stated = (f: (typeof pack.facts)[number]) => f.reports.some((r) => r.seed === file && !r.value?.derived);
      const expected = pack.facts
        .filter(stated)
        .map((f) => f.id)
        .sort();
      const found = [...new Set(matcher.scan(text).map((m) => m.fact))].sort();
      expect(found).toEqual(expected);
    });

    it(`${file}: every report quote of this seed holds a mention of its fact`, () => {
      const text = readFileSync(seedPath(file), 'utf8');
      const flat = (s: string) => s.replace(/\s+/g, ' ');
      const mentions = matcher.scan(text);
      const missing: string[] = [];
      for (const fact of pack.facts) {
        for (const r of fact.reports.filter((x) => x.seed === file && !x.value?.derived)) {
          const quote = r.quote ?? '';
          const at = flat(text).indexOf(flat(quote));
          const inside = mentions.some(
            (m) =>
              m.fact === fact.id &&
              overlaps(
                flat(text.slice(0, m.start)).length,
                flat(text.slice(0, m.end)).length,
                at,
                at + flat(quote).length,
              ),
          );
          if (!inside) missing.push(`${fact.id}: “${quote.slice(0, 60)}…”`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}
