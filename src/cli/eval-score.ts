/**
 * Scores detection on labelled cases exactly as ../shared/corpus/README.md says: only the judged
 * topics count; a mention is right when its fact is a labelled topic of the case and its span overlaps
 * that topic's quote; mentions overlapping a `maybe` quote count neither way.
 */

export const JUDGED_TOPICS = [
  'trade-2022-total',
  'trade-2022-growth',
  'exports-2022-growth',
  'imports-2022-growth',
  'trade-2023-janfeb-total',
  'trade-2023-janfeb-growth',
  'exports-2023-janfeb',
  'imports-2023-janfeb',
  'trade-target-2024',
  'power-of-siberia-2022',
  'lng-rail-2022',
  'xi-putin-meetings',
  'visit-documents',
  'visit-dates',
  'visit-first-trip',
  'no-limits-partnership',
  'largest-trading-partner',
  'icc-warrant',
  'peace-plan',
  'xi-first-visit-2013',
] as const;

export interface LabelledFact {
  topic: string;
  quote: string;
}

export interface EvalCase {
  id: string;
  source?: string;
  text: string;
  facts: LabelledFact[];
  maybe?: LabelledFact[];
}

export interface FoundMention {
  fact: string;
  start: number;
  end: number;
  quote: string;
}

export interface Miss {
  case: string;
  topic: string;
  quote: string;
}

export interface Wrong {
  case: string;
  fact: string;
  quote: string;
  start: number;
  end: number;
}

interface Tally {
  labelled: number;
  found: number;
  mentions: number;
  right: number;
}

export interface EvalResult {
  recall: number;
  precision: number;
  cases: number;
  labelled: number;
  found: number;
  mentions: number;
  right: number;
  topics: Record<string, { recall: number; precision: number; labelled: number; found: number; mentions: number }>;
  missed: Miss[];
  wrong: Wrong[];
}

/** Where a labelled quote stands in its case's text; a quote that is not there is a broken case. */
function spanOf(c: EvalCase, label: LabelledFact): { start: number; end: number } {
  const start = c.text.indexOf(label.quote);
  if (start < 0) throw new Error(`case ${c.id}: quote of ${label.topic} is not in its text: "${label.quote}"`);
  return { start, end: start + label.quote.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scoreCases(
  cases: readonly EvalCase[],
  scan: (c: EvalCase) => readonly FoundMention[],
  judged: ReadonlySet<string> = new Set(JUDGED_TOPICS),
): EvalResult {
  const tallies = new Map<string, Tally>([...judged].map((t) => [t, { labelled: 0, found: 0, mentions: 0, right: 0 }]));
  const missed: Miss[] = [];
  const wrong: Wrong[] = [];
  for (const c of cases) {
    const labels = c.facts.filter((f) => judged.has(f.topic)).map((f) => ({ ...f, span: spanOf(c, f) }));
    const maybes = (c.maybe ?? []).map((f) => spanOf(c, f));
    const mentions = scan(c).filter((m) => judged.has(m.fact) && !maybes.some((span) => overlaps(m, span)));
    for (const label of labels) {
      const tally = tallies.get(label.topic) as Tally;
      tally.labelled++;
      if (mentions.some((m) => m.fact === label.topic && overlaps(m, label.span))) tally.found++;
      else missed.push({ case: c.id, topic: label.topic, quote: label.quote });
    }
    for (const m of mentions) {
      const tally = tallies.get(m.fact) as Tally;
      tally.mentions++;
      if (labels.some((l) => l.topic === m.fact && overlaps(m, l.span))) tally.right++;
      else wrong.push({ case: c.id, fact: m.fact, quote: m.quote, start: m.start, end: m.end });
    }
  }
  const sum = (k: keyof Tally) => [...tallies.values()].reduce((n, t) => n + t[k], 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const topics: EvalResult['topics'] = {};
  for (const [id, t] of tallies) {
    if (t.labelled === 0 && t.mentions === 0) continue;
    topics[id] = {
      recall: ratio(t.found, t.labelled),
      precision: ratio(t.right, t.mentions),
      labelled: t.labelled,
      found: t.found,
      mentions: t.mentions,
    };
  }
  return {
    recall: ratio(sum('found'), sum('labelled')),
    precision: ratio(sum('right'), sum('mentions')),
    cases: cases.length,
    labelled: sum('labelled'),
    found: sum('found'),
    mentions: sum('mentions'),
    right: sum('right'),
    topics,
    missed,
    wrong,
  };
}

/** Parses a .jsonl file of cases; a malformed line is an error naming its line. */
export function parseCases(text: string, file: string): EvalCase[] {
  const out: EvalCase[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const c = row as EvalCase;
    if (typeof c?.id !== 'string' || typeof c.text !== 'string' || !Array.isArray(c.facts))
      throw new Error(`${file}:${i + 1}: a case needs "id", "text" and "facts"`);
    out.push(c);
  });
  return out;
}
