/**
 * A sentence whose number has no measure of its own takes the measure a reader has in mind: the
 * sentence before it, or the headline it stands under; one with a measure of its own takes the
 * earlier one only for what its opening pronoun stands for.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine.ts';
import { bundledPack } from './bundled-pack.ts';

const matcher = createMatcher([bundledPack()]);
const facts = (text: string) =>
  matcher.scan(text, { pageDate: '2023-03-20' }).map((m) => [m.fact, m.quote] as [string, string]);

describe('measures carried from an earlier sentence', () => {
  it('gives a pronoun the headline’s measure, and the values after the sentence’s own measure that one', () => {
    expect(
      facts('Китайский экспорт в Россию\n\nВ 2022 году он вырос на 12,8%, тогда как импорт из РФ подскочил на 43,4%.'),
    ).toEqual([
      ['exports-2022-growth', '12,8%'],
      ['imports-2022-growth', '43,4%'],
    ]);
    expect(
      facts('China’s exports to Russia were in focus. In 2022 they rose 12.8%, while imports jumped 43.4%.'),
    ).toEqual([
      ['exports-2022-growth', '12.8%'],
      ['imports-2022-growth', '43.4%'],
    ]);
  });

  it('does not carry a measure into a sentence with one of its own that goes on about something else', () => {
    expect(
      facts('Китайский экспорт в Россию\n\nВ 2022 году рост составил 12,8%, а импорт из РФ вырос на 43,4%.'),
    ).toEqual([['imports-2022-growth', '43,4%']]);
  });
});
