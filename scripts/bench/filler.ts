/**
 * Ordinary news prose for the bench pages, generated from phrase lists: city halls, weather,
 * markets, sport, science. It never names China or Russia (nor their capitals or leaders), so the
 * only China–Russia text on a page is what mentions.ts puts there.
 */
import type { Rng } from './prng.ts';

const SUBJECTS = [
  'The city council',
  'A spokeswoman for the regional transport authority',
  'The national weather service',
  'Shares in the largest carmaker',
  'The central bank of Brazil',
  'Farmers across the valley',
  'The university hospital',
  'Organisers of the marathon',
  'A coalition of small retailers',
  'The harbour authority',
  'Researchers at the marine institute',
  'The opposition leader',
  'Tenants in the northern district',
  'The football club’s new manager',
  'Airline executives',
  'The state railway operator',
  'A panel of independent auditors',
  'The mayor of Lisbon',
  'Investors in Frankfurt',
  'Teachers’ unions',
];
const VERBS = [
  'said on Tuesday that',
  'warned that',
  'announced that',
  'expects that',
  'told reporters that',
  'confirmed late on Friday that',
  'argued in a letter that',
  'estimated that',
  'conceded that',
  'insisted that',
];
const CLAIMS = [
  'the resurfacing of the coastal road would take another six weeks',
  'ticket prices would rise by about 4 percent from the spring',
  'the late frost had cut the apricot harvest by nearly a third',
  'a new cycle lane would open along the river before the summer',
  'the budget gap could reach 120 million euros next year',
  'quarterly profit fell short of analysts’ forecasts',
  'the flood barriers had held through the worst of the storm',
  'waiting times in the emergency ward had fallen for a third month',
  'the stadium would be ready for the opening match in August',
  'rents in the old town had climbed faster than wages for a decade',
  'two thousand new homes would be built on the former airfield',
  'the strike at the container terminal was likely to end this week',
  'the new vaccine showed strong results in a trial of 3,000 adults',
  'inflation in the euro area eased to 6.1 percent in May',
  'the museum would return the bronze statues to their original owners',
  'the night trains to the coast would run again from June',
  'the drought had lowered the lake to its lowest level since 1976',
  'the merger would create the region’s third-largest bank',
];
const TAILS = [
  '',
  '',
  ', though critics were unconvinced',
  ', citing figures published in the annual report',
  ', in a statement released after the meeting',
  ', a claim that local residents disputed',
  ' despite months of delays',
  ', adding that further talks were planned',
];
const ASIDES = [
  'Officials did not respond to requests for comment.',
  'The figures will be revised next month.',
  'It was the second such warning this year.',
  'Residents have been asked to avoid the area until further notice.',
  'The decision can still be appealed.',
  'Similar plans were shelved in 2019.',
  'A final vote is expected before the autumn recess.',
];
const HEADLINES = [
  'Council approves plan for riverside park',
  'Storm leaves thousands without power on the coast',
  'Markets steady as investors await rate decision',
  'Local side clinches promotion on final day',
  'New study tracks decline of mountain glaciers',
  'Night trains return to the northern line',
  'Teachers vote on new pay offer',
  'Museum unveils restored medieval frescoes',
  'Harbour expansion faces fresh objections',
  'Heatwave warning issued for the weekend',
  'Airport passenger numbers pass pre-pandemic level',
  'Housing plan for former airfield wins backing',
];

export function sentence(r: Rng): string {
  return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(CLAIMS)}${r.pick(TAILS)}.`;
}

export function headline(r: Rng): string {
  return r.pick(HEADLINES);
}

export function aside(r: Rng): string {
  return r.pick(ASIDES);
}

/** A few sentences of prose; some words become links or emphasis, as in real articles. */
export function paragraphHtml(r: Rng, sentences: string[]): string {
  return sentences
    .map((s) => {
      if (r.chance(0.12)) return `<a href="/story/${r.int(99999)}">${s}</a>`;
      if (r.chance(0.06)) return `<em>${s}</em>`;
      if (r.chance(0.04)) return `<strong>${s}</strong>`;
      return s;
    })
    .join(' ');
}

export function proseSentences(r: Rng, min: number, max: number): string[] {
  const n = min + r.int(max - min + 1);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.chance(0.15) ? aside(r) : sentence(r));
  return out;
}
