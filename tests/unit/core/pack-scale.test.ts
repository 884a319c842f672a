import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../../scripts/bench/synthetic-pack.ts';
import { createMatcher } from '../../../src/core/engine.ts';
import { bundledPack } from './bundled-pack.ts';

const PAGE = [
  'Bilateral trade between China and Russia rose 34.3% to a record $190 billion in 2022.',
  'Xi Jinping will pay a state visit to Russia from March 20 to 22, the Kremlin said.',
  'The two leaders have met some 40 times since 2013.',
].join('\n');

describe('packs at scale', () => {
  it('a large extra pack changes nothing on a page that states none of its facts', () => {
    const alone = createMatcher([bundledPack()]).scan(PAGE, { pageDate: '2023-03-17' });
    const withBig = createMatcher([bundledPack(), syntheticPack(2_000, bundledPack())]).scan(PAGE, {
      pageDate: '2023-03-17',
    });
    expect(alone.map((m) => m.fact)).toEqual([
      'trade-2022-growth',
      'trade-2022-total',
      'visit-dates',
      'xi-putin-meetings',
    ]);
    expect(withBig).toEqual(alone);
  });

  it('finds a fact of the large pack among thousands by its own terms', () => {
    const big = syntheticPack(2_000, bundledPack());
    const figure = big.facts[234 * 2];
    const event = big.facts[777 * 2 + 1];
    const measure = figure.match.measure?.[0] as string;
    const [who, action] = event.match.all as string[][];
    const text = `China and Russia: ${measure} reached $1.5 billion in 2022. They ${action[0]} the ${who[1]}.`;
    const found = createMatcher([bundledPack(), big]).scan(text, { pageDate: '2023-03-01' });
    // "signed the … accord" also states the bundled pack's visit-documents, as it should.
    expect(found.map((m) => m.fact)).toEqual([figure.id, 'visit-documents', event.id]);
  });
});
