/**
 * China–Russia sentences for the `heavy` and `mutations` pages, written for this benchmark (not taken
 * from the seed articles): the catalog's figures and events stated in varied words, so the engine
 * has real matching to do and the page gets hundreds of marks.
 */
import type { Rng } from './prng.ts';

type Template = (r: Rng) => string;

const PAIR = [
  'trade between China and Russia',
  'Russia’s trade with China',
  'two-way trade between Beijing and Moscow',
  'China–Russia trade',
  'bilateral trade between Russia and China',
];
const TOTAL = ['$190 billion', '$190.3 billion', 'almost $190 billion', '1.28 trillion yuan', 'about $185 billion'];
const RISE = ['hit a record', 'reached', 'climbed to', 'rose to', 'came to roughly'];
const SOURCE = ['', ', customs figures show', ', according to official data', ', a new high', ', officials said'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const TEMPLATES: Template[] = [
  (r) => `${cap(r.pick(PAIR))} ${r.pick(RISE)} ${r.pick(TOTAL)} in 2022${r.pick(SOURCE)}.`,
  (r) =>
    `${cap(r.pick(PAIR))} grew ${r.pick(['29.3%', '34.3%', 'by 29.3 percent', 'nearly 30%'])} in 2022${r.pick(SOURCE)}.`,
  (r) =>
    `Chinese exports to Russia rose ${r.pick(['12.8%', 'almost 13%', '12.8 percent'])} last year, while imports from Russia jumped ${r.pick(['43.4%', '43 percent'])}.`,
  (r) =>
    `Russian gas sent to China through the Power of Siberia pipeline reached ${r.pick(['15.5 billion cubic meters', 'a record 15.5 bcm', '15.5 billion cubic metres'])} in 2022.`,
  (r) =>
    `For ${r.pick(['Moscow', 'the Kremlin', 'Russia'])}, China is now the ${r.pick(['largest', 'biggest'])} trading partner.`,
  (r) =>
    `Xi Jinping and Vladimir Putin have met ${r.pick(['some 40 times', 'about 40 times', 'more than 40 times', '40 times'])} since 2013.`,
  (r) =>
    `In the first two months of 2023, ${r.pick(PAIR)} rose ${r.pick(['25.9%', 'almost 26%'])} to ${r.pick(['$33.69 billion', 'nearly $34 billion'])}.`,
  (r) =>
    `Xi ${r.pick(['arrived in', 'landed in', 'flew to'])} Moscow on March 20 for a three-day state visit to Russia.`,
  (r) =>
    `Russia and China ${r.pick(['held', 'staged', 'carried out'])} joint ${r.pick(['naval drills', 'air patrols', 'military exercises'])} ${r.pick(['in the Sea of Japan', 'over the Pacific', 'near Vladivostok'])}.`,
  (r) =>
    `Ahead of the trip, Putin ${r.pick(['wrote an article', 'published an op-ed'])} for the People’s Daily praising ties with China.`,
];

/** One China–Russia sentence (deterministic for a given rng state). */
export function mentionSentence(r: Rng): string {
  return r.pick(TEMPLATES)(r);
}

/** A sentence that names China but not Russia (a no-match page can still name one of the two). */
export const CHINA_ONLY = [
  'Floods in southern China displaced tens of thousands of residents, state media reported.',
  'A Chinese team won the mixed relay at the world championships on Sunday.',
];
