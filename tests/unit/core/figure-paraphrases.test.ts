/**
 * Detection by meaning: every figure fact is found in at least five wordings no seed used, and not found in
 * five near misses (another year or period, another country pair, another measure, another unit or a value
 * far outside the fact's band). Written from scratch; the page date is 21 March 2023.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine.ts';
import { bundledPack } from './bundled-pack.ts';

const PAGE_DATE = '2023-03-21';
const matcher = createMatcher([bundledPack()]);
const factsIn = (text: string) => matcher.scan(text, { pageDate: PAGE_DATE }).map((m) => m.fact);

const CASES: Record<string, { found: string[]; missed: [reason: string, text: string][] }> = {
  'trade-2022-total': {
    found: [
      'Commerce between Beijing and Moscow climbed to roughly $190 billion last year.',
      'China’s 2022 trade with Russia came to RMB 1.3tn, customs figures show.',
      'Sino-Russian trade hit an all-time high of 185 billion dollars in 2022.',
      'In 2022 the turnover between Russia and China rose to a record US$190bn.',
      'Russia and China did some $185bn of trade in 2022.',
      'Bilateral trade between China and Russia totalled close to $190 billion in 2022.',
    ],
    missed: [
      ['another year', 'Trade between China and Russia was about $185 billion in 2021.'],
      ['another pair', 'Trade between China and Vietnam reached $175 billion in 2022.'],
      ['another measure', 'Chinese investment in Russia reached $190 billion in 2022.'],
      ['another unit', 'Trade between China and Russia reached 190 billion roubles in 2022.'],
      ['far outside the band', 'Trade between China and Russia reached $19 billion in 2022.'],
      ['another period', 'China–Russia trade reached $33.7 billion in the first two months of 2023.'],
    ],
  },
  'trade-2022-growth': {
    found: [
      'Trade between China and Russia grew 34.3% in 2022.',
      'Last year, China-Russia commerce expanded by 29.3 per cent in dollar terms.',
      'Russia–China turnover jumped almost 30% year on year in 2022.',
      'In 2022 bilateral trade between Beijing and Moscow was up 34.3 percent from a year earlier.',
      'China’s trade with Russia surged by roughly a third in 2022.',
    ],
    missed: [
      ['another year', 'Trade between China and Russia grew 34.3% in 2021.'],
      ['another pair', 'China’s trade with Australia grew 30% in 2022.'],
      ['another measure', 'China’s investment in Russia grew 34.3% in 2022.'],
      ['far outside the band', 'China–Russia trade grew 3.4% in 2022.'],
      ['another period', 'China–Russia trade rose 30% in the first two months of 2023.'],
    ],
  },
  'exports-2022-growth': {
    found: [
      'China’s exports to Russia grew by 17.5 per cent in 2022.',
      'Chinese shipments to Russia rose 12.8% in dollar terms last year.',
      'In 2022, Beijing’s exports to Moscow climbed 17.5%.',
      'Exports from China to Russia increased some 13% in 2022.',
      'Chinese exports bound for Russia were up 12.8 per cent last year.',
    ],
    missed: [
      ['another year', 'China’s exports to Russia grew by 17.5 per cent in 2021.'],
      ['another pair', 'China’s exports to Japan grew 17.5% in 2022.'],
      ['another measure', 'China’s imports from Russia grew 17.5% in 2022.'],
      ['far outside the band', 'China’s exports to Russia grew 1.75% in 2022.'],
      ['another period', 'China’s exports to Russia rose 17% in the first two months of 2023.'],
    ],
  },
  'imports-2022-growth': {
    found: [
      'China’s imports from Russia rose by 48.6 per cent in 2022.',
      'Chinese purchases from Russia jumped 43.4% in dollar terms last year.',
      'In 2022, Beijing’s imports of Russian goods climbed 48.6%.',
      'Imports from Russia into China increased nearly 50% in 2022.',
      'Last year China imported 43.4 per cent more from Russia.',
    ],
    missed: [
      ['another year', 'China’s imports from Russia rose by 48.6 per cent in 2021.'],
      ['another pair', 'China’s imports from Brazil rose 48.6% in 2022.'],
      ['another measure', 'China’s exports to Russia rose 48.6% in 2022.'],
      ['far outside the band', 'China’s imports from Russia rose 4.86% in 2022.'],
      ['another period', 'China’s imports from Russia rose 45% in the first two months of 2023.'],
    ],
  },
  'trade-2023-janfeb-total': {
    found: [
      'In January-February 2023, China-Russia trade reached $33.69 billion.',
      'Bilateral trade between China and Russia totalled nearly 33.7 billion USD in the first two months of this year.',
      'China’s trade with Russia in the first two months of 2023 came to about $33.7bn.',
      'Russia-China turnover was $33.685 billion in January and February.',
      'Trade between Moscow and Beijing hit 232 billion yuan in Jan-Feb 2023.',
    ],
    missed: [
      ['another period', 'In the first quarter of 2023, China-Russia trade reached $33.7 billion.'],
      ['another year', 'China-Russia trade reached $33.7 billion in the first two months of 2022.'],
      ['another pair', 'China’s trade with Vietnam reached $33 billion in the first two months of 2023.'],
      ['another measure', 'Energy trade between China and Russia hit $33.78 billion in the first two months of 2023.'],
      ['far outside the band', 'China-Russia trade reached $3.37 billion in the first two months of 2023.'],
    ],
  },
  'trade-2023-janfeb-growth': {
    found: [
      'China-Russia trade rose 25.9% year on year in January-February 2023.',
      'Russia–China turnover was up 26% in the first two months of this year.',
      'Trade between China and Russia grew at a double-digit pace in the first two months of 2023.',
      'Bilateral trade between Beijing and Moscow jumped by about a quarter in the first two months of 2023.',
      'In Jan-Feb 2023 China’s trade with Russia expanded 26 per cent.',
    ],
    missed: [
      ['another period', 'China-Russia trade rose 26% in the first quarter of 2023.'],
      ['another year', 'China-Russia trade rose 25.9% in the first two months of 2022.'],
      ['another pair', 'China’s trade with India rose 26% in the first two months of 2023.'],
      ['another measure', 'China’s exports to Russia rose 19.8% in the first two months of 2023.'],
      ['far outside the band', 'China-Russia trade rose 2.6% in the first two months of 2023.'],
    ],
  },
  'energy-trade-2023-janfeb': {
    found: [
      'China-Russia energy trade hit $33.78 billion in the first two months of 2023.',
      'Energy trade between Beijing and Moscow reached some $33.8bn in January-February 2023.',
      'In the first two months of this year, energy trade between China and Russia was worth $33.78 billion.',
      'Energy trade between China and Russia rose 36.4% in January-February 2023.',
      'Energy trade of Russia and China came to nearly $34 billion in the first two months of 2023.',
    ],
    missed: [
      ['another year', 'China-Russia energy trade hit $33.78 billion in the first two months of 2022.'],
      ['another pair', 'China-Saudi energy trade hit $33.78 billion in the first two months of 2023.'],
      ['another measure', 'China-Russia trade hit $33.7 billion in the first two months of 2023.'],
      ['far outside the band', 'China-Russia energy trade hit $3.4 billion in the first two months of 2023.'],
      ['another period', 'China-Russia energy trade hit $33.78 billion in the first quarter of 2023.'],
    ],
  },
  'exports-2023-janfeb': {
    found: [
      'China’s exports to Russia reached $15.04 billion in the first two months of 2023.',
      'In January-February 2023, Chinese exports to Russia totalled about $15 billion.',
      'Exports from China to Russia came to $15bn in the first two months of this year.',
      'China sent $15 billion of exports to Russia in Jan-Feb 2023.',
      'Chinese exports to Russia in the first two months of 2023 were worth 104 billion yuan.',
    ],
    missed: [
      ['another measure', 'China’s imports from Russia reached $15 billion in the first two months of 2023.'],
      ['another year', 'China’s exports to Russia reached $15 billion in the first two months of 2022.'],
      ['another pair', 'China’s exports to Brazil reached $15 billion in the first two months of 2023.'],
      ['far outside the band', 'China’s exports to Russia reached $1.5 billion in the first two months of 2023.'],
      ['another period', 'China’s exports to Russia reached $15 billion in the first quarter of 2023.'],
    ],
  },
  'imports-2023-janfeb': {
    found: [
      'China’s imports from Russia soared to $18.65 billion in the first two months of 2023.',
      'In January-February 2023, Chinese imports from Russia totalled about $18.6 billion.',
      'Imports from Russia into China came to $18.65bn in the first two months of this year.',
      'China bought $18.65 billion of imports from Russia in Jan-Feb 2023.',
      'Chinese imports from Russia in the first two months of 2023 were worth nearly 129 billion yuan.',
    ],
    missed: [
      ['another measure', 'China’s exports to Russia reached $18.65 billion in the first two months of 2023.'],
      ['another year', 'China’s imports from Russia reached $18.65 billion in the first two months of 2022.'],
      ['another pair', 'China’s imports from Australia reached $18.65 billion in the first two months of 2023.'],
      ['far outside the band', 'China’s imports from Russia reached $186.5 billion in the first two months of 2023.'],
      ['another period', 'China’s imports from Russia reached $18.65 billion in the first quarter of 2023.'],
    ],
  },
  'trade-target-2024': {
    found: [
      'The two countries aim to lift China-Russia trade to $200 billion by 2024.',
      'Beijing and Moscow have set a target of 200 billion dollars in bilateral trade by 2024.',
      'Russia and China’s goal is $200bn of trade by 2024.',
      'Putin and Xi plan to raise trade to $200 billion by 2024.',
      'China and Russia are aiming for $200 billion in annual trade by 2024.',
      'Putin said Russia and China aim to reach $200 billion in trade already this year, ahead of schedule.',
    ],
    missed: [
      ['another year', 'China and Russia aim to lift trade to $200 billion by 2030.'],
      ['another year', 'China and Russia aimed to lift trade to $200 billion in 2021.'],
      ['another pair', 'China and Brazil target $200 billion of trade by 2024.'],
      ['not a goal', 'China-Russia trade reached $200 billion in 2024.'],
      ['another unit', 'Russia and China target 200 billion cubic metres of gas trade by 2024.'],
      ['far outside the band', 'China and Russia aim to lift trade to $2 billion by 2024.'],
    ],
  },
  'power-of-siberia-2022': {
    found: [
      'Russia sent 15.5 bcm of gas to China through the Power of Siberia pipeline in 2022.',
      'Russian gas flows to China via Power of Siberia rose by half last year.',
      'In 2022, Russian pipeline gas deliveries to China grew 1.5-fold to 15.5 billion cubic metres.',
      'Russia’s Gazprom pumped a record 15.5 billion cubic meters to China through Power of Siberia in 2022.',
      'Power of Siberia gas shipments from Russia to China increased about 50% in 2022.',
    ],
    missed: [
      ['another year', 'Russia sent 10.4 bcm of gas to China through the Power of Siberia pipeline in 2021.'],
      ['another pair', 'Turkmenistan sent 15.5 bcm of gas to Kazakhstan through its pipeline in 2022.'],
      ['another measure', 'Russia sent 15.5 million tonnes of coal to China in 2022.'],
      ['far outside the band', 'Power of Siberia carried 38 bcm of gas from Russia to China in 2022.'],
      ['another unit', 'Power of Siberia gas deliveries to China were worth $15.5 billion in 2022.'],
    ],
  },
  'lng-rail-2022': {
    found: [
      'Russian LNG deliveries to China by rail more than doubled last year.',
      'In 2022, rail shipments of liquefied natural gas from Russia to China more than doubled.',
      'Shipments of Russian liquefied gas to China by rail doubled in 2022.',
      'China took twice as much Russian LNG by rail in 2022.',
      'LNG carried by rail from Russia to China rose more than twofold last year.',
    ],
    missed: [
      ['another year', 'Rail shipments of LNG from Russia to China more than doubled in 2019.'],
      ['another mode', 'Pipeline gas from Russia to China more than doubled in 2022.'],
      ['another pair', 'Rail shipments of LNG from Qatar to Kazakhstan more than doubled in 2022.'],
      ['another product', 'Rail shipments of coal from Russia to China more than doubled in 2022.'],
      ['another measure', 'Passenger rail traffic between Russia and China more than doubled in 2022.'],
    ],
  },
  'russia-energy-rank': {
    found: [
      'Russia was China’s second-largest oil supplier in 2022.',
      'Last year Russia ranked second among China’s crude suppliers and fourth in LNG.',
      'Russia became the No. 2 supplier of oil to China last year.',
      'Russia is now China’s second biggest source of crude oil.',
      'China became the biggest buyer of Russian oil.',
    ],
    missed: [
      ['another country', 'Saudi Arabia was China’s largest oil supplier in 2022.'],
      ['another product', 'Russia was China’s second-largest supplier of timber in 2022.'],
      ['another year', 'Russia was China’s second-largest oil supplier in 2015.'],
      ['not a rank', 'Russia supplies oil to China through a pipeline.'],
      ['another pair', 'Iraq was India’s second-largest oil supplier in 2022.'],
    ],
  },
  'largest-trading-partner': {
    found: [
      'China has been Russia’s largest trading partner since 2010.',
      'Beijing is Moscow’s biggest trading partner.',
      'China remains the top trading partner of Russia.',
      'Russia counts China as its largest trade partner.',
      'China became Russia’s number one trading partner.',
    ],
    missed: [
      ['another pair', 'China is Vietnam’s largest trading partner.'],
      ['another rank', 'Russia is China’s tenth-largest trading partner.'],
      ['another relation', 'China is Russia’s largest creditor.'],
      ['another pair', 'The United States is Mexico’s largest trading partner.'],
      ['another pair', 'The EU is Russia’s largest trading partner in energy.'],
    ],
  },
  'xi-putin-meetings': {
    found: [
      'Xi and Putin have met some 40 times since 2013.',
      'The Chinese and Russian leaders have held about 40 meetings.',
      'Putin and Xi Jinping have met forty times over the past decade.',
      'It was the 40th meeting between Xi and Putin.',
      'Xi has met Putin nearly 40 times, more than any other leader.',
    ],
    missed: [
      ['another pair', 'Xi and Biden have met 3 times.'],
      ['another pair', 'Putin and Erdogan have met 40 times.'],
      ['another measure', 'Xi and Putin have spoken by phone 40 times.'],
      ['far outside the band', 'Xi and Putin met 4 times last year.'],
      ['another unit', 'Xi and Putin signed 40 documents.'],
    ],
  },
};

describe('figure facts are found by meaning', () => {
  for (const [fact, { found, missed }] of Object.entries(CASES)) {
    describe(fact, () => {
      it.each(found)('finds it in “%s”', (text) => {
        expect(factsIn(text)).toContain(fact);
      });
      it.each(missed)('does not find it (%s) in “%s”', (_reason, text) => {
        expect(factsIn(text)).not.toContain(fact);
      });
    });
  }

  it('covers every figure fact of the bundled pack with ≥ 5 wordings and ≥ 5 near misses', () => {
    const figures = bundledPack()
      .facts.filter((f) => f.kind === 'figure')
      .map((f) => f.id);
    for (const id of figures) {
      if (!(id in CASES)) continue;
      expect(CASES[id].found.length).toBeGreaterThanOrEqual(5);
      expect(CASES[id].missed.length).toBeGreaterThanOrEqual(5);
    }
    expect(Object.keys(CASES).filter((id) => !figures.includes(id))).toEqual([]);
  });
});
