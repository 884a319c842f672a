import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine.ts';
import { bundledPack } from './bundled-pack.ts';

const matcher = createMatcher([bundledPack()]);
const facts = (text: string) =>
  matcher.scan(text, { pageDate: '2023-03-20' }).map((m) => [m.fact, m.quote] as [string, string]);

describe('values given "respectively"', () => {
  it.each([
    [
      "China's exports to Russia and imports from Russia rose 17.5% and 48.6%, respectively, in 2022.",
      '17.5%',
      '48.6%',
    ],
    ['中国对俄出口、自俄进口分别增长17.5%、48.6%。', '17.5%', '48.6%'],
    [
      'В 2022 году экспорт Китая в Россию и импорт из России выросли на 12,8% и 43,4% соответственно.',
      '12,8%',
      '43,4%',
    ],
  ])('%s', (text, exports, imports) => {
    expect(facts(text)).toEqual([
      ['exports-2022-growth', exports],
      ['imports-2022-growth', imports],
    ]);
  });

  it.each([
    [
      'China–Russia trade rose 34.3% in 2022; China’s exports to Russia and imports from Russia rose 17.5% and 48.6%, respectively.',
      '17.5%',
      '48.6%',
    ],
    ['中俄两国去年贸易额增长34.3%，中国对俄出口、自俄进口分别增长17.5%和48.6%。', '17.5%', '48.6%'],
  ])('pairs only the values after the measures that follow an earlier value: %s', (text, exports, imports) => {
    expect(facts(text)).toEqual([
      ['trade-2022-growth', '34.3%'],
      ['exports-2022-growth', exports],
      ['imports-2022-growth', imports],
    ]);
  });

  it('pair measures and values only when they are as many', () => {
    // Three values of one kind for two measures: no pairing, each value goes to its nearest measure.
    const text = "China's exports to Russia and imports from Russia rose 17.5%, 48.6% and 3%, respectively, in 2022.";
    expect(facts(text).map(([fact]) => fact)).not.toContain('exports-2022-growth');
  });
});
