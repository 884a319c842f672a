/** Small, valid claim packs written for the tests (fictional facts). */
import type { ClaimPack } from '../../../src/core/schema.ts';
import { testVocabulary } from '../pack-fixtures.ts';

export function tinyPack(
  id = 'widget-pack',
  factIds: string[] = ['widget-trade-2022'],
  name = 'Widget trade',
): ClaimPack {
  return {
    schema: 2,
    id,
    name,
    version: '1.0.0',
    vocabulary: testVocabulary(),
    outlets: [{ id: 'example-news', name: 'Example News', confidence: 'known' }],
    facts: factIds.map((fid) => ({
      id: fid,
      kind: 'figure',
      title: `Widget trade (${fid})`,
      subject: 'China–Russia',
      period: '2022',
      measure: 'widget trade',
      match: {
        measure: ['widget trade'],
        band: { kind: 'money', min: 1e9, max: 2e9 },
        period: { year: 2022 },
      },
      reports: [
        {
          outlet: 'example-news',
          date: '2023-03-20',
          quote: 'China–Russia widget trade reached $1.5 billion in 2022',
          value: { kind: 'money', amount: 1.5e9, currency: 'USD' },
        },
      ],
    })),
  };
}

export const asText = (pack: unknown) => JSON.stringify(pack, null, 2);
