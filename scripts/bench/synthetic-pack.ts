/**
 * A synthetic claim pack of N facts about the same pair as a base pack, for the `scale-10k` bench
 * case: half figures (a measure of made-up words, a band), half events (term groups of made-up
 * words), each fact with its own terms as a large real pack would have. The heavy page states none
 * of them, so the case measures what the facts cost a page that does not mention them.
 */
import type { ClaimPack, Fact } from '../../src/core/schema.ts';
import { rng } from './prng.ts';

const SYLLABLES = [
  'ka',
  'zo',
  'vi',
  'ler',
  'mon',
  'tra',
  'qua',
  'dex',
  'pel',
  'rin',
  'sul',
  'gor',
  'fen',
  'bly',
  'nox',
];

export function syntheticPack(n: number, base: ClaimPack): ClaimPack {
  const r = rng(10_000 + n);
  // Made-up words, each fact's own: random syllables, then the fact's number spelled in syllables.
  const spell = (i: number): string =>
    i < SYLLABLES.length ? SYLLABLES[i] : spell(Math.floor(i / SYLLABLES.length)) + SYLLABLES[i % SYLLABLES.length];
  let fact = 0;
  const word = () => `${Array.from({ length: 2 }, () => r.pick(SYLLABLES)).join('')}${spell(fact)}`;
  const facts: Fact[] = Array.from({ length: n }, (_, i) => {
    fact = i;
    const id = `synthetic-${i}`;
    const report = { outlet: 'synthetic', date: '2023-01-01', quote: `${word()} ${i}` };
    if (i % 2 === 0)
      return {
        id,
        kind: 'figure',
        title: `Synthetic figure ${i}`,
        subject: 'synthetic',
        match: {
          measure: [`${word()} ${word()}`, `${word()} shipments`],
          band: { kind: 'money', min: 1e9 + i, max: 2e9 + i },
          period: { year: 2022 },
        },
        reports: [{ ...report, value: { kind: 'money', amount: 1.5e9 + i, currency: 'USD' } }],
      };
    return {
      id,
      kind: 'event',
      title: `Synthetic event ${i}`,
      subject: 'synthetic',
      match: {
        all: [
          [word(), `${word()} accord`],
          ['signed', 'agreed'],
        ],
      },
      reports: [report],
    };
  });
  return {
    schema: 2,
    id: `synthetic-${n}`,
    name: `Synthetic pack of ${n} facts`,
    version: '1',
    vocabulary: base.vocabulary,
    rates: base.rates,
    outlets: [{ id: 'synthetic', name: 'Synthetic', confidence: 'unknown' }],
    facts,
  };
}
